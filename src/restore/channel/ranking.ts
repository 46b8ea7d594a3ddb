// Small best-first lists reused from token to token by the channel's key search and ranking (part
// of the channel's speed device, README): they keep exactly what a stable sort by value and a slice
// would (tests/restore/channel-ranking.test.ts).

/**
 * A list of numbers reused from call to call: items[0 … count). Emptied by setting `count`, not
 * `length`: `length = 0` drops the array's storage, which is then grown again, push by push, on
 * every token.
 */
export class ScratchList {
  readonly items: number[] = [];
  count = 0;
  push(item: number) {
    this.items[this.count++] = item;
  }
}

/**
 * Inserts `item` into `list` (best first by `values`, at most `limit` long) after every item whose
 * value is at least as high: items offered in order end up as a stable sort by value would leave them.
 */
export function insertBelowEqual(list: ScratchList, item: number, value: number, values: Float64Array, limit: number): void {
  const items = list.items;
  let at = list.count;
  while (at > 0 && values[items[at - 1]!]! < value) at--;
  if (at >= limit) return;
  if (list.count < limit) list.count++;
  for (let k = list.count - 1; k > at; k--) items[k] = items[k - 1]!;
  items[at] = item;
}
