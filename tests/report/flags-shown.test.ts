// A field flagged for review (issue 16 §5) shows wherever the plan is read: in the JSON
// (fields.<field>.flagged and its reasons), in the CSV's review column, and in the review page as a
// marked cell that says why. The plan is the written fixture of these tests, one of its leads
// given OCR debris, which the field model always flags.
import { describe, expect, it } from 'vitest';
import { rateTasks } from '../../src/extract/confidence/index.js';
import { toCsv, toJson } from '../../src/emit/index.js';
import { renderReport } from '../../src/report/index.js';
import type { CchcDocument } from '../../src/schema/document.js';
import { planFixture } from './plan-fixture.js';

function flaggedPlan(): { doc: CchcDocument; input: string } {
  const { doc, input, restored } = planFixture();
  const tasks = doc.tasks.map((t, i) => (i === 0 ? { ...t, lead: [{ name: 'Sở¢ Tư pháp', id: null, canonical: null, level: null }] } : t));
  const rated = rateTasks(tasks, { restored: doc.restoration.changes, lines: restored.split('\n') });
  return { doc: { ...doc, tasks: rated }, input };
}

describe('a flagged field in every output', () => {
  const { doc, input } = flaggedPlan();
  const first = doc.tasks[0]!;

  it('is flagged, with its reason, in the JSON', () => {
    const parsed = JSON.parse(toJson(doc)) as CchcDocument;
    expect(parsed.tasks[0]!.fields!.lead.flagged).toBe(true);
    expect(parsed.tasks[0]!.fields!.lead.reasons).toContain('OCR debris in the agency');
  });

  it("is named in the CSV's review column", async () => {
    const [header, row] = (await toCsv(doc)).split('\n');
    const review = header!.split(',').indexOf('review');
    expect(review).toBeGreaterThan(-1);
    expect(row).toContain(first.id);
    expect(row).toMatch(/(?:^|,)(?:[a-z]+; )*lead(?:; [a-z]+)*(?:,|$)/);
  });

  it('marks the cell in the review page and says why', () => {
    const html = renderReport(doc, input);
    const cell = html.match(/<td class="agencies review"[^>]*>/)?.[0];
    expect(cell).toBeDefined();
    expect(cell).toContain('data-review="');
    expect(cell).toContain('OCR debris in the agency');
  });
});
