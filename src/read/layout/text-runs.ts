// Text laid out at character columns (`pdftotext -layout`, a fixed-width print) as the boxes the
// layout readers take: a run per group of words that single spaces join (two spaces or more part
// runs, as a column's gutter does), x in characters from the line's start, y the line's index.
import type { Run } from './geometry.js';

const WORD_GROUP = /\S+(?: \S+)*/gu;

export function textLineRuns(text: string, index: number): Run[] {
  return [...text.matchAll(WORD_GROUP)].map((m) => ({
    text: m[0],
    x0: m.index,
    x1: m.index + m[0].length,
    y0: index,
    y1: index + 1,
    size: 1,
  }));
}
