// Inputs that once cost the square of their size or worse: each must end in a few seconds
// with the same reading as before on ordinary sizes.
import { describe, expect, it } from 'vitest';
import { findAgencies } from '../../src/segment/ocr/agencies.js';
import { parse } from '../../src/pipeline.js';

const CELL = 'Sở Nội vụ; UBND cấp huyện; Sở Tư pháp chủ trì phối hợp các sở ban ngành Văn phòng UBND tỉnh Sở Thông tin và Truyền thông ';

const seconds = (start: number) => (performance.now() - start) / 1000;

describe('hostile sizes', () => {
  it('reads the agencies of a 58 KB OCR\'d cell in seconds (matchNear was 33 s and more)', () => {
    const text = CELL.repeat(Math.ceil((58 * 1024) / CELL.length));
    const start = performance.now();
    const found = findAgencies(text);
    expect(seconds(start)).toBeLessThan(15);
    expect(found.map((f) => f.id)).toEqual(expect.arrayContaining(findAgencies(CELL).map((f) => f.id)));
  });

  it('joins 5,000 wrapped lines without full stops in seconds (isAllCaps over the paragraph was 20 s)', () => {
    const head = 'ỦY BAN NHÂN DÂN\nTỈNH THANH HÓA\nSố: 12/QĐ-UBND\nQUYẾT ĐỊNH\nBan hành Kế hoạch cải cách hành chính năm 2023\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch\n';
    const body = Array.from({ length: 5000 }, (_, i) => `rà soát văn bản quy phạm pháp luật của tỉnh ở dòng ${i} và tiếp-`).join('\n');
    const start = performance.now();
    const doc = parse(head + body + '\ntục.', { path: 'wrapped.txt', restore: 'never' });
    expect(seconds(start)).toBeLessThan(10);
    const article = doc.decision.articles[0]!;
    // One paragraph: every wrapped line joined, the hyphen across each break mended.
    expect(article.source.endLine).toBe(6 + 5000 + 1);
    expect(article.text).toContain('ở dòng 0 và tiếprà soát');
    expect(article.text.endsWith('dòng 4999 và tiếptục.')).toBe(true);
  });
});

describe('what reaches remark and rehype is bounded', () => {
  const head = '# QUYẾT ĐỊNH\n\n**Số: 12/QĐ-UBND**\n\n**Ban hành Kế hoạch cải cách hành chính năm 2023**\n\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch.\n\n';
  const overLimit = (doc: ReturnType<typeof parse>) => doc.diagnostics.filter((d) => d.ruleId === 'cchc-segment:over-limit');

  it('25,000 nested list markers in a 50 KB .md: read as the plain text it holds, with a diagnostic', () => {
    const start = performance.now();
    const doc = parse(`${head}${'- '.repeat(25_000)}Rà soát thủ tục hành chính.\n`, { path: 'nested.md', restore: 'never' });
    expect(seconds(start)).toBeLessThan(10);
    expect(overLimit(doc)).toEqual([expect.objectContaining({ line: 9, message: expect.stringMatching(/^read as plain text: 25000 nested list or quote markers/) })]);
    expect(doc.decision.number).toBe('12/QĐ-UBND');
  });

  it('<table> nested 10,000 deep in a cell, of a pipe table and of a tab-separated row', () => {
    const deep = '<table><tr><td>'.repeat(10_000) + 'Sở Nội vụ';
    for (const [name, table, reason] of [
      // A pipe row that long is not given to remark at all; a tab-separated row is read, its deep cell as text.
      ['pipe.md', `| TT | Nội dung | Chủ trì |\n|---|---|---|\n| 1 | Rà soát thủ tục | ${deep} |\n`, /^read as plain text: a line of 150035 characters/],
      ['tabs.md', `STT\tNội dung\tChủ trì\n1\tRà soát thủ tục\t${deep}\n`, /^read as plain text: HTML nested 30000 deep in a table cell/],
    ] as const) {
      const start = performance.now();
      const doc = parse(`${head}Phụ lục số I. NHIỆM VỤ\n\n${table}`, { path: name, restore: 'never' });
      expect(seconds(start), name).toBeLessThan(10);
      expect(overLimit(doc).map((d) => d.message), name).toEqual([expect.stringMatching(reason)]);
    }
  });
});

describe('a long Markdown document', () => {
  it('is read in stretches: forty copies of a plan lay out as forty times the one, in near-linear time', async () => {
    const { markdownLayout } = await import('../../src/segment/markdown-layout.js');
    const { readFileSync } = await import('node:fs');
    const { fixturePath } = await import('../helpers/shared.js');
    const one = readFileSync(fixturePath('clean-plan.md'), 'utf8').replace(/\n*$/u, '\n');
    const lines = one.split('\n').length - 1;
    const single = markdownLayout(one);
    const start = performance.now();
    const many = markdownLayout(one.repeat(40));
    expect(seconds(start)).toBeLessThan(20);
    expect(lines * 40).toBeGreaterThan(2000); // more than one stretch
    const expected = Array.from({ length: 40 }, (_, k) => single.filter((l) => l.line <= lines).map((l) => ({ ...l, line: l.line + k * lines })));
    expect(many.filter((l) => l.line <= 40 * lines)).toEqual(expected.flat());
  });
});
