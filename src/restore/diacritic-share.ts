// Share of alphabetic syllables that carry a Vietnamese diacritic or đ.
// Clean Vietnamese prose sits around 0.8; OCR without a Vietnamese model, far lower.
const WORD = /\p{L}+/gu;
const PLAIN = /^[a-zA-Z]+$/;

export function diacriticShare(text: string): number {
  let words = 0;
  let marked = 0;
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    if (word.length > 7) continue; // not a syllable
    words++;
    if (!PLAIN.test(word)) marked++;
  }
  return words === 0 ? 0 : marked / words;
}
