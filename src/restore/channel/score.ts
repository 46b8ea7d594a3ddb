// log P(OCR'd letters | true letters), both toneless: the best segmentation of the two strings
// into learned confusions ("ươ"→"we", "u"→"ti", "ô"→"6", "đ"→"p") and letters read right.
import type { ChannelTables } from './model.js';
import { MAX_GOLD_SEGMENT, MAX_OCR_SEGMENT } from './align.js';

/** An unseen single-letter confusion, drop or addition. */
const UNSEEN = Math.log(1e-4);
/** A letter never seen in training read as itself. */
const UNSEEN_IDENTITY = Math.log(0.9);

/** The OCR'd letters cut once for all the syllables scored against them: pieces[j][lo] ends at j. */
export function ocrPieces(ocr: string): string[][] {
  const pieces: string[][] = [];
  for (let j = 0; j <= ocr.length; j++) {
    const row: string[] = [];
    for (let lo = 0; lo <= MAX_OCR_SEGMENT && lo <= j; lo++) row.push(ocr.slice(j - lo, j));
    pieces.push(row);
  }
  return pieces;
}

let scratch = new Float64Array(256);
const goldSegments: string[] = [];
const goldOps: Array<Map<string, number> | undefined> = [];

export function lettersLogProb(tables: ChannelTables, gold: string, ocr: string | string[][]): number {
  const pieces = typeof ocr === 'string' ? ocrPieces(ocr) : ocr;
  const n = gold.length;
  const m = pieces.length - 1;
  const width = m + 1;
  const size = (n + 1) * width;
  if (scratch.length < size) scratch = new Float64Array(size * 2);
  // Reused across calls (no allocation per syllable scored); only the first `size` cells are read.
  const best = scratch;
  best.fill(-Infinity, 0, size);
  best[0] = 0;
  // A band around the diagonal: segments are at most 2 → 3 letters, so far-off cells never win.
  const band = 2 + Math.abs(n - m);
  for (let i = 0; i <= n; i++) {
    const from = Math.max(0, i - band);
    const to = Math.min(m, i + band);
    // The gold segments ending at i and their confusions: the same for every j of the row.
    for (let lg = 0; lg <= MAX_GOLD_SEGMENT && lg <= i; lg++) {
      goldSegments[lg] = lg === 0 ? '' : lg === 1 ? gold[i - 1]! : gold.slice(i - lg, i);
      goldOps[lg] = tables.ops.get(goldSegments[lg]!);
    }
    for (let j = from; j <= to; j++) {
      if (i === 0 && j === 0) continue;
      let top = -Infinity;
      const row = pieces[j]!;
      for (let lg = 0; lg <= MAX_GOLD_SEGMENT && lg <= i; lg++) {
        const g = goldSegments[lg]!;
        const ops = goldOps[lg];
        if (!ops && lg > 1) continue;
        for (let lo = lg === 0 ? 1 : 0; lo < row.length; lo++) {
          const from = best[(i - lg) * width + (j - lo)]!;
          if (from === -Infinity) continue;
          const o = row[lo]!;
          let lp = ops?.get(o);
          if (lp === undefined) {
            if (lg > 1 || lo > 1) continue;
            lp = g === o ? UNSEEN_IDENTITY : UNSEEN;
          }
          if (from + lp > top) top = from + lp;
        }
      }
      best[i * width + j] = top;
    }
  }
  return best[n * width + m]!;
}
