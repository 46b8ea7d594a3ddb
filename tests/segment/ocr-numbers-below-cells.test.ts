// A ruled table whose first page the OCR read cell by cell (its header a block a cell, the rows'
// numbers lost) and whose next page it read across, the numbers on their rows' first lines from
// 3 on: the ruled reader's (src/segment/ocr/ruled-table.ts), each numbered line opening its row,
// not the interleaved reader's, which reads numbers from 1 printed half-way down their rows.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/pipeline.js';

// Made-up rows, printed as tesseract prints such pages.
const TABLE = `PHỤ LỤC 01
CÁC NHIỆM VỤ TRỌNG TÂM
(Kèm theo Kế hoạch số 12/KH-UBND ngày 10 tháng 3 năm 2025)

TT

Nhiệm vụ

Cơ quan chủ trì

Thời gian hoàn
thành

Xây dựng kế hoạch kiểm tra công tác cải cách
hành chính tại các cơ quan, đơn vị trên địa
bàn tỉnh năm 2025.

Sở Nội vụ

Quý II/2025

Rà soát, công bố danh mục thủ tục hành chính
được tiếp nhận trực tuyến toàn trình trên
Cổng dịch vụ công của tỉnh.

Văn phòng UBND tỉnh

Tháng 6/2025


TT Nhiệm vụ Cơ quan chủ trì Thời gian hoàn thành
3 |Tổ chức tập huấn kỹ năng số cho công chức |Sở Khoa học và Năm 2025
làm công tác một cửa ở cấp xã. Công nghệ
4 |Triển khai chữ ký số trong xử lý văn bản |Sở Khoa học và Quý III/2025
điện tử của các cơ quan hành chính. Công nghệ
5 |Đánh giá, xếp hạng chỉ số cải cách hành |Sở Nội vụ Tháng 12/2025
chính của các sở, ngành năm 2025.
6 |Tuyên truyền kết quả cải cách hành chính |Sở Văn hóa, Thể Năm 2025
trên các phương tiện thông tin đại chúng. thao và Du lịch
`;

describe('numbered rows read across below a page read cell by cell', () => {
  const doc = parse(TABLE, { path: 'scan.txt', restore: 'never' });

  it('reads every row, each numbered line opening its own', () => {
    expect(new Set(doc.tasks.map((t) => t.reader))).toEqual(new Set(['ocr-ruled-table']));
    expect(doc.tasks.map((t) => t.content.slice(0, 20))).toEqual([
      'Xây dựng kế hoạch ki',
      'Rà soát, công bố dan',
      'Tổ chức tập huấn kỹ ',
      'Triển khai chữ ký số',
      'Đánh giá, xếp hạng c',
      'Tuyên truyền kết quả',
    ]);
  });

  it('reads their cells', () => {
    expect(doc.tasks[4]!.content).toBe('Đánh giá, xếp hạng chỉ số cải cách hành chính của các sở, ngành năm 2025.');
    expect(doc.tasks[4]!.deadline?.text).toBe('Tháng 12/2025');
  });
});
