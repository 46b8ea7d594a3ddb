// Share of alphabetic syllables that carry a Vietnamese diacritic or đ.
// Clean Vietnamese prose sits around 0.8; OCR without a Vietnamese model, far lower.
//
// Words are the runs of letters (\p{L}+); runs longer than 7 code units are not syllables and do
// not count; a word is marked unless it is plain ASCII letters.
export function diacriticShare(text: string): number {
  let words = 0;
  let marked = 0;
  for (const match of text.matchAll(/\p{L}+/gu)) {
    if (match[0].length > 7) continue;
    words++;
    if (!/^[a-zA-Z]+$/.test(match[0])) marked++;
  }
  return words === 0 ? 0 : marked / words;
}
