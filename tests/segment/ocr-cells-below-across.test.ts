// A ruled table whose header the OCR read cell by cell, its first page across (the rows' numbers
// opening their lines' text) and the next page cell by cell again, under its header printed
// again: the first page is read across, row by row, and the page below it block by block
// (src/segment/ocr/ruled-table.ts), not the whole body as blocks, which joins the first page's
// rows into one.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/pipeline.js';

// Made-up rows, printed as tesseract prints such pages.
const TABLE = `PHỤ LỤC 02
NHIỆM VỤ CỤ THỂ
(Kèm theo Kế hoạch số 45/KH-UBND ngày 02 tháng 4 năm 2025)

STT

Nội dung công việc

Cơ quan chủ trì

Thời hạn hoàn
thành

1 |Rà soát danh sách đối tượng hưởng chính sách |Sở Y tế Quý II/2025
trợ giúp xã hội trên địa bàn tỉnh.
2 |Hướng dẫn các xã, phường mở tài khoản cho |Ngân hàng Nhà nước Năm 2025
người hưởng trợ cấp, chi trả qua ngân hàng. chi nhánh khu vực 9
3 |Tổ chức tuyên truyền lợi ích của việc chi |Sở Văn hóa, Thể Thường xuyên
trả không dùng tiền mặt đến người dân. thao và Du lịch


STT

Nội dung công việc

Cơ quan chủ trì

Thời hạn hoàn
thành

Cập nhật dữ liệu đối tượng bảo trợ xã hội trên
hệ thống phần mềm trực tuyến của ngành.

Ủy ban nhân dân xã,
phường

Hằng tháng

Tổng hợp kết quả chi trả không dùng tiền mặt,
báo cáo Ủy ban nhân dân tỉnh.

Sở Y tế

Tháng 12/2025
`;

describe('a page read cell by cell below a first page read across', () => {
  const doc = parse(TABLE, { path: 'scan.txt', restore: 'never' });

  it('reads every row, the first page line by line and the next block by block', () => {
    expect(new Set(doc.tasks.map((t) => t.reader))).toEqual(new Set(['ocr-ruled-table']));
    expect(doc.tasks.map((t) => t.content.slice(0, 20))).toEqual([
      'Rà soát danh sách đố',
      'Hướng dẫn các xã, ph',
      'Tổ chức tuyên truyền',
      'Cập nhật dữ liệu đối',
      'Tổng hợp kết quả chi',
    ]);
  });

  it('reads the cells of the rows below the page header', () => {
    expect(doc.tasks[3]!.lead.map((a) => a.name)).toEqual(['Ủy ban nhân dân xã, phường']);
    expect(doc.tasks[4]!.deadline?.text).toBe('Tháng 12/2025');
  });
});
