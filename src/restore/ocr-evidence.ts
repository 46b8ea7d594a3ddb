// Evidence, from the correction of a text that kept its marks (./correct.ts), that the text is
// OCR output: a Vietnamese-aware OCR keeps the diacritics and often prints no stray mark, but it
// misreads words in ways typed text does not ("Tố quốc", "Băng khen", "hô trợ"), and the
// restorer corrects those only where the evidence is strong. Typed text gets such a correction
// for a real typo now and then; OCR'd text gets several, at a rate clean text never shows.
//
// Measured (`npm run bench ocr-evidence`): over 1,063 clean texts (seeds 001 and 002, the 23
// ../shared/plans, the 1,002 corpus documents outside the held-out gold, the 36 ocr-pairs clean
// texts) the highest rate is 1.26 corrections per 1,000 words (one correction) and the most
// corrections in one text 23 (0.16 per 1,000); tesseract -l vie prints of task tables (the
// table-scan simulator's dev appendices) reach 4.4 to 13.6 per 1,000 where they show any.
// Both bars must be passed: a short clean text with one typo has a high rate but one correction.
// Shared by the stages that ask whether a text is OCR'd (segment's table readers).

/** At least this many strong corrections in the text… */
const MIN_CORRECTIONS = 3;
/** …and at least this many per 1,000 words (clean text: at most 1.26). */
const CORRECTIONS_PER_THOUSAND = 3;

/** Whether `corrections` strong corrections of a diacritised text of `words` words (vietnamese/tokenize.ts's tokenCount) show it is OCR output. */
export function correctionsShowOcr(corrections: number, words: number): boolean {
  return corrections >= MIN_CORRECTIONS && (1000 * corrections) / Math.max(1, words) >= CORRECTIONS_PER_THOUSAND;
}
