// The channel ranks by inserting into a short list instead of sorting everything (keys.ts): it must
// keep exactly what a stable sort by value, best first, and a slice would.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { insertBelowEqual, ScratchList } from '../../src/restore/channel/ranking.js';

/** What the channel did before: a stable sort of every item, best first, then the first `limit`. */
function sortAndSlice(values: Float64Array, limit: number): number[] {
  return Array.from(values.keys())
    .sort((a, b) => values[b]! - values[a]!)
    .slice(0, limit);
}

describe('insertBelowEqual', () => {
  it('keeps what a stable sort and a slice keep, ties in the order offered', () => {
    // Few distinct values, so that ties are common; -Infinity as a log-probability can be.
    const value = fc.oneof(
      fc.integer({ min: -4, max: 4 }).map((v) => v / 2),
      fc.constant(-Infinity),
    );
    fc.assert(
      fc.property(fc.array(value, { maxLength: 40 }), fc.integer({ min: 1, max: 12 }), (list, limit) => {
        const values = Float64Array.from(list);
        const kept = new ScratchList();
        // Left over from an earlier use: only items[0 … count) counts.
        kept.items.push(7, 7, 7);
        for (let i = 0; i < values.length; i++) insertBelowEqual(kept, i, values[i]!, values, limit);
        expect(kept.items.slice(0, kept.count)).toEqual(sortAndSlice(values, limit));
      }),
      { numRuns: 500 },
    );
  });
});
