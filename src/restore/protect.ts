// Tokens restoration must leave alone, decided from the whitespace-delimited
// chunk around them:
//   https://dichvucong.gov.vn · vanthu@haiduong.gov.vn · www.chinhphu.vn   (URLs, e-mail)
//   5347/QĐ-UBND · 76/NQ-CP · 09/2022/TT-BNV                               (document numbers: the letter parts)
//   ISO 9001:2015 → "ISO" is kept by the lexicon/LM (not a syllable), the number by the tokenizer
const URLISH = /:\/\/|^www\.|@|\.(?:vn|com|org|net|gov|edu|int)(?:\/|$|\W)/i;
const CODE_JOINER = /[\p{L}\p{N}][/_][\p{L}\p{N}]|\p{N}-\p{L}|\p{L}-\p{N}|\p{Lu}-\p{Lu}/u;
const SPACE = /\s/;

export function chunkAround(text: string, start: number, end: number): string {
  let a = start;
  let b = end;
  while (a > 0 && !SPACE.test(text[a - 1]!)) a--;
  while (b < text.length && !SPACE.test(text[b]!)) b++;
  return text.slice(a, b);
}

export function isProtected(text: string, start: number, end: number): boolean {
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
