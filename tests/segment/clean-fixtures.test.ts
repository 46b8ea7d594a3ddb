// The project's own documents, written in the two clean layouts, against the
// outputs checked by reading them (fixtures/expected/*.json).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/pipeline.js';
import { fixturePath } from '../helpers/shared.js';
import { project } from '../helpers/project.js';

const cases = ['clean-plan.md', 'clean-plan.txt'];

describe.each(cases)('fixture %s', (name) => {
  const doc = parse(readFileSync(fixturePath(name)), { path: name });
  const expected = JSON.parse(readFileSync(fixturePath(`expected/${name}.json`), 'utf8'));

  it('reads the decision header and articles', () => {
    expect(project(doc).decision).toEqual(expected.decision);
  });

  it('reads the targets', () => {
    expect(project(doc).targets).toEqual(expected.targets);
  });

  it('turns every appendix row into a task with its fields', () => {
    expect(project(doc).tasks).toEqual(expected.tasks);
  });

  it('points every task at its lines in the input', () => {
    const lines = readFileSync(fixturePath(name), 'utf8').split('\n');
    for (const task of doc.tasks) {
      const text = lines.slice(task.source.startLine - 1, task.source.endLine).join('\n');
      // The first words of the content stand in the lines the task names.
      const words = task.content.split(' ').slice(0, 3).join(' ');
      expect(text).toContain(words);
    }
  });

  it('detects the format from the extension', () => {
    expect(doc.source.format).toBe(name.endsWith('.md') ? 'markdown' : 'text');
  });
});

describe('sub-items and merged cells (plain-text layout)', () => {
  const doc = parse(readFileSync(fixturePath('clean-plan.txt')), { path: 'clean-plan.txt' });
  const task = (id: string) => doc.tasks.find((t) => t.id === id);

  it('does not make a task of a row that only introduces sub-items', () => {
    expect(doc.tasks.map((t) => t.id)).not.toContain('PL-I/1');
    expect(doc.tasks.map((t) => t.id)).not.toContain('PL-II/1');
  });

  it('lets a sub-item with empty cells inherit the agencies and deadline above it', () => {
    expect(task('PL-I/1.b')?.lead.map((a) => a.name)).toEqual(['Sở Tư pháp']);
    expect(task('PL-I/1.b')?.deadline?.text).toBe('Trước tháng 12 năm 2013');
  });

  it('splits a mixed deadline/result cell into deadline and products', () => {
    expect(task('PL-I/2')?.deadline?.text).toBe('Thường xuyên');
    expect(task('PL-I/2')?.products).toEqual(['Kế hoạch rà soát hàng năm', 'Báo cáo kết quả rà soát']);
  });

  it('reads labelled lead and implementing agencies', () => {
    expect(task('PL-II/1.b')?.lead.map((a) => a.name)).toEqual(['Sở Thông tin và Truyền thông']);
    expect(task('PL-II/1.b')?.cooperating.map((a) => a.name)).toEqual(['Các Sở, ban, ngành cấp tỉnh', 'UBND cấp huyện']);
  });
});

describe('Markdown with GFM pipe tables (fixtures/pipe-tables.md)', () => {
  it('gives the same header, targets and tasks as the same plan with tab-separated rows', () => {
    const pipes = project(parse(readFileSync(fixturePath('pipe-tables.md')), { path: 'pipe-tables.md' }));
    const tabs = project(parse(readFileSync(fixturePath('clean-plan.md')), { path: 'clean-plan.md' }));
    expect(pipes.tasks).toHaveLength(4);
    expect(pipes).toEqual(tabs);
  });
});
