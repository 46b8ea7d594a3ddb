// ../shared/tools/score.mjs's text mode (SER: syllable edit distance ÷ gold syllables) for the
// restoration benches: one pair of texts, or long line-aligned texts in chunks of lines.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sharedDir } from '../../tests/helpers/shared.js';

export interface Score {
  edits: number;
  gold: number;
}

export const ZERO: Score = { edits: 0, gold: 0 };
export const add = (a: Score, b: Score): Score => ({ edits: a.edits + b.edits, gold: a.gold + b.gold });

let work: string | undefined;

/** score.mjs text on one prediction/gold pair. */
export function score(pred: string, gold: string): Score {
  work ??= mkdtempSync(join(tmpdir(), 'cchc-bench-score-'));
  writeFileSync(join(work, 'pred.txt'), pred);
  writeFileSync(join(work, 'gold.txt'), gold);
  const out = execFileSync(process.execPath, [join(sharedDir, 'tools/score.mjs'), 'text', join(work, 'pred.txt'), join(work, 'gold.txt')], {
    encoding: 'utf8',
  });
  const r = JSON.parse(out) as { edits: number; goldSyllables: number };
  return { edits: r.edits, gold: r.goldSyllables };
}

/** Long line-aligned texts scored in chunks of lines (the scorer's edit distance is quadratic); both must have the same lines. */
export function scoreLines(pred: string, gold: string, linesPerChunk = 150): Score {
  const p = pred.split('\n');
  const g = gold.split('\n');
  if (p.length !== g.length) throw new Error('restoration changed the number of lines');
  let total = ZERO;
  for (let i = 0; i < g.length; i += linesPerChunk)
    total = add(total, score(p.slice(i, i + linesPerChunk).join('\n'), g.slice(i, i + linesPerChunk).join('\n')));
  return total;
}
