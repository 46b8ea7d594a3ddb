// Tokens restoration must leave alone, decided from the whitespace-delimited
// chunk around them:
//   https://dichvucong.gov.vn · vanthu@haiduong.gov.vn · www.chinhphu.vn   (URLs, e-mail)
//   5347/QĐ-UBND · 76/NQ-CP · 09/2022/TT-BNV                               (document numbers: the letter parts)
//   ISO 9001:2015 → "ISO" is kept by the lexicon/LM (not a syllable), the number by the tokenizer
//   <li>, </ul>, <tenphuongxa>@…                                          (markup tags and placeholders: the name after < or </)

const URLISH = /:\/\/|^www\.|@|\.(?:vn|com|org|net|gov|edu|int)(?:\/|$|\W)/i;

/** The code units `\s` matches, tested without a regexp (this runs for every token). */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

export function chunkAround(text: string, start: number, end: number): string {
  const [a, b] = chunkBounds(text, start, end);
  return text.slice(a, b);
}

function chunkBounds(text: string, start: number, end: number): [number, number] {
  let a = start;
  let b = end;
  while (a > 0 && !isSpace(text.charCodeAt(a - 1))) a--;
  while (b < text.length && !isSpace(text.charCodeAt(b))) b++;
  return [a, b];
}

/**
 * What the last chunk looked at says of every token in it: a chunk is scanned and tested once,
 * however many tokens it holds, so a line without spaces (a 150 KB run of markup) costs time
 * linear in its length, not its square. The decoder asks for its tokens in text order.
 */
interface ChunkVerdict {
  text: string;
  start: number;
  end: number;
  /** Its only token is the one asked about (the chunk is that token alone). */
  whole: boolean;
  /** URL or e-mail: every token in it is protected. */
  url: boolean;
  /** Joins a document number: its code-like tokens are protected. */
  code: boolean;
}
let last: ChunkVerdict | undefined;

function verdictFor(text: string, start: number, end: number): ChunkVerdict {
  if (last && last.text === text && start >= last.start && end <= last.end) return last;
  const [a, b] = chunkBounds(text, start, end);
  const chunk = text.slice(a, b);
  const joined = chunk.length !== end - start && hasJoiner(chunk);
  const url = joined && URLISH.test(chunk);
  last = { text, start: a, end: b, whole: chunk.length === end - start, url, code: joined && !url && joinsCode(chunk) };
  return last;
}

export function isProtected(text: string, start: number, end: number): boolean {
  // Most tokens stand alone between spaces: their chunk is the token itself.
  if ((start === 0 || isSpace(text.charCodeAt(start - 1))) && (end === text.length || isSpace(text.charCodeAt(end)))) return false;
  if (isTagName(text, start)) return true;
  const verdict = verdictFor(text, start, end);
  if (verdict.whole) return false;
  if (verdict.url) return true;
  if (verdict.code) {
    // Inside a document number only the code letters are protected; "Phòng/ban" is words.
    const token = text.slice(start, end);
    return token === token.toUpperCase() || looksLikeCode(token); // QĐ, UBND, TTg, 9001; not "s6" (MISREAD_WORD)
  }
  return false;
}

/** The name right after "<" or "</": a markup tag (<li>, </ul>) or a placeholder (<tenphuongxa>), not prose. */
function isTagName(text: string, start: number): boolean {
  const before = text.charCodeAt(start - 1);
  return before === 0x3c || (before === 0x2f && text.charCodeAt(start - 2) === 0x3c);
}

/**
 * Whether the chunk has a character a URL or a code needs (URLISH: ':', '@', '.'; CODE_JOINER: '/',
 * '_', '-'): most tokens glued to something are glued to a comma or a bracket ("vụ," "(nếu"), and
 * skip both tests.
 */
function hasJoiner(chunk: string): boolean {
  for (let i = 0; i < chunk.length; i++) {
    const c = chunk.charCodeAt(i);
    if (c === 0x3a || c === 0x40 || c === 0x2e || c === 0x2f || c === 0x5f || c === 0x2d) return true;
  }
  return false;
}

/** "5347/QĐ", "QĐ-UBND", "9001-ISO", "a_b". */
const CODE_JOINER = /[\p{L}\p{N}][/_][\p{L}\p{N}]|\p{N}-\p{L}|\p{L}-\p{N}|\p{Lu}-\p{Lu}/u;
/** A digit somewhere, or two capitals. */
const CODE_TOKEN = /\p{N}|\p{Lu}.*\p{Lu}/u;
/**
 * Lowercase letters around one digit: a word whose vowel the OCR read as a digit ("s6", "t6", "d6i",
 * "c6ng"), glued to a number or a word by a speck read as a hyphen ("s6-121/2022/NĐ-CP", "t6-dan",
 * "v6i-théng"): codes are written in capitals. The generated eng scans print 22 such chunks over
 * speckle, thin, lowres and blur pages; no code of the shared OCR pairs is spelt so ("XD1-3", "TM1-7").
 */
const MISREAD_WORD = /^\p{Ll}+\p{Nd}\p{Ll}*$/u;
const joinsCode = (chunk: string) => CODE_JOINER.test(chunk);
const looksLikeCode = (token: string) => CODE_TOKEN.test(token) && !MISREAD_WORD.test(token);
