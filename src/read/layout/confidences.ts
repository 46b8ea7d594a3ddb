// The confidences of a written line's tokens (read/token-confidences.ts), from the runs it was
// written from, in the order their text was written: each run's confidence once per token of its
// text. Null where a run has none (a PDF's text layer), or where the line does not hold exactly
// those tokens (a run's text changed as it was written, "a<b" escaped in a cell): a line gets its
// tokens' confidences or none, never a shifted list.
import { writtenTokens } from '../token-confidences.js';
import type { Run } from './geometry.js';

export function lineConfidences(line: string, runs: readonly Run[]): number[] | null {
  if (runs.length === 0) return null;
  const confidences: number[] = [];
  for (const run of runs) {
    if (run.confidence === undefined) return null;
    for (let i = writtenTokens(run.text).length; i > 0; i--) confidences.push(run.confidence);
  }
  return confidences.length === writtenTokens(line).length ? confidences : null;
}
