// A ruled table read across the page with a blank line between its lines (the OCR double-spaced
// them; the number column lost): blocks of one wide line, which no table read cell by cell makes
// (src/segment/ocr/ruled-blocks.ts), so its lines are cut into their columns as read across.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/pipeline.js';
import { textLayout } from '../../src/segment/index.js';
import { blocksOf, readsCellByCell } from '../../src/segment/ocr/ruled-blocks.js';

// Made-up rows, printed as tesseract prints such a page: cells side by side, some rules read as "|".
const BODY = `Rà soát, đơn giản hóa thủ tục hành chính trong lĩnh 2025-2026 |Sở Tư pháp |- Viện,

vực đất đai, xây dựng và đầu tư trên địa bàn tỉnh Trường

và công bố công khai. - Sở, ban,
ngành có liên
quan

Tổ chức tập huấn kỹ năng số cho cán bộ, công chức Năm 2025 |Sở Nội vụ |- Doanh

cấp xã làm công tác tiếp nhận hồ sơ và trả kết nghiệp

quả một cửa. - Sở, ban,
ngành có liên
quan

Triển khai chữ ký số trong xử lý văn bản điện tử 2025-2030 |Sở Khoa học và |- Viện,

của các cơ quan hành chính nhà nước các cấp, Công nghệ Trường

bảo đảm an toàn. - Sở, ban,
ngành có liên
quan

Xây dựng cơ sở dữ liệu hộ tịch điện tử dùng chung 2025-2027 |Sở Tư pháp |- Doanh

trên toàn tỉnh, kết nối với cơ sở dữ liệu quốc nghiệp

gia về dân cư. - Sở, ban,
ngành có liên
quan
`;

const TABLE = `PHỤ LỤC 02
KẾ HOẠCH TRIỂN KHAI CÁC NHIỆM VỤ
(Kèm theo Kế hoạch số 12/KH-UBND ngày 10 tháng 3 năm 2025)

Tên nhiệm vụ Thời gian hoàn thành | Đơn vị thực hiện | Cơ quan phối hợp
thực hiện

${BODY}`;

describe('a ruled table read across, double-spaced', () => {
  it('is not taken for a table read cell by cell', () => {
    expect(readsCellByCell(blocksOf(textLayout(BODY)), true)).toBe(false);
  });

  it("cuts each row's lines into its columns", () => {
    const doc = parse(TABLE, { path: 'scan.txt', restore: 'never' });
    expect(doc.tasks).toHaveLength(4);
    expect(doc.tasks[0]!.content).toBe(
      'Rà soát, đơn giản hóa thủ tục hành chính trong lĩnh vực đất đai, xây dựng và đầu tư trên địa bàn tỉnh và công bố công khai.',
    );
    expect(doc.tasks.map((t) => t.deadline?.text)).toEqual(['2025-2026', 'Năm 2025', '2025-2030', '2025-2027']);
    expect(doc.tasks[1]!.lead.map((a) => a.name)).toEqual(['Sở Nội vụ']);
  });
});
