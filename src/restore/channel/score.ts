// log P(OCR'd letters | true letters), both toneless: the best segmentation of the two strings
// into learned confusions ("ươ"→"we", "u"→"ti", "ô"→"6", "đ"→"p") and letters read right.
import type { ChannelTables } from './model.js';
import { MAX_GOLD_SEGMENT as MAX_GOLD, MAX_OCR_SEGMENT as MAX_OCR } from './align.js';

// Local constants: imported bindings are slower in the hot loop.
const MAX_GOLD_SEGMENT = MAX_GOLD;
const MAX_OCR_SEGMENT = MAX_OCR;

/** An unseen single-letter confusion, drop or addition. */
const UNSEEN = Math.log(1e-4);
/** A letter never seen in training read as itself. */
const UNSEEN_IDENTITY = Math.log(0.9);

export function lettersLogProb(tables: ChannelTables, gold: string, ocr: string): number {
  const n = gold.length;
  const m = ocr.length;
  const width = m + 1;
  const best = new Float64Array((n + 1) * width).fill(-Infinity);
  best[0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      if (i === 0 && j === 0) continue;
      let top = -Infinity;
      for (let lg = 0; lg <= MAX_GOLD_SEGMENT && lg <= i; lg++) {
        const g = gold.slice(i - lg, i);
        const row = tables.ops.get(g);
        for (let lo = lg === 0 ? 1 : 0; lo <= MAX_OCR_SEGMENT && lo <= j; lo++) {
          const from = best[(i - lg) * width + (j - lo)]!;
          if (from === -Infinity) continue;
          const o = ocr.slice(j - lo, j);
          let lp = row?.get(o);
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
