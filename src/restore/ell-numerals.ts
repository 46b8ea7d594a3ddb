// Roman numerals an OCR that kept the marks read with l for I, anywhere in a line, when correcting
// (correct.ts's mode): in a sans-serif print capital I and lowercase l are the same stroke, and
// tesseract -l vie reads a numeral's last I (or first) as l:
//   "Khu vực VIIl (nay là …"  → "VIII"      "Phụ lục số Ill;"  → "III"      "Phụ lục IIl:" → "III"
// A token is read so only when it has a capital I, V or X besides its l and becomes a roman numeral
// with each l an I: "Illl" (IIII), "l" alone (a list's l, or 1) and words stay. cleanup.ts does the
// same for restoration, at a heading's start only, where OCR without a Vietnamese model misreads it.
import type { TokenChange } from './decoder.js';

/** Runs of I, V, X and l with at least one l and one capital, not inside a word or a number. */
const ELL_NUMERAL = /(?<![\p{L}\p{N}])(?=[IVX]*l)(?=l*[IVX])[IVXl]{2,5}(?![\p{L}\p{N}])/gu;
const ROMAN_NUMERAL = /^X{0,3}(?:IX|IV|V?I{0,3})$/u;

/** The roman numerals of `text` read with l for I, as changes (in text order) that mend them. */
export function ellNumerals(text: string): TokenChange[] {
  const changes: TokenChange[] = [];
  for (const match of text.matchAll(ELL_NUMERAL)) {
    const restored = match[0].replaceAll('l', 'I');
    if (!ROMAN_NUMERAL.test(restored)) continue;
    changes.push({ start: match.index, original: match[0], restored, confidence: 1, margin: Infinity });
  }
  return changes;
}
