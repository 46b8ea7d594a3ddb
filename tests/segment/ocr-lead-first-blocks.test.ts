// A ruled table whose lead column comes first, read cell by cell (each cell a block between blank
// lines): the agency's block comes before its task text's, and opens the row the task text fills.
// Made-up cells, as the OCR reads a page below its header printed again.
import { describe, expect, it } from 'vitest';
import { blockRows, blocksOf } from '../../src/segment/ocr/ruled-blocks.js';
import type { LayoutLine } from '../../src/read/layout-line.js';

const layout = (texts: string[]): LayoutLine[] => texts.map((text, i) => ({ line: i + 1, text, tabLed: false, emphasis: false }));

const PAGE = [
  'Các Sở, ngành',
  'chủ trì, quản lý,',
  'tham gia thực',
  'hiện các dự án',
  '',
  'Báo cáo kết quả thực hiện đối với các dự',
  'án, tiểu dự án, nội dung thành phần thuộc',
  'Chương trình gửi Sở Tài chính tổng hợp,',
  'báo cáo theo quy định.',
  '',
  'Ủy ban Mặt',
  'trận Tổ quốc',
  'Việt Nam tỉnh',
  '',
  'Chỉ đạo các đơn vị liên quan giám sát việc',
  'thực hiện Chương trình theo quy định.',
];

describe('lead first, read cell by cell', () => {
  it("gives each agency's block to the task text below it", () => {
    const rows = blockRows(blocksOf(layout(PAGE)), ['lead', 'content', 'cooperating', 'deadline']);
    expect(rows.map((r) => [r.cells.get('lead')?.[0]?.slice(0, 13), r.cells.get('content')?.[0]?.slice(0, 20)])).toEqual([
      ['Các Sở, ngành', 'Báo cáo kết quả thực'],
      ['Ủy ban Mặt tr', 'Chỉ đạo các đơn vị l'],
    ]);
  });

  it('keeps the task text first where the header says so', () => {
    const rows = blockRows(blocksOf(layout(PAGE.slice(5))), ['content', 'lead', 'cooperating', 'deadline']);
    expect(rows.map((r) => r.cells.get('lead')?.[0]?.slice(0, 10))).toEqual(['Ủy ban Mặt', undefined]);
  });

  it('keeps an agency block after the task text in its row, as the cooperating cell', () => {
    const withCooperating = [...PAGE.slice(0, 10), 'Sở Tài chính', '', ...PAGE.slice(10)];
    const rows = blockRows(blocksOf(layout(withCooperating)), ['lead', 'content', 'cooperating', 'deadline']);
    expect(rows).toHaveLength(2);
    expect(rows[0]!.cells.get('cooperating')).toEqual(['Sở Tài chính']);
    expect(rows[1]!.cells.get('lead')?.[0]).toMatch(/^Ủy ban Mặt trận/u);
  });
});
