// OCR that lost every mark is still OCR. A text with hardly a marked syllable (share below
// UNACCENTED_BELOW) is either typed or stripped without diacritics, whose every word spells a
// syllable as printed ("Uy ban nhan dan tinh"), or a scan an engine without Vietnamese read so
// badly that no mark survived, whose words are misread too ("hoat dong butu chink", "cae co quan",
// "khiew nai"). The first is restored from the letters as printed (unaccented.ts); the second needs
// the OCR channel, which reads misread letters. Told apart by the share of plain words (letters
// only, capitalised at most, edge punctuation off) that spell no syllable and that the language
// model does not know either: English words, codes and markup it knows are no sign.
//
// The generated eng scans of scripts/make-scan-pages.ts with a share below UNACCENTED_BELOW: 14 of
// 280 pages, of three kinds (thin 8, low resolution 4, thick 2); 9 of them, of all three kinds
// (thin-002, -011, -028, -031, -038; lowres-004, -005, -020, -022), are at 0.2–0.6, two thin pages
// at 0.057 and 0.034, the rest below 0.02. Stripped clean text: seeds 001 and 002 0; 106 corpus
// documents (every 10th of each file, first 20k characters) at most 0.022, median 0.
import { isSyllableKey } from './channel/key-trie.js';

/** Share of plain words that are no syllable and no word of the model, at or above which a text without marks is taken for OCR. */
export const OCR_WORDS_AT_LEAST = 0.05;
/** Plain words a text needs for the test: a short one is taken as typed. */
const MIN_WORDS = 20;
/** Plain words looked at, from the text's start: enough to tell, cheap on long texts. */
const MAX_WORDS = 5_000;

const PLAIN_WORD = /^[A-Za-z][a-z]{1,6}$/;
const EDGE = /^[.,;:!?()"'“”‘’[\]-]+|[.,;:!?()"'“”‘’[\]-]+$/g;

/** Whether a text without marks reads as OCR (see the file's head); `knows`: the language model has the lowercase word. */
export function lostMarksByOcr(text: string, knows: (lower: string) => boolean): boolean {
  let words = 0;
  let misread = 0;
  for (const chunk of text.matchAll(/\S+/g)) {
    const core = chunk[0].replace(EDGE, '');
    if (!PLAIN_WORD.test(core)) continue;
    const lower = core.toLowerCase();
    words++;
    if (!isSyllableKey(lower) && !knows(lower)) misread++;
    if (words >= MAX_WORDS) break;
  }
  return words >= MIN_WORDS && misread >= OCR_WORDS_AT_LEAST * words;
}
