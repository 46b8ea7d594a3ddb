// Correction of text that kept its marks (a Vietnamese-aware OCR, or typed text): the decoder reads
// the whole document as for restoration, but a change is kept only where the evidence for it is
// strong, word by word. Clean text keeps its words: a printed word that the model finds plausible is
// never replaced, and a word is never rewritten only to move its tone mark (hoá and hóa are one
// syllable in two styles).
//   OCR "quy định chỉ tiết"  → "chi tiết"   (the odds for chi over chỉ here are far beyond the bar)
//   clean "vị thế tích cực"  stays            (thể tích is likely too, but not by enough)
// The bars are the odds against a slip in a text at the OCR screen's bar (ocr-signs.ts); a text that
// shows OCR more strongly makes a slip likelier, and its bars come down by the log of how much
// (oddsDiscount): "QUY ĐỊNH CỤ THẾ" → "CỤ THỂ" at e^10.7 where a text shows 29 signs a 1,000 tokens.
// A slip the text has shown already, word for word, is likelier again (confirmedSlipDiscount):
//   "phương án chỉ thu nhập" → "chi" at e^7.5, where the same print had "chỉ" for "chi" 18 times at
//   the full bars; in a text that never made that slip it stays.
import { placeTone, splitTone } from '../vietnamese/index.js';
import type { TokenChange } from './decoder.js';
import { MARKS_PER_THOUSAND_TOKENS } from './ocr-signs.js';

/**
 * ln odds the restored word needs over the word as printed (channel and language model, the
 * neighbours held fixed; Decoder.margin): e^12 to 1 against a printed word (a Vietnamese syllable
 * or an unmarked word the model knows), e^6 to 1 against a token that is no word at all ("nƯƠC", "SẲẢN",
 * "TGĐÐ"), which clean text hardly prints. Set on the development texts: ocr-pairs p00–p31 read by
 * tesseract -l vie against their clean text, and seeds 001 and 002 and ../shared/plans as clean
 * text, where the decoder's changes to words stay under 12 but for real typos ("bệnh viên đa
 * khoa") and its changes to non-words under 6 ("Full HD", "tổng hợp1"). The bars for a text at
 * the OCR screen's bar; oddsDiscount lowers them for a text that shows more.
 */
export const WORD_MARGIN = 12;
export const NON_WORD_MARGIN = 6;

/**
 * The most the bars come down (oddsDiscount): e^5, 148 to 1, reached at 148 signs and strong
 * corrections a 1,000 tokens (corrections). The development pairs show 1.6 to 40 signs; the one
 * wrong word change among them under e^12 ("Chỉ truyền tín hiệu" → "Chi", printed so on the clean
 * page) has e^5.7, under any bar this leaves. e^4 left right tone slips on the thin-stroke scan
 * pages (e^5 to e^8) that e^5 takes, and no wrong one.
 */
export const MAX_DISCOUNT = 5;

/**
 * ln of how much likelier a misread word is in a text showing `signsPerThousand` signs of OCR a
 * 1,000 tokens (ocr-signs.ts) than in one at the screen's bar: ln(signs ÷ MARKS_PER_THOUSAND_TOKENS),
 * from 0 (at the bar or under it: a scan read by cchc that shows no sign keeps the full bars) to
 * MAX_DISCOUNT. The bars of isStrongCorrection come down by it.
 */
export function oddsDiscount(signsPerThousand: number): number {
  if (!(signsPerThousand > MARKS_PER_THOUSAND_TOKENS)) return 0;
  return Math.min(MAX_DISCOUNT, Math.log(signsPerThousand / MARKS_PER_THOUSAND_TOKENS));
}

/**
 * Whether a decoder change is kept when correcting rather than restoring (see the file's head).
 * `isWord`: of a lowercase token; `discount`: oddsDiscount of the text's signs of OCR.
 */
export function isStrongCorrection(change: TokenChange, isWord: (lower: string) => boolean, discount = 0): boolean {
  const lower = change.original.toLowerCase();
  if (!(change.margin >= (isWord(lower) ? WORD_MARGIN : NON_WORD_MARGIN) - discount)) return false;
  return !sameSyllable(lower, change.restored.toLowerCase());
}

/**
 * How much further (ln odds) a word change's bar comes down for each time the text made the very
 * same change (printed and restored, lowercase) at the full bars: 2·ln(1 + k) for k such changes.
 * A slip the OCR made k times in this print is likelier again, by its prior and by the channel
 * (which learned its rate from other prints). Set on ocr-pairs p00–p31 (tesseract -l vie), where
 * the OCR printed chỉ for chi and the decoder's odds for chi stayed under the bars: p06
 * (DejaVu Serif, e^7.5 with 18 made), p23 (Liberation Sans, e^8.6 with 1), p27 (DejaVu Serif,
 * e^7.5 with 2); any factor from 1.75 to 4.2 keeps those and leaves p10's "Chỉ truyền tín hiệu"
 * (printed so on the clean page, e^5.7 with 1 made) as printed. Never below the non-word bar.
 */
export const CONFIRMED_SLIP_WEIGHT = 2;

/** ln of how much likelier a word change is in a text that made the same change `made` times at the full bars. */
export function confirmedSlipDiscount(made: number): number {
  return made > 0 ? CONFIRMED_SLIP_WEIGHT * Math.log1p(made) : 0;
}

/**
 * How much further (ln odds) a word change's bar comes down for each time the text made a change
 * of the same tone slip (the same letters, one tone read for another: "tố" → "tổ", "thế" → "thể",
 * "đế" → "để" are all sắc read for hỏi) at the full bars: 3·ln(1 + k) for k such changes. An OCR
 * that misreads a tone mark in this print's font and damage misreads it in other words too; the
 * word-for-word confirmation (confirmedSlipDiscount) waits for the very word. Never below the
 * non-word bar. Set on the vie scan pages of scripts/make-scan-pages.ts (leave-one-kind-out
 * channels: blur, jpeg, skew, lowres, thin pages gain, none loses a right word) and checked on
 * ocr-pairs p00–p31, where no change it lets through is wrong.
 */
export const TONE_SLIP_WEIGHT = 3;

/** ln of how much likelier a word change is in a text that made `made` changes of its tone slip at the full bars. */
export function toneSlipDiscount(made: number): number {
  return made > 0 ? TONE_SLIP_WEIGHT * Math.log1p(made) : 0;
}

/**
 * The decoder's changes (in text order) kept when correcting: those strong by themselves
 * (isStrongCorrection), then the word changes the same text has confirmed, word for word
 * (confirmedSlipDiscount) or by their tone slip (toneSlipDiscount), counted from the first kind only.
 */
export function strongCorrections(changes: readonly TokenChange[], isWord: (lower: string) => boolean, discount = 0): TokenChange[] {
  const strong = changes.map((change) => isStrongCorrection(change, isWord, discount));
  const made = new Map<string, number>();
  const tones = new Map<string, number>();
  changes.forEach((change, i) => {
    if (!strong[i]) return;
    made.set(slipOf(change), (made.get(slipOf(change)) ?? 0) + 1);
    const tone = toneSlipOf(change);
    if (tone) tones.set(tone, (tones.get(tone) ?? 0) + 1);
  });
  if (made.size === 0) return [];
  return changes.filter((change, i) => {
    if (strong[i]) return true;
    const lower = change.original.toLowerCase();
    if (!isWord(lower) || sameSyllable(lower, change.restored.toLowerCase())) return false;
    const tone = toneSlipOf(change);
    const confirmed = Math.max(confirmedSlipDiscount(made.get(slipOf(change)) ?? 0), toneSlipDiscount(tone ? (tones.get(tone) ?? 0) : 0));
    const bar = Math.max(NON_WORD_MARGIN, WORD_MARGIN - confirmed) - discount;
    return change.margin >= bar;
  });
}

/**
 * Corrections strong enough in a text showing `signsPerThousand` signs of OCR (ocr-signs.ts) over
 * `tokens` tokens: strongCorrections at the bars those signs set, then again at bars lowered by the
 * signs and the changes strong at those bars together, a 1,000 tokens. A page the decoder finds
 * many strong corrections in was misread more than its signs tell ("tố chức", "chủ thế", "đế" on a
 * blurred print show no sign: each is a syllable). Clean text shows at most 1.3 strong corrections
 * a 1,000 tokens (ocr-evidence.ts), which moves its bars by under e^0.3.
 */
export function corrections(
  changes: readonly TokenChange[],
  isWord: (lower: string) => boolean,
  signsPerThousand: number,
  tokens: number,
): TokenChange[] {
  const atSigns = oddsDiscount(signsPerThousand);
  let found = 0;
  for (const change of changes) if (isStrongCorrection(change, isWord, atSigns)) found++;
  if (found === 0) return [];
  return strongCorrections(changes, isWord, oddsDiscount(signsPerThousand + (1000 * found) / Math.max(1, tokens)));
}

/**
 * `changes` (the decoder's, in text order) with `mended` (misread signs and numerals, in text
 * order), a decoder change that overlaps a mended token giving way to it.
 */
export function withMended(changes: TokenChange[], mended: TokenChange[]): TokenChange[] {
  if (mended.length === 0) return changes;
  const overlaps = (change: TokenChange) =>
    mended.some((m) => change.start < m.start + m.original.length && m.start < change.start + change.original.length);
  return [...changes.filter((change) => !overlaps(change)), ...mended].sort((a, b) => a.start - b.start);
}

/** A change as a slip: the printed word and the restored one, lowercase. */
const slipOf = (change: TokenChange) => `${change.original.toLowerCase()}\u0000${change.restored.toLowerCase()}`;

/** A change as a tone slip ("sac>hoi"): the same letters with another tone; null for any other change. */
function toneSlipOf(change: TokenChange): string | null {
  const printed = splitTone(change.original.toLowerCase());
  const restored = splitTone(change.restored.toLowerCase());
  return printed.bare === restored.bare && printed.tone !== restored.tone ? `${printed.tone}>${restored.tone}` : null;
}

/** The same syllable, its tone mark perhaps placed in the other style: "hoá" and "hóa", "đòan" and "đoàn". */
function sameSyllable(a: string, b: string): boolean {
  return placeTone(a) === placeTone(b);
}
