// Two syllables a scanner printed without the space between them: "quanly" → "quan ly", "Donvi" →
// "Don vi", "dântộc" → "dân tộc" (the decoder then restores each). A word is split only where the
// evidence is strong: the model does not know it, its letters spell no syllable, exactly one cut
// leaves two syllables' letters, and the language model likes the pair (FUSED_AT_LEAST). Where no
// cut does as printed, the channel may read the pieces ("tirngay" → "tir ngay", "kétludn" → "két
// ludn": READ_FUSED_AT_LEAST). Clean text is never split: correction (text that kept its marks)
// runs no clean-up.
import { stripDiacritics, type Lexicon } from '../vietnamese/index.js';
import type { NgramModel } from './lm/model.js';
import { SPECIAL } from './lm/format.js';
import { isSyllableKey } from './channel/key-trie.js';

/** Where a fused word splits (offset of the second syllable), or 0 when it does not. */
export type FusedWordSplit = (word: string) => number;

/**
 * ln P(first) + ln P(second | first), the best over the keys' most frequent syllables, a split needs.
 * On OCR with its clean text beside it (../shared/ocr-pairs eng and vie, 136 generated scan pages,
 * seed 003 against its gold), words the model does not know whose letters are two syllables'
 * (1,369): at −13.9 or better, 18 of the 28 that were two words in the clean text ("quyétdinh"
 * −7.8, "quanly" −8.1, "Donvi" −8.9, "dântộc" −13.1) and 1 of the 1,341 that were not ("thuly");
 * below it, misread single words ("chive" −14.1, "Hoda" −14.1, "ditu" −14.5).
 */
export const FUSED_AT_LEAST = -13.9;
/** How far a second cut must score below the best: two good cuts are no evidence for either. */
const SECOND_CUT_BELOW = 5;
/** Syllables tried per key, most frequent first. */
const PER_KEY = 6;
const FUSABLE = /^[\p{L}\p{M}]{4,14}$/u;

/**
 * The stripped keys an OCR'd piece may spell by the channel's learned readings, with their log
 * probabilities, best first ("tir" ⇒ tu, "ludn" ⇒ luan: the channel's learnedKeys).
 */
export type PieceReadings = (piece: string) => ReadonlyArray<readonly [string, number]>;

/**
 * The same score plus the pieces' channel log probabilities, a split needs when at least one piece
 * is read by the channel. On the heavy training OCR other than the scan kinds (ocr-pairs p00–p31
 * eng, seed 003, the print pages), 1,187 words the model does not know scored: at −15 or better
 * the 4 that were two words in the clean text ("xtrly" −11.8 three times, "xirly" −12.1) and none
 * that were not; the best of those, "thtly" −15.6, then "chiing" −17.5. On scan pages "tirngay"
 * scores −14.9, "dirliéu" −14.5, "kétludn" −15.0.
 */
export const READ_FUSED_AT_LEAST = -15;
/** Keys read per piece, best first. */
const READINGS_PER_PIECE = 2;
/** Letters a piece read by the channel has at least: one letter reads as too many syllables. */
const MIN_READ_PIECE = 2;

/**
 * `readings`: where no cut leaves two syllables' letters as printed, a cut whose pieces the channel
 * reads as syllable keys ("tirngay" ⇒ tu ngay, "kétludn" ⇒ ket luan) is scored the same way, plus
 * the pieces' channel log probabilities, against the same bar and margin.
 */
export function fusedWordSplit(lm: NgramModel, lexicon: Lexicon, readings?: PieceReadings): FusedWordSplit {
  const known = new Map<string, number>();
  const pairScore = (first: string, second: string): number => {
    let best = -Infinity;
    for (const a of lexicon.byKey(first).slice(0, PER_KEY)) {
      if (!lm.has(a)) continue;
      const idA = lm.id(a);
      const alone = lm.score(SPECIAL.boundary, SPECIAL.boundary, idA);
      for (const b of lexicon.byKey(second).slice(0, PER_KEY))
        if (lm.has(b)) best = Math.max(best, alone + lm.score(SPECIAL.boundary, idA, lm.id(b)));
    }
    return best;
  };
  /** The cut with the best score(first, rest), when it clears the bar and the runner-up by the margin; else 0. */
  const bestCut = (key: string, score: (first: string, rest: string) => number, bar: number): number => {
    let at = 0;
    let best = -Infinity;
    let second = -Infinity;
    for (let cut = 1; cut < key.length; cut++) {
      const value = score(key.slice(0, cut), key.slice(cut));
      if (value > best) {
        second = best;
        best = value;
        at = cut;
      } else second = Math.max(second, value);
    }
    return best >= bar && best - second >= SECOND_CUT_BELOW ? at : 0;
  };
  const asPrinted = (first: string, rest: string) => (isSyllableKey(first) && isSyllableKey(rest) ? pairScore(first, rest) : -Infinity);
  const readKeys = (piece: string): ReadonlyArray<readonly [string, number]> =>
    isSyllableKey(piece) ? [[piece, 0]] : piece.length < MIN_READ_PIECE ? [] : readings!(piece).slice(0, READINGS_PER_PIECE);
  // A cut the printed letters already make was judged as printed: reading it again would only lower the bar.
  const asRead = (first: string, rest: string) => {
    if (isSyllableKey(first) && isSyllableKey(rest)) return -Infinity;
    let best = -Infinity;
    for (const [a, channelA] of readKeys(first))
      for (const [b, channelB] of readKeys(rest)) best = Math.max(best, channelA + channelB + pairScore(a, b));
    return best;
  };
  return (word) => {
    let at = known.get(word);
    if (at === undefined) {
      at = 0;
      const lower = word.toLowerCase();
      const key = stripDiacritics(lower);
      if (FUSABLE.test(word) && !lm.has(lower) && !isSyllableKey(key) && key.length === word.length) {
        at = bestCut(key, asPrinted, FUSED_AT_LEAST);
        if (at === 0 && readings) at = bestCut(key, asRead, READ_FUSED_AT_LEAST);
      }
      if (known.size > 50_000) known.clear();
      known.set(word, at);
    }
    return at;
  };
}

const WORD = /[\p{L}\p{M}]+/gu;

/** The fused words of a line, each as an edit that puts a space at the cut. */
export function fusedWords(line: string, split: FusedWordSplit): Array<{ start: number; end: number; replacement: string }> {
  const edits: Array<{ start: number; end: number; replacement: string }> = [];
  for (const m of line.matchAll(WORD)) {
    const word = m[0];
    if (word.length < 4) continue;
    // Only a word standing alone: not part of a code or a number ("KHCN2022", "e-mail").
    const before = line[m.index! - 1];
    const after = line[m.index! + word.length];
    if ((before !== undefined && !BOUNDARY.test(before)) || (after !== undefined && !BOUNDARY.test(after))) continue;
    const cut = split(word);
    if (cut > 0) edits.push({ start: m.index!, end: m.index! + word.length, replacement: `${word.slice(0, cut)} ${word.slice(cut)}` });
  }
  return edits;
}
const BOUNDARY = /[\s,.;:!?()"“”]/u;
