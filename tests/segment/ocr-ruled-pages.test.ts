// An OCR'd ruled table whose pages the OCR read two ways (src/segment/ocr/ruled-table.ts,
// ruled-header.ts): the first page across, line by line, under a header naming its columns on one
// line; the next page cell by cell, its header printed again one cell a block. Each page is read
// the way the OCR read it, and a row whose first line names two columns in header words ("Chủ
// trì, phối hợp …") is a row, not the header printed again. Made-up rows in that shape.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/pipeline.js';
import { ruledTableFirstPage } from '../helpers/ocr-fixtures.js';

const names = (list: Array<{ name: string }>) => list.map((a) => a.name);
const read = (text: string) => parse(text, { path: 'scan.txt', restore: 'never' });

const TWO_WAYS = `${ruledTableFirstPage('02')}

Nội dung thực hiện

Cơ quan chủ trì

Cơ quan phối hợp

Thời gian hoàn
thành

Chủ trì, phối hợp các đơn vị liên quan
rà soát, cắt giảm thành phần hồ sơ thủ tục
hành chính trong lĩnh vực đất đai.

Sở Nông nghiệp và
Môi trường

Ủy ban nhân dân
cấp xã

Quý IV/2025

Tổ chức đối thoại với doanh nghiệp về thủ
tục hành chính trong lĩnh vực đầu tư.

Sở Tài chính

Năm 2026
`;

describe('an OCR’d table read across on one page and cell by cell on the next', () => {
  const doc = read(TWO_WAYS);

  it('reads each page the way the OCR read it', () => {
    expect(doc.tasks.map((t) => t.reader)).toEqual(['ocr-ruled-table', 'ocr-ruled-table', 'ocr-ruled-table', 'ocr-ruled-table']);
    expect(doc.tasks.map((t) => names(t.lead))).toEqual([
      ['Sở Nội vụ'],
      ['Sở Tư pháp'],
      ['Sở Nông nghiệp và Môi trường'],
      ['Sở Tài chính'],
    ]);
    expect(doc.tasks[1]!.content).toBe('Rà soát quy trình nội bộ giải quyết thủ tục hành chính của các cơ quan chuyên môn.');
    expect(doc.tasks[3]!.deadline?.text).toBe('Năm 2026');
  });

  it('keeps a row whose first line names two columns in header words', () => {
    expect(doc.tasks[2]!.content).toBe(
      'Chủ trì, phối hợp các đơn vị liên quan rà soát, cắt giảm thành phần hồ sơ thủ tục hành chính trong lĩnh vực đất đai.',
    );
    expect(doc.tasks[2]!.deadline?.text).toBe('Quý IV/2025');
  });
});

// A third page read across again, under the header printed again across the page: its rows are
// cut into their cells, not taken whole as task-text blocks (the row number and the agencies in
// the task text).
const ACROSS_AGAIN = `${TWO_WAYS}

Nội dung thực hiện | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn
thành
5 |Kiểm tra việc công khai thủ tục hành chính |Sở Tư pháp |Các sở, ban, Quý II/2026
tại bộ phận một cửa các cấp. ngành
6 |Đánh giá mức độ hài lòng của người dân |Sở Nội vụ |Ủy ban nhân dân Năm 2026
đối với dịch vụ hành chính công. cấp xã
`;

describe('an OCR’d table read cell by cell on one page and across on the next', () => {
  const doc = read(ACROSS_AGAIN);

  it('cuts the rows below the header printed across into their cells', () => {
    expect(doc.tasks.map((t) => names(t.lead))).toEqual([
      ['Sở Nội vụ'],
      ['Sở Tư pháp'],
      ['Sở Nông nghiệp và Môi trường'],
      ['Sở Tài chính'],
      ['Sở Tư pháp'],
      ['Sở Nội vụ'],
    ]);
    expect(doc.tasks[4]!.content).toBe('Kiểm tra việc công khai thủ tục hành chính tại bộ phận một cửa các cấp.');
    expect(doc.tasks[5]!.content).toBe('Đánh giá mức độ hài lòng của người dân đối với dịch vụ hành chính công.');
    expect(doc.tasks[5]!.deadline?.text).toBe('Năm 2026');
  });
});

// A table read cell by cell under its header, one cell a block, whose next page the OCR read
// across: the rows there open with their numbers, the next in sequence, on lines wider than the
// task texts above. Those rows are cut into cells, each its own row.
const CELL_BY_CELL_THEN_NUMBERED = `PHỤ LỤC 03
KẾ HOẠCH TRIỂN KHAI
(Kèm theo Kế hoạch số 45/KH-UBND ngày 2 tháng 6 năm 2025)

STT

Tên nhiệm vụ

Đơn vị chủ trì

Thời gian thực
hiện

Các cơ quan, đơn vị tổ chức quán triệt kế
hoạch đến cán bộ, công chức của mình.

Sở Nội vụ

Quý I/2025

Đài Phát thanh và Truyền hình tỉnh mở
chuyên mục tuyên truyền về kế hoạch.

Sở Văn hóa, Thể thao
và Du lịch

Quý II/2025

Các địa phương báo cáo kết quả thực hiện
định kỳ hằng quý, gửi về Sở Nội vụ.

Sở Tài chính

Năm 2025


STT

Tên nhiệm vụ

Đơn vị chủ trì

Thời gian thực

hiện
4 |Các đơn vị chuyên môn theo dõi, đôn đốc việc thực |Sở Tư pháp |Quý III/2025
hiện kế hoạch tại cơ quan, đơn vị và địa phương.
5 |Ban Chỉ đạo tỉnh sơ kết, đánh giá kết quả và đề |Sở Nội vụ |Năm 2026
xuất khen thưởng các tập thể, cá nhân tiêu biểu.
`;

describe('an OCR’d table read cell by cell, then its rows read across by their numbers', () => {
  const doc = read(CELL_BY_CELL_THEN_NUMBERED);

  it('reads each numbered row across, as a row of its own', () => {
    expect(doc.tasks.map((t) => names(t.lead))).toEqual([
      ['Sở Nội vụ'],
      ['Sở Văn hóa, Thể thao và Du lịch'],
      ['Sở Tài chính'],
      ['Sở Tư pháp'],
      ['Sở Nội vụ'],
    ]);
    expect(doc.tasks[3]!.content).toBe(
      'Các đơn vị chuyên môn theo dõi, đôn đốc việc thực hiện kế hoạch tại cơ quan, đơn vị và địa phương.',
    );
    expect(doc.tasks[4]!.content).toBe('Ban Chỉ đạo tỉnh sơ kết, đánh giá kết quả và đề xuất khen thưởng các tập thể, cá nhân tiêu biểu.');
    expect(doc.tasks[4]!.deadline?.text).toBe('Năm 2026');
  });
});
