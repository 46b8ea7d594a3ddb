// Share of alphabetic syllables that carry a Vietnamese diacritic or đ.
// Clean Vietnamese prose sits around 0.8; OCR without a Vietnamese model, far lower.
//
// Words are the runs of letters (\p{L}+, code points as in a /u regexp); runs longer than 7 code
// units are not syllables and do not count; a word is marked unless it is plain ASCII letters.
// Scanned by hand (this runs over every input) with a letter table filled on first sight (by
// vietnamese/letters.ts isLetter, which reads the Vietnamese ranges without compiling a \p{L}
// regexp); tests/restore/diacritic-share.test.ts compares it with the regexp version.
import { isLetter } from '../vietnamese/letters.js';

const UNKNOWN = 0;
const YES = 1;
const NO = 2;
const letters = new Uint8Array(0x10000);
const astralLetters = new Map<number, boolean>();

const isAsciiLetter = (unit: number) => (unit >= 65 && unit <= 90) || (unit >= 97 && unit <= 122);

/** Code units taken by the letter at `i`, or 0 when no letter starts there. */
function letterWidth(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  // ASCII first, by code (its letters are A–Z and a–z): most of an OCR'd text, and no table to fill.
  if (unit < 0x80) return isAsciiLetter(unit) ? 1 : 0;
  if (unit < 0xd800 || unit > 0xdfff) {
    let known = letters[unit]!;
    if (known === UNKNOWN) letters[unit] = known = isLetter(unit) ? YES : NO;
    return known === YES ? 1 : 0;
  }
  const point = text.codePointAt(i)!;
  if (point <= 0xffff) return 0; // a lone surrogate
  let known = astralLetters.get(point);
  if (known === undefined) astralLetters.set(point, (known = isLetter(point)));
  return known ? 2 : 0;
}

export function diacriticShare(text: string): number {
  let words = 0;
  let marked = 0;
  for (let i = 0; i < text.length;) {
    let width = letterWidth(text, i);
    if (width === 0) {
      i++;
      continue;
    }
    const start = i;
    let plain = true;
    // ASCII letters by code, without a call each (most letters of an OCR'd text).
    while (width > 0) {
      const unit = text.charCodeAt(i);
      if (width > 1 || !((unit >= 65 && unit <= 90) || (unit >= 97 && unit <= 122))) plain = false;
      i += width;
      if (i >= text.length) break;
      const next = text.charCodeAt(i);
      width = (next >= 65 && next <= 90) || (next >= 97 && next <= 122) ? 1 : letterWidth(text, i);
    }
    if (i - start > 7) continue; // not a syllable
    words++;
    if (!plain) marked++;
  }
  return words === 0 ? 0 : marked / words;
}
