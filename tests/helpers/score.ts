// ../shared/tools/score.mjs's text mode (syllable edits against a gold text, case-insensitive), for
// tests that hold a restoration to a recorded figure. Needs ../shared (hasShared).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sharedDir } from './shared.js';

/** score.mjs's text figures for `pred` against `gold`: syllable edits, and SER (edits over gold syllables). */
export function textScore(pred: string, gold: string): { edits: number; ser: number } {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-score-'));
  writeFileSync(join(dir, 'pred.txt'), pred);
  writeFileSync(join(dir, 'gold.txt'), gold);
  const out = execFileSync(process.execPath, [join(sharedDir, 'tools/score.mjs'), 'text', join(dir, 'pred.txt'), join(dir, 'gold.txt')], {
    encoding: 'utf8',
  });
  return JSON.parse(out) as { edits: number; ser: number };
}

/** Syllable edits that turn `pred` into `gold`, by score.mjs. */
export const syllableEdits = (pred: string, gold: string): number => textScore(pred, gold).edits;
