// An OCR'd ruled table whose header's last words the OCR read below it, garbled, above the first
// row's number (src/segment/ocr/ruled-table.ts): those short lines are no row, the numbered rows
// keep their numbers, and a note says which lines were left out. Made-up rows in the shape of a
// simulated scan (dev-10).
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/pipeline.js';

const read = (text: string) => parse(text, { path: 'scan.txt', restore: 'never' });

const LEFT_ABOVE = `PHỤ LỤC 02
CÁC NHIỆM VỤ TRỌNG TÂM
(Kèm theo Kế hoạch số 45/KH-UBND ngày 2 tháng 6 năm 2025)

TT Nhiệm vụ | Sản phẩm/Kết | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn
Ỗ ¬ BA ành
quả thực hiện| thực hiện
1 |Xây dựng cơ sở dữ liệu cán bộ, |Báo cáo |Sở Nội vụ |Các sở, ban, Quý III/2025
công chức của tỉnh, kết nối với ngành
hệ thống quốc gia.
2 |Rà soát quy trình nội bộ giải quyết |Quy trình |Sở Tư pháp |Các cơ quan Năm 2025
thủ tục hành chính của các cơ quan liên quan
chuyên môn.
3 |Tổ chức đối thoại với doanh nghiệp |Báo cáo |Sở Tài chính |Hiệp hội Năm 2026
về thủ tục hành chính trong lĩnh doanh nghiệp
vực đầu tư.
`;

describe('an OCR’d ruled table with its header’s last words left above row 1', () => {
  const doc = read(LEFT_ABOVE);

  it('reads no row from them, and the rows keep their numbers', () => {
    expect(doc.tasks.map((t) => t.ordinal)).toEqual(['1', '2', '3']);
    expect(doc.tasks[0]!.content).toBe('Xây dựng cơ sở dữ liệu cán bộ, công chức của tỉnh, kết nối với hệ thống quốc gia.');
    expect(doc.tasks.map((t) => t.lead.map((a) => a.name))).toEqual([['Sở Nội vụ'], ['Sở Tư pháp'], ['Sở Tài chính']]);
  });

  it('says which lines it left out', () => {
    const note = doc.diagnostics.find((d) => d.ruleId === 'cchc-segment:ocr-lines-left-out');
    expect(note?.message).toContain('2 short line(s) above row 1');
    expect([note?.line, note?.endLine]).toEqual([6, 7]);
  });
});
