// A ruled table read across whose rows lost their numbers (the number column printed empty, or
// OCR'd to nothing): a row opens on a line below one whose wide cells ended, where the task text
// ended a sentence short of the line with only a side cell's words after it ("… hiệu quả; quản")
// or ended the line, and the line opens a task text that goes on to an agency's name far along
// it, or with a task's usual first words (src/segment/ocr/ruled-table.ts findRows).
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/pipeline.js';

// Made-up rows, printed as tesseract prints such pages.
const TABLE = `PHỤ LỤC 03
PHÂN CÔNG THỰC HIỆN
(Kèm theo Kế hoạch số 77/KH-UBND ngày 20 tháng 5 năm 2025)

Nội dung thực hiện Cơ quan chủ trì Cơ quan phối hợp
Chủ trì, phối hợp với các sở, ngành liên quan hướng | Sở Tư pháp |- Các sở, ban,
dẫn, kiểm tra việc thực hiện kế hoạch bảo đảm đúng tiến ngành liên
độ, chất lượng và hiệu quả; quan
Căn cứ kết quả rà soát xây dựng bộ tiêu chí đánh giá Sở Nội vụ
mức độ hoàn thành nhiệm vụ của các cơ quan, đơn vị
trong năm;
Tổ chức tập huấn nghiệp vụ cho đội ngũ công chức làm Sở Tư pháp Trường Chính trị
công tác pháp chế tại các sở, ngành và địa phương.
Tham mưu Ủy ban nhân dân tỉnh sơ kết việc thực hiện Sở Tư pháp
Kế hoạch này.
`;

describe('rows without numbers in a ruled table read across', () => {
  const doc = parse(TABLE, { path: 'scan.txt', restore: 'never' });

  it('opens a row below a task text that ended', () => {
    expect(new Set(doc.tasks.map((t) => t.reader))).toEqual(new Set(['ocr-ruled-table']));
    expect(doc.tasks.map((t) => t.content.slice(0, 20))).toEqual([
      'Chủ trì, phối hợp vớ',
      'Căn cứ kết quả rà so',
      'Tổ chức tập huấn ngh',
      'Tham mưu Ủy ban nhân',
    ]);
  });

  it('keeps a task text that ends a line without its sentence ending in one row', () => {
    expect(doc.tasks[1]!.content).toBe(
      'Căn cứ kết quả rà soát xây dựng bộ tiêu chí đánh giá mức độ hoàn thành nhiệm vụ của các cơ quan, đơn vị trong năm;',
    );
    expect(doc.tasks[1]!.lead.map((a) => a.name)).toEqual(['Sở Nội vụ']);
  });
});
