// Correction's bars against the signs of OCR a text shows (restore/correct.ts's oddsDiscount): a
// text that shows OCR strongly gets words corrected on less evidence than a scan with no sign of
// OCR; clean text, which the screen lets through at most at its bar, keeps the full bars.
import { describe, expect, it } from 'vitest';
import { defaultRestorer, restore } from '../../src/default-restorer.js';
import { MAX_DISCOUNT, NON_WORD_MARGIN, oddsDiscount, WORD_MARGIN } from '../../src/restore/correct.js';
import { MARKS_PER_THOUSAND_TOKENS, signsPerThousand } from '../../src/restore/ocr-signs.js';

describe('oddsDiscount', () => {
  it('is nothing at the screen bar or under it, the log of the signs over the bar above it, and at most MAX_DISCOUNT', () => {
    expect(oddsDiscount(0)).toBe(0);
    expect(oddsDiscount(MARKS_PER_THOUSAND_TOKENS)).toBe(0);
    expect(oddsDiscount(NaN)).toBe(0);
    expect(oddsDiscount(20 * MARKS_PER_THOUSAND_TOKENS)).toBeCloseTo(Math.log(20), 10);
    expect(oddsDiscount(10_000)).toBe(MAX_DISCOUNT);
    // The bars never come down to even odds.
    expect(NON_WORD_MARGIN - MAX_DISCOUNT).toBeGreaterThan(0);
    expect(WORD_MARGIN - MAX_DISCOUNT).toBeGreaterThan(NON_WORD_MARGIN);
  });
});

// Made-up words a Vietnamese-aware OCR misread as other words, each under the full word bar.
const misread = [
  'QUYẾT ĐỊNH BAN HÀNH QUY ĐỊNH CỤ THẾ VỀ PHÂN CẤP QUẢN LÝ',
  'Phòng Tài chính tổng hợp lý kiến của các xã và báo cáo Ủy ban nhân dân huyện.',
];
// The same lines among lines with slips typing hardly makes: a syllable glued to a number, case
// changing inside a word.
const withSigns = [
  misread[0],
  'Căn cứ Quyết định số 12/QĐ-UBND ngày 05 tháng11 năm 2024 của Ủy ban nhân dân tỉnh;',
  misread[1],
  'Kinh phí thực hiện do ngân sách Nhà nƯƠC bảo đảm.',
].join('\n');

describe('correction of near-correct OCR by its signs', () => {
  it('keeps a misread word that is a valid syllable in a scan that shows no sign of OCR', () => {
    const text = misread.join('\n');
    expect(signsPerThousand(text)).toBe(0);
    const read = defaultRestorer().restore(text, { mode: 'auto', readByOcr: true });
    expect(read.restoration.scope).toBe('words');
    expect(read.text).toBe(text);
  });

  it('corrects the same words where the text shows OCR strongly, and says what each was', () => {
    expect(signsPerThousand(withSigns)).toBeGreaterThan(10 * MARKS_PER_THOUSAND_TOKENS);
    const result = restore(withSigns, 'auto');
    expect(result.text).toContain('QUY ĐỊNH CỤ THỂ VỀ');
    expect(result.text).toContain('tổng hợp ý kiến của các xã');
    expect(result.text).toContain('ngân sách Nhà nước');
    expect(result.restoration.changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ line: 1, original: 'THẾ', restored: 'THỂ' }),
        expect.objectContaining({ line: 3, original: 'lý', restored: 'ý' }),
      ]),
    );
    // The words it reads right stay as printed.
    expect(result.text.split('\n')[1]).toBe(withSigns.split('\n')[1]);
    expect(defaultRestorer().restoreText(withSigns, { mode: 'auto' })).toBe(result.text);
  });
});
