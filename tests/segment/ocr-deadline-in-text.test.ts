// An OCR'd ruled table's row whose deadline cell was read empty takes the deadline its task text
// states (src/segment/ocr/cell-row.ts), but not "Thường xuyên" there: in a sentence it is an
// adverb ("Thường xuyên rà soát …"), a deadline only as a cell of its own.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/pipeline.js';

// Made-up rows, printed as tesseract prints such pages: the last two rows' deadline cells empty.
const TABLE = `PHỤ LỤC 05
NHIỆM VỤ TRỌNG TÂM
(Kèm theo Kế hoạch số 31/KH-UBND ngày 12 tháng 2 năm 2025)

TT Nội dung công việc Cơ quan chủ trì Thời gian hoàn thành
1 |Xây dựng kế hoạch chuyển đổi số của ngành |Sở Khoa học và Quý II/2025
y tế giai đoạn 2025-2030. Công nghệ
2 |Thường xuyên rà soát, cập nhật dữ liệu đối |Sở Y tế
tượng hưởng chính sách trên hệ thống.
3 |Tổng hợp, báo cáo kết quả thực hiện kế hoạch |Sở Nội vụ
năm 2025 chậm nhất trước ngày 15/12/2025.
`;

describe('a deadline the task text states', () => {
  const doc = parse(TABLE, { path: 'scan.txt', restore: 'never' });

  it('is read where the deadline cell is empty', () => {
    expect(doc.tasks.map((t) => t.reader)).toEqual(['ocr-ruled-table', 'ocr-ruled-table', 'ocr-ruled-table']);
    expect(doc.tasks[0]!.deadline?.text).toBe('Quý II/2025');
    expect(doc.tasks[2]!.deadline?.text).toBe('Trước ngày 15/12/2025');
  });

  it('is not "Thường xuyên" opening the task text', () => {
    expect(doc.tasks[1]!.content).toMatch(/^Thường xuyên rà soát/u);
    expect(doc.tasks[1]!.deadline).toBeNull();
  });
});
