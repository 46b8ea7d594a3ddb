// Seed 002 (plain text, one tab-led cell a line) scored against the shared,
// hand-checked gold with the reference scorer, so the figures mean what they
// mean everywhere.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/pipeline.js';
import { hasShared, seedPath, sharedDir, sharedMissingNote } from '../helpers/shared.js';

const goldPath = join(sharedDir, 'gold/002.tasks.json');
if (!hasShared) console.warn(sharedMissingNote('seed 002 gold test'));

function score(mode: 'tasks' | 'decision', doc: unknown): Record<string, unknown> {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-score-'));
  writeFileSync(join(dir, 'out.json'), JSON.stringify(doc));
  const out = execFileSync('node', [join(sharedDir, 'tools/score.mjs'), mode, join(dir, 'out.json'), goldPath], { encoding: 'utf8' });
  return JSON.parse(out);
}

describe.skipIf(!hasShared)('seed 002 against ../shared/gold/002.tasks.json', () => {
  const doc = hasShared ? parse(readFileSync(seedPath('002')), { path: seedPath('002') }) : null!;

  it('finds every gold task and no extra one', () => {
    const s = score('tasks', doc);
    const gold = JSON.parse(readFileSync(goldPath, 'utf8')).tasks.length;
    expect(s.matched).toBe(gold);
    expect(s.pred).toBe(gold);
  });

  it('gets content, lead, cooperating, deadline and products right in ≥ 98% of tasks', () => {
    const s = score('tasks', doc);
    for (const field of ['content', 'lead', 'cooperating', 'deadline', 'products']) {
      expect.soft(s[field], field).toBeGreaterThanOrEqual(0.98);
    }
  });

  it('reads the header: number, date, signer and articles', () => {
    expect(score('decision', doc)).toMatchObject({ number: true, date: true, signer: true, articles: '3/3', ok: true });
  });

  it('reads targets 1–7', () => {
    const gold = JSON.parse(readFileSync(goldPath, 'utf8')).targets as Array<{ id: string }>;
    expect(doc.targets.map((t) => t.id)).toEqual(gold.map((t) => t.id));
  });
});
