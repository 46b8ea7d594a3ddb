// Correction of text that kept its marks (a Vietnamese-aware OCR, or typed text): the decoder reads
// the whole document as for restoration, but a change is kept only where the evidence for it is
// strong, word by word. Clean text keeps its words: a printed word that the model finds plausible is
// never replaced, and a word is never rewritten only to move its tone mark (hoá and hóa are one
// syllable in two styles).
//   OCR "quy định chỉ tiết"  → "chi tiết"   (the odds for chi over chỉ here are far beyond the bar)
//   clean "vị thế tích cực"  stays            (thể tích is likely too, but not by enough)
import { placeTone } from '../vietnamese/index.js';
import type { TokenChange } from './decoder.js';

/**
 * ln odds the restored word needs over the word as printed (channel and language model, the
 * neighbours held fixed; Decoder.margin): e^12 to 1 against a printed word (a Vietnamese syllable
 * or an unmarked word the model knows), e^6 to 1 against a token that is no word at all ("nƯƠC", "SẲẢN",
 * "TGĐÐ"), which clean text hardly prints. Set on the development texts: ocr-pairs p00–p31 read by
 * tesseract -l vie against their clean text, and seeds 001 and 002 and ../shared/plans as clean
 * text, where the decoder's changes to words stay under 12 but for real typos ("bệnh viên đa
 * khoa") and its changes to non-words under 6 ("Full HD", "tổng hợp1").
 */
export const WORD_MARGIN = 12;
export const NON_WORD_MARGIN = 6;

/** Whether a decoder change is kept when correcting rather than restoring (see the file's head). `isWord`: of a lowercase token. */
export function isStrongCorrection(change: TokenChange, isWord: (lower: string) => boolean): boolean {
  const lower = change.original.toLowerCase();
  if (!(change.margin >= (isWord(lower) ? WORD_MARGIN : NON_WORD_MARGIN))) return false;
  return !sameSyllable(lower, change.restored.toLowerCase());
}

/** The same syllable, its tone mark perhaps placed in the other style: "hoá" and "hóa", "đòan" and "đoàn". */
function sameSyllable(a: string, b: string): boolean {
  return placeTone(a) === placeTone(b);
}
