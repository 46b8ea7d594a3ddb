// How sure the decoder is of one restored word: the posterior of the chosen candidate
// against the others, with the chosen neighbours held fixed,
//   P(c) ∝ exp(channel(c) + lm(c | a b) + lm(d | b c)).
// The change log shows it rounded to 3 decimals, and that is all the bound below keeps exact.
import type { NgramModel } from './lm/model.js';
import { MAX_POSTERIOR } from './wasm/beam.js';

/**
 * A candidate whose score, even with the best right-hand score the model gives d anywhere,
 * stays this many nats under the chosen one weighs less than e^-12 against it: its right-hand
 * lookup is skipped and its weight bounded instead.
 */
const SKIP = 12;

/** log2 of the remembered answers (2^13: 160 KB). */
const MEMO_BITS = 13;

export class Confidence {
  private scores = new Float64Array(32);
  private bounds = new Float64Array(32);
  /** Remembered answers, per entry: a << 16 | b, d << 16 | chosen, the list's id; and the answer. */
  private readonly memoKeys = new Int32Array(3 << MEMO_BITS).fill(-1);
  private readonly memo = new Float64Array(1 << MEMO_BITS);

  constructor(
    private readonly lm: NgramModel,
    /** NgramModel.ceilings: the highest score of each word after any context. */
    private readonly ceilings: Float64Array,
  ) {}

  /** Forget remembered answers (the decoder does at each document, so a repeated text gains nothing from the last run). */
  forget(): void {
    this.memoKeys.fill(-1);
  }

  /**
   * `of`, remembered: documents repeat their phrases, and the same word between the same
   * neighbours gets the same answer. `list` identifies ids + channel (the decoder's lattice).
   */
  ofList(list: number, ids: Int32Array, channel: Float64Array, chosen: number, a: number, b: number, d: number): number {
    const k1 = (a << 16) | b;
    const k2 = (d << 16) | chosen;
    const at = (Math.imul(k1, 0x9e3779b1) ^ Math.imul(k2, 0x85ebca6b) ^ Math.imul(list, 0xc2b2ae35)) >>> (32 - MEMO_BITS);
    const keys = this.memoKeys;
    if (keys[3 * at] === k1 && keys[3 * at + 1] === k2 && keys[3 * at + 2] === list) return this.memo[at]!;
    const answer = this.of(ids, channel, chosen, a, b, d);
    keys[3 * at] = k1;
    keys[3 * at + 1] = k2;
    keys[3 * at + 2] = list;
    this.memo[at] = answer;
    return answer;
  }

  /** Posterior of candidate `chosen` (of `ids`, with their `channel` scores) between words a b and d. */
  of(ids: Int32Array, channel: Float64Array, chosen: number, a: number, b: number, d: number): number {
    const k = ids.length;
    if (k === 1) return 1;
    // The lookups run compiled when the model has its WebAssembly search (the same numbers).
    const compiled = k <= MAX_POSTERIOR ? this.lm.beam : undefined;
    if (!compiled && this.scores.length < k) {
      this.scores = new Float64Array(k * 2);
      this.bounds = new Float64Array(k * 2);
    }
    const scores = compiled ? compiled.posteriorScoresOut : this.scores;
    const bounds = compiled ? compiled.posteriorBoundsOut : this.bounds;
    const rightCeiling = this.ceilings[d]!;
    // A second pass, with nothing skipped, only when the bound below cannot settle the rounding.
    for (let skip = SKIP; ; skip = Infinity) {
      const skipped = compiled
        ? compiled.posteriorScores(ids, channel, chosen, a, b, d, rightCeiling, skip)
        : this.scoresOf(ids, channel, chosen, a, b, d, rightCeiling, skip);
      const chosenScore = scores[chosen]!;
      // Skipped candidates score under chosenScore - SKIP ≤ max, so max is the same as with them.
      let max = -Infinity;
      for (let c = 0; c < k; c++) if (scores[c]! > max) max = scores[c]!;
      let sum = 0;
      let rest = 0;
      for (let c = 0; c < k; c++) {
        if (scores[c] === scores[c]) sum += Math.exp(scores[c]! - max);
        else rest += Math.exp(bounds[c]! - max);
      }
      const top = Math.exp(chosenScore - max);
      if (!skipped) return top / sum;
      // The true value lies between these two; when both round alike (nearly always), so does it.
      const high = top / sum;
      const low = top / (sum + rest);
      if (Math.round(low * 1000 - 1e-7) === Math.round(high * 1000 + 1e-7)) return high;
    }
  }

  /**
   * Each candidate's score into this.scores (scores[chosen] the chosen one's), or NaN and a bound
   * into this.bounds when even the best right-hand score leaves it `skip` under the chosen one;
   * whether any was skipped. assembly/beam.ts's posteriorScores does the same, compiled.
   */
  private scoresOf(
    ids: Int32Array,
    channel: Float64Array,
    chosen: number,
    a: number,
    b: number,
    d: number,
    rightCeiling: number,
    skip: number,
  ): boolean {
    const lm = this.lm;
    const scores = this.scores;
    const bounds = this.bounds;
    const left = lm.context(a, b);
    const chosenScore = channel[chosen]! + lm.scoreIn(left, b, ids[chosen]!) + lm.score(b, ids[chosen]!, d);
    let skipped = false;
    for (let c = 0; c < ids.length; c++) {
      let s = chosenScore;
      if (c !== chosen) {
        const partial = channel[c]! + lm.scoreIn(left, b, ids[c]!);
        if (partial + rightCeiling < chosenScore - skip) {
          scores[c] = NaN;
          bounds[c] = partial + rightCeiling;
          skipped = true;
          continue;
        }
        s = partial + lm.score(b, ids[c]!, d);
      }
      scores[c] = s;
    }
    return skipped;
  }
}
