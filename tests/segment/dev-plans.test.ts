// Real plans from other offices (../shared, by id) read as their hand-checked gold says, one per
// family and source: Word exports' flat tables (lvn-07, lvn-228) and a web export's
// (tnt/ec00…), a web export's labelled fields (tnt/31fb…) and agency headings (tnt/24c7…). Figures over the whole set are the bench's
// (npm run bench layouts); this checks that each family keeps reading its own.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/pipeline.js';
import { sourceText } from '../../scripts/bench/shared-texts.js';
import { hasShared, repoRoot, sharedMissingNote } from '../helpers/shared.js';

interface GoldTask {
  content: string;
  lead: string[];
  deadline: string | null;
}

// With agency headings, the task sections' bare bullets are tasks too (LAYOUTS.md §9).
const cases = [
  ['plans-lvn-07-QD-BTC-2014', ['flat-table']],
  // A row's agency merged over three task texts printed alone (row 7).
  ['plans-lvn-228-QD-TTg-2014', ['flat-table']],
  // A gazette web export: ministries lead, names wrapped after "và".
  ['corpus-tnt-ec00bd6f58be7864', ['flat-table']],
  ['corpus-tnt-31fb08f34535fce3', ['labelled-fields']],
  ['corpus-tnt-24c7124ec6b2bf61', ['agency-headings', 'bare-bullets']],
] as const;

if (!hasShared) console.log(sharedMissingNote('real plans of the development set'));

describe.each(cases)('%s', (name, readers) => {
  const gold = JSON.parse(readFileSync(join(repoRoot, 'gold', `${name}.tasks.json`), 'utf8')) as {
    source: string;
    decision: { number: string };
    tasks: GoldTask[];
  };
  const text = hasShared ? sourceText(gold.source) : null;

  it.skipIf(text === null)(`reads the number and the tasks with ${readers.join(' and ')}, each with the gold's lead`, () => {
    const doc = parse(text!, { path: `${name}.txt`, restore: 'never' });
    expect(doc.decision.number).toBe(gold.decision.number);
    const key = (s: string) =>
      s
        .toLowerCase()
        .replace(/\s+/gu, ' ')
        .replace(/[.;:,]+$/u, '')
        .trim();
    const found = gold.tasks.filter((g) => {
      const task = doc.tasks.find((t) => key(t.content).startsWith(key(g.content).slice(0, 60)));
      return (readers as readonly string[]).includes(task?.reader ?? '') && key(task?.lead[0]?.name ?? '') === key(g.lead[0] ?? '');
    });
    // Nearly every gold task: the few a reader misses are the bench's to count.
    expect(found.length).toBeGreaterThanOrEqual(Math.floor(gold.tasks.length * 0.8));
  });
});
