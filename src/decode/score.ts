// How Vietnamese does a decoding look? The share of words that are valid
// syllables, with a bonus for frequent administrative words, minus a penalty
// for characters no Vietnamese text holds (controls, ß, §, ¬ …). The right
// encoding scores near 1; a wrong one scores far lower on the same bytes.
import { FREQUENT_WORDS, isVietnameseSyllable } from './syllable.js';

const WORD = /[\p{L}\p{M}]+/gu;
// Letters of Vietnamese plus ASCII; anything else alphabetic is suspicious.
const VIETNAMESE_LETTER =
  /^[a-zA-ZđĐăĂâÂêÊôÔơƠưƯ\u00C0-\u00C3\u00C8-\u00CA\u00CC\u00CD\u00D2-\u00D5\u00D9\u00DA\u00DD\u00E0-\u00E3\u00E8-\u00EA\u00EC\u00ED\u00F2-\u00F5\u00F9\u00FA\u00FD\u0128\u0129\u0168\u0169\u1EA0-\u1EF9]$/u;
// Characters that never belong in a decision: C0/C1 controls (not \t \n \r \f), symbols of the Latin-1 row.
const STRANGE = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\u00A1-\u00BF\u00D7\u00F7\uFFFD]/gu;

export interface Score {
  /** (valid syllables + frequent words − strange characters) ÷ words, in [−∞, 2]. */
  value: number;
  words: number;
}

export function vietnameseScore(text: string): Score {
  const nfc = text.normalize('NFC');
  let words = 0;
  let points = 0;
  for (const match of nfc.matchAll(WORD)) {
    const word = match[0];
    words++;
    const lower = word.toLowerCase();
    if (![...word].every((c) => VIETNAMESE_LETTER.test(c))) continue;
    if (isVietnameseSyllable(lower)) points += 1;
    if (FREQUENT_WORDS.has(lower)) points += 1;
  }
  const strange = nfc.match(STRANGE)?.length ?? 0;
  return { value: words ? (points - strange) / words : 0, words };
}
