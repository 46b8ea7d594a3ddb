// No silent loss above an OCR'd table's first read row (issue 16 §5): a reader that took a later
// page's header for the table's drops every row above it. The appendix's region starts right below
// its first header, so the rows lost between that header and the first row read are reported.
// Made-up text, shaped as tesseract reads a ruled table cell by cell.
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { accountPlanLines } from '../../src/extract/accounting.js';
import type { Task } from '../../src/schema/document.js';
import { linesPosition, type Appendix, type Root, type Row } from '../../src/tree/types.js';

const lines = [
  'PHỤ LỤC 02', // 1
  '(Kèm theo Kế hoạch số 45/KH-UBND ngày 02 tháng 5 năm 2025)', // 2
  '', // 3
  'TT', // 4
  '', // 5
  'Nội dung công việc', // 6
  '', // 7
  'Cơ quan chủ trì', // 8
  '', // 9
  'Thời gian hoàn', // 10
  'thành', // 11
  '', // 12
  '1 Rà soát quy trình nội bộ giải quyết thủ tục', // 13: lost by the reader
  'hành chính cấp huyện Sở Nội vụ Quý II', // 14: lost by the reader
  '', // 15
  '2', // 16
  '', // 17
  'Nội dung công việc Cơ quan chủ trì Thời gian hoàn thành', // 18: the next page's header
  '', // 19
  '3 Cập nhật cơ sở dữ liệu cán bộ công chức Sở Tư pháp Năm 2025', // 20: the first row read
  '', // 21
  '4 Tập huấn kỹ năng số cho cán bộ một cửa Văn phòng UBND tỉnh Quý IV', // 22
];

const row = (ordinal: string, line: number): Row => ({
  type: 'row',
  ordinal,
  confidence: 0.6,
  reader: 'ocr-ruled-table',
  children: [],
  position: linesPosition(line, line),
});

const task = (ordinal: string, line: number): Task => ({
  id: `PL-02/${ordinal}`,
  appendix: '02',
  ordinal,
  content: lines[line - 1]!,
  target: null,
  products: [],
  lead: [],
  cooperating: [],
  deadline: null,
  confidence: 0.6,
  reader: 'ocr-ruled-table',
  source: { startLine: line, endLine: line },
});

function account(reader: string) {
  const appendix: Appendix = {
    type: 'appendix',
    label: '02',
    title: '',
    reader,
    children: [row('3', 20), row('4', 22)],
    position: linesPosition(1, lines.length),
  };
  const tree: Root = { type: 'root', children: [appendix] };
  const file = new VFile();
  accountPlanLines(tree, [task('3', 20), task('4', 22)], [...lines], file);
  return file.messages.filter((m) => m.ruleId?.startsWith('plan-lines-'));
}

describe("rows lost above an OCR'd table's first read row", () => {
  it('are reported as unread, from below the first header on', () => {
    const reported = account('ocr-ruled-table');
    const unread = reported.filter((m) => m.ruleId === 'plan-lines-unread');
    expect(
      unread.map((m) => [m.place && 'start' in m.place ? m.place.start.line : 0, m.place && 'end' in m.place ? m.place.end.line : 0]),
    ).toEqual([[13, 14]]);
    expect(unread[0]!.message).toBe('lines 13–14 of Phụ lục 02 are in no task: no reader read them as a task');
    // The label, the reference line under it and the header are no task's text: never reported.
    expect(reported.filter((m) => m.place && 'start' in m.place && m.place.start.line < 13)).toEqual([]);
  });

  it('a clean table keeps its region from its first row (its reader read it whole)', () => {
    expect(account('tab-cells')).toEqual([]);
  });
});
