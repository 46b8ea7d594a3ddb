// The typed-field columns and the agencies/citations tables, on a plan written for the project.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tableRows } from '../../src/emit/tables.js';
import { parse } from '../../src/pipeline.js';
import { fixturePath } from '../helpers/shared.js';

const doc = parse(readFileSync(fixturePath('clean-plan.txt')), { path: 'clean-plan.txt' });
const asObjects = (rows: unknown[][]) => rows.slice(1).map((r) => Object.fromEntries((rows[0] as string[]).map((h, i) => [h, r[i]])));

describe('typed tables', () => {
  it('tasks carry ids aligned with the names and the deadline interval', () => {
    const rows = asObjects(tableRows('tasks', [doc]));
    expect(rows.length).toBe(doc.tasks.length);
    for (const [i, row] of rows.entries()) {
      const task = doc.tasks[i]!;
      expect(String(row.lead_ids).split('; ').filter(Boolean)).toHaveLength(task.lead.length);
      expect(row.deadline_kind).toBe(task.deadline?.kind ?? null);
      expect(row.deadline_end).toBe(task.deadline?.end ?? null);
    }
  });

  it('agencies has one row an agency and task, with its role', () => {
    const rows = asObjects(tableRows('agencies', [doc]));
    const expected = doc.tasks.reduce((n, t) => n + t.lead.length + t.cooperating.length, 0);
    expect(rows.length).toBe(expected);
    expect(new Set(rows.map((r) => r.role))).toEqual(
      new Set(expected ? ['lead', ...(doc.tasks.some((t) => t.cooperating.length) ? ['cooperating'] : [])] : []),
    );
    for (const row of rows)
      if (row.agency_id) expect(row.level === null || ['trung-uong', 'tinh', 'huyen', 'xa'].includes(String(row.level))).toBe(true);
  });

  it('citations and targets expose their fields', () => {
    expect(tableRows('citations', [doc])[0]).toEqual(['type', 'number', 'date', 'issuer', 'text', 'start_line', 'end_line']);
    expect(tableRows('citations', [doc]).length - 1).toBe(doc.citations.length);
    expect(tableRows('targets', [doc])[0]).toContain('metric_comparator');
  });
});
