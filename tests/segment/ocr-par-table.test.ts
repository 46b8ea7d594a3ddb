// Target-and-task tables read across the page by the OCR (the layout of seed
// 004): a fixture written in that style, then seed 004 against its gold.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/pipeline.js';
import { fixturePath, hasShared, seedPath, sharedDir, sharedMissingNote } from '../helpers/shared.js';

const names = (list: Array<{ name: string }>) => list.map((a) => a.name);

describe('OCR target-and-task table (fixtures/ocr/par-table.txt)', () => {
  const doc = parse(readFileSync(fixturePath('ocr/par-table.txt')), { path: 'par-table.txt', restore: 'never' });

  it('anchors a row on each "Mục tiêu" and numbers the row whose number the OCR lost', () => {
    expect(doc.tasks.map((t) => t.ordinal)).toEqual(['1.1', '1.2', '2.1']);
  });

  it('keeps title, target and task in the content and the target in its own field', () => {
    const [first] = doc.tasks;
    expect(first!.content).toMatch(
      /^Ban hanh ké hoach kiém tra .* - Mục tiêu: Phan dau dat t6i da 1\.0 diem\. - Nhiệm vụ: Xay dung .* thoi han; theo doi/u,
    );
    expect(first!.target).toBe('Phan dau dat t6i da 1.0 diem.');
    expect(first!.content).not.toMatch(/Quy 1\/2024|Phong Hanh|chirc/u);
  });

  it('reads unit and deadline cells from the bits beside the text', () => {
    const [first, second] = doc.tasks;
    expect(names(first!.lead)).toEqual(['Phòng Hành chính – Tổ chức']);
    expect(names(second!.lead)).toEqual(['Phòng Kiểm soát thủ tục hành chính']);
    expect(names(first!.cooperating)).toEqual(['Các phòng, đơn vị']);
    expect(first!.deadline?.text).toBe('Quý I/2024');
    expect(names(second!.cooperating)).toEqual(['Các phòng, đơn vị']);
    expect(second!.deadline?.text).toBe('Thường xuyên');
  });

  it('leaves the cells of a row without side text empty, and gives every row a confidence and lines', () => {
    const last = doc.tasks[2]!;
    expect(last.lead).toEqual([]);
    expect(last.deadline).toBeNull();
    for (const task of doc.tasks) {
      expect(task.confidence).toBeGreaterThan(0);
      expect(task.confidence).toBeLessThan(1);
      expect(task.source.endLine).toBeGreaterThan(task.source.startLine);
    }
    expect(doc.tasks[1]!.source).toEqual({ startLine: 12, endLine: 17 });
  });

  it("takes the date from the caption naming the plan it is attached to, OCR'd date words and all", () => {
    // "(Kém theo Ké hoach s6  KH/UBND ngay  thdng 3 ndam 2024)": blank number and day.
    expect(doc.decision.date).toBe('2024-03');
    expect(doc.decision.number).toBeNull();
    expect(doc.decision.source).toEqual({ startLine: 4, endLine: 4 });
  });
});

const goldPath = join(sharedDir, 'gold/004.tasks.json');
if (!hasShared) console.warn(sharedMissingNote('seed 004 gold test'));

function score(doc: unknown): Record<string, number> {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-score-'));
  writeFileSync(join(dir, 'out.json'), JSON.stringify(doc));
  const out = execFileSync('node', [join(sharedDir, 'tools/score.mjs'), 'tasks', join(dir, 'out.json'), goldPath], { encoding: 'utf8' });
  return JSON.parse(out);
}

describe.skipIf(!hasShared)('seed 004 against ../shared/gold/004.tasks.json', () => {
  it('finds ≥ 95% of the gold tasks with lead, cooperating and deadline right in ≥ 90% of them', () => {
    const doc = parse(readFileSync(seedPath('004')), { path: seedPath('004') });
    const s = score(doc);
    expect(s.recall).toBeGreaterThanOrEqual(0.95);
    for (const field of ['lead', 'cooperating', 'deadline'] as const) expect.soft(s[field], field).toBeGreaterThanOrEqual(0.9);
  }, 60_000);

  it('reads the decision fields score.mjs checks: the month from the caption, no number', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cchc-score-'));
    writeFileSync(join(dir, 'out.json'), JSON.stringify(parse(readFileSync(seedPath('004')), { path: seedPath('004') })));
    const out = execFileSync('node', [join(sharedDir, 'tools/score.mjs'), 'decision', join(dir, 'out.json'), goldPath], {
      encoding: 'utf8',
    });
    expect(JSON.parse(out)).toMatchObject({ number: true, date: true, ok: true });
  }, 60_000);

  it('reads the same ordinals and cells without restoration (fields do not hang on it)', () => {
    const doc = parse(readFileSync(seedPath('004')), { path: seedPath('004'), restore: 'never' });
    const gold = JSON.parse(readFileSync(goldPath, 'utf8')).tasks as Array<{ ordinal: string; lead: string[]; deadline: string | null }>;
    expect(doc.tasks.map((t) => t.ordinal)).toEqual(gold.map((g) => g.ordinal));
    const leadRight = gold.filter((g, i) => JSON.stringify(names(doc.tasks[i]!.lead)) === JSON.stringify(g.lead)).length;
    const deadlineRight = gold.filter((g, i) => (doc.tasks[i]!.deadline?.text ?? null) === g.deadline).length;
    expect(leadRight / gold.length).toBeGreaterThanOrEqual(0.9);
    expect(deadlineRight / gold.length).toBeGreaterThanOrEqual(0.9);
  });
});
