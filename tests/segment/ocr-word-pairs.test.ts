// Word pairs in OCR'd ruled tables (src/segment/ocr/word-pairs.ts, ruled-cells.ts): a column's
// edge does not cut a word the table prints whole elsewhere, and a side cell wrapped mid-word
// ("Các doanh" ⏎ "nghiệp công" ⏎ "nghệ số") goes on in its own column, not in the task text.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/pipeline.js';
import { isWordPair, wordPairs } from '../../src/segment/ocr/word-pairs.js';

describe('word pairs', () => {
  const pairs = wordPairs([
    ['Hỗ', 'trợ', 'doanh', 'nghiệp', 'nhỏ'],
    ['các', 'doanh', 'nghiệp,', 'hợp', 'tác', 'xã'],
    ['bưu', 'chính', 'nghiệp', 'công'],
  ]);

  it('are pairs seen twice, whatever the OCR did to the marks', () => {
    expect(isWordPair(pairs, 'doanh', 'nghiệp')).toBe(true);
    expect(isWordPair(pairs, 'doanh', 'nghiep,')).toBe(true);
    expect(isWordPair(pairs, 'Doanh', 'nghiệp')).toBe(true);
  });

  it("are not pairs seen once (two columns glued) nor pairs across a clause's end", () => {
    expect(isWordPair(pairs, 'chính', 'nghiệp')).toBe(false);
    expect(isWordPair(pairs, 'nghiệp,', 'hợp')).toBe(false);
  });
});

// Made-up rows as tesseract prints a ruled table: the lead cell wraps mid-word beside the task text.
const TABLE = `PHỤ LỤC 04
PHÂN CÔNG NHIỆM VỤ
(Kèm theo Kế hoạch số 77/KH-UBND ngày 02 tháng 6 năm 2025)

TT Nội dung thực hiện Đơn vị chủ trì | Thời gian hoàn thành
1 |Các doanh nghiệp công nghệ số phối hợp xây Các doanh Năm 2025
dựng nền tảng thanh toán không dùng tiền mặt nghiệp công
cho người dân và doanh nghiệp trên địa bàn. nghệ số
2 |Hỗ trợ doanh nghiệp nhỏ tiếp cận công nghệ Các doanh Quý III/2025
số, đào tạo kỹ năng số cho người lao động nghiệp công
tại các khu công nghiệp của tỉnh. nghệ số
`;

describe('a lead cell wrapped mid-word', () => {
  const doc = parse(TABLE, { path: 'scan.txt', restore: 'never' });

  it('is read whole, and its pieces stay out of the task text', () => {
    expect(doc.tasks.map((t) => t.reader)).toEqual(['ocr-ruled-table', 'ocr-ruled-table']);
    expect(doc.tasks.map((t) => t.lead.map((a) => a.name))).toEqual([['Các doanh nghiệp công nghệ số'], ['Các doanh nghiệp công nghệ số']]);
    expect(doc.tasks[0]!.content).toBe(
      'Các doanh nghiệp công nghệ số phối hợp xây dựng nền tảng thanh toán không dùng tiền mặt cho người dân và doanh nghiệp trên địa bàn.',
    );
    expect(doc.tasks[1]!.content).toBe(
      'Hỗ trợ doanh nghiệp nhỏ tiếp cận công nghệ số, đào tạo kỹ năng số cho người lao động tại các khu công nghiệp của tỉnh.',
    );
    expect(doc.tasks[1]!.deadline?.text).toBe('Quý III/2025');
  });
});
