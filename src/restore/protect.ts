// Tokens restoration must leave alone, decided from the whitespace-delimited
// chunk around them:
//   https://dichvucong.gov.vn · vanthu@haiduong.gov.vn · www.chinhphu.vn   (URLs, e-mail)
//   5347/QĐ-UBND · 76/NQ-CP · 09/2022/TT-BNV                               (document numbers: the letter parts)
//   ISO 9001:2015 → "ISO" is kept by the lexicon/LM (not a syllable), the number by the tokenizer
const URLISH = /:\/\/|^www\.|@|\.(?:vn|com|org|net|gov|edu|int)(?:\/|$|\W)/i;
const CODE_JOINER = /[\p{L}\p{N}][/_][\p{L}\p{N}]|\p{N}-\p{L}|\p{L}-\p{N}|\p{Lu}-\p{Lu}/u;

/** The code units `\s` matches, tested without a regexp (this runs for every token). */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

export function chunkAround(text: string, start: number, end: number): string {
  let a = start;
  let b = end;
  while (a > 0 && !isSpace(text.charCodeAt(a - 1))) a--;
  while (b < text.length && !isSpace(text.charCodeAt(b))) b++;
  return text.slice(a, b);
}

export function isProtected(text: string, start: number, end: number): boolean {
  // Most tokens stand alone between spaces: their chunk is the token itself.
  if ((start === 0 || isSpace(text.charCodeAt(start - 1))) && (end === text.length || isSpace(text.charCodeAt(end)))) return false;
  const chunk = chunkAround(text, start, end);
  if (chunk.length === end - start) return false;
  if (URLISH.test(chunk)) return true;
  if (CODE_JOINER.test(chunk)) {
    // Inside a document number only the code letters are protected; "Phòng/ban" is words.
    const token = text.slice(start, end);
    return token === token.toUpperCase() || /\p{N}|\p{Lu}.*\p{Lu}/u.test(token); // QĐ, UBND, TTg, 9001
  }
  return false;
}
