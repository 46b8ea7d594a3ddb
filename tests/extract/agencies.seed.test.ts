// Seed 002 end to end: the agencies of every task split as the gold splits them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/pipeline.js';
import { hasShared, readShared, seedPath, sharedMissingNote } from '../helpers/shared.js';

interface GoldTask {
  appendix: string;
  ordinal: string;
  lead: string[];
  cooperating: string[];
}

if (!hasShared) console.log(sharedMissingNote('agencies on seed 002'));

describe('agencies on seed 002', () => {
  it.skipIf(!hasShared)('reproduces the gold lead and cooperating lists of at least 98% of tasks', () => {
    const gold: GoldTask[] = JSON.parse(readShared('gold/002.tasks.json')).tasks;
    const doc = parse(readFileSync(seedPath('002')), { path: '002.txt' });
    const byKey = new Map(doc.tasks.map((t) => [`${t.appendix}/${t.ordinal}`, t]));
    const fold = (names: string[]) => names.map((n) => n.normalize('NFC').toLowerCase());
    let same = 0;
    for (const g of gold) {
      const task = byKey.get(`${g.appendix}/${g.ordinal}`);
      if (!task) continue;
      const lead = fold(task.lead.map((a) => a.name));
      const cooperating = fold(task.cooperating.map((a) => a.name));
      if (JSON.stringify(lead) === JSON.stringify(fold(g.lead)) && JSON.stringify(cooperating) === JSON.stringify(fold(g.cooperating)))
        same++;
    }
    expect(same / gold.length).toBeGreaterThanOrEqual(0.98);
  });

  it.skipIf(!hasShared)('reports every agency the gazetteer does not know, where it was printed', () => {
    const doc = parse(readFileSync(seedPath('002')), { path: '002.txt' });
    const unknown = doc.tasks.flatMap((t) => [...t.lead, ...t.cooperating]).filter((a) => a.id === null);
    const messages = doc.diagnostics.filter((d) => d.ruleId.endsWith('agency-unknown'));
    expect(messages.length).toBe(unknown.length);
    for (const m of messages) expect(m.line).toBeGreaterThan(0);
  });
});
