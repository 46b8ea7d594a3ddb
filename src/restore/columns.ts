// Where a decoder change, found at an offset of the cleaned line, lies in the input line: the
// nearest occurrence of its token in the input line (the earlier of two as near), else the offset
// itself (kept inside the line). Lines the clean-up did not touch are the same, so the offset is it.
//
// The nearest occurrence is looked for in a window around the offset first (the clean-up's edits
// are local, so it is nearly always there, and one found there is nearer than any outside it);
// only a token not in the window has the line searched, once per line and token, its occurrences
// kept for the line's other changes. So a line costs time linear in its length, however long it
// is and however many changes it has.

/** How far either side of the offset the window reaches. */
const WINDOW = 64;

export class ColumnFinder {
  private readonly same: boolean;
  private readonly occurrences = new Map<string, number[]>();

  constructor(
    private readonly inputLine: string,
    cleanedLine: string,
  ) {
    this.same = inputLine === cleanedLine;
  }

  /** 1-based column in the input line of `token`, found at `offset` of the cleaned line. */
  columnOf(offset: number, token: string): number {
    if (this.same) return offset + 1;
    const at = this.nearby(offset, token) ?? this.nearest(offset, token);
    return (at >= 0 ? at : Math.min(offset, Math.max(0, this.inputLine.length - 1))) + 1;
  }

  /** The nearest occurrence within WINDOW of the offset (the earlier at equal distance), or undefined. */
  private nearby(offset: number, token: string): number | undefined {
    const line = this.inputLine;
    for (let d = 0; d <= WINDOW; d++) {
      if (offset - d >= 0 && line.startsWith(token, offset - d)) return offset - d;
      if (d > 0 && line.startsWith(token, offset + d)) return offset + d;
    }
    return undefined;
  }

  /** The nearest occurrence in the whole line (the earlier at equal distance), or -1. */
  private nearest(offset: number, token: string): number {
    let list = this.occurrences.get(token);
    if (!list) {
      list = [];
      for (let at = this.inputLine.indexOf(token); at >= 0; at = this.inputLine.indexOf(token, at + 1)) list.push(at);
      this.occurrences.set(token, list);
    }
    if (list.length === 0) return -1;
    // The first occurrence after the offset; the nearest is it or the one before.
    const lo = firstAfter(list, offset);
    const before = lo > 0 ? list[lo - 1]! : undefined;
    const after = lo < list.length ? list[lo]! : undefined;
    if (before === undefined) return after!;
    if (after === undefined) return before;
    return after - offset < offset - before ? after : before;
  }
}

/** The index of the first of the sorted `values` above `offset` (their length when none is). */
export function firstAfter(values: readonly number[], offset: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
