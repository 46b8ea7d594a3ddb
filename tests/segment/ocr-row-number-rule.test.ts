// A row number whose rule the OCR read as "_" glued to it ("2_ |Rà soát …"): still the row's
// number (src/segment/ocr/ruled-cells.ts, row-starts.ts), so the row opens there.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/pipeline.js';
import { lineTokens } from '../../src/segment/ocr/ruled-cells.js';
import { rowNumberOf } from '../../src/segment/ocr/row-starts.js';

// Made-up rows, printed as tesseract prints a ruled table: cells side by side, rules read as "|" or "_".
const TABLE = `PHỤ LỤC 01
DANH MỤC NHIỆM VỤ
(Kèm theo Kế hoạch số 12/KH-UBND ngày 10 tháng 3 năm 2025)

STT Nội dung thực hiện Cơ quan chủ trì Thời gian hoàn thành
1 |Xây dựng kế hoạch kiểm tra công tác cải cách |Sở Nội vụ Quý II/2025
hành chính tại các cơ quan, đơn vị trên địa
2_ |Rà soát, công bố danh mục thủ tục hành |Sở Tư pháp Tháng 6/2025
chính được tiếp nhận trực tuyến toàn trình
3_ |Tổ chức tập huấn kỹ năng số cho công chức |Sở Khoa học và Năm 2025
làm công tác một cửa ở cấp xã Công nghệ
`;

describe('a row number with its rule read as "_"', () => {
  it('is read as the row number', () => {
    expect(lineTokens('9_ |Báo cáo kết quả thực hiện').number).toBe(9);
    expect(rowNumberOf('2_ |Rà soát, công bố')).toEqual({ value: 2, rest: 'Rà soát, công bố' });
    expect(rowNumberOf('2025_ |Năm')).toBeNull();
  });

  it('opens its row, the number left out of the task text', () => {
    const doc = parse(TABLE, { path: 'scan.txt', restore: 'never' });
    expect(doc.tasks.map((t) => t.ordinal)).toEqual(['1', '2', '3']);
    expect(doc.tasks[1]!.content).toBe('Rà soát, công bố danh mục thủ tục hành chính được tiếp nhận trực tuyến toàn trình');
    expect(doc.tasks[2]!.deadline?.text).toBe('Năm 2025');
  });
});
