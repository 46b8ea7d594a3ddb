// Correction (auto on text that kept its marks): a printed syllable the language model never saw
// ("phãm", "nuồi": the letters of a word with a mark misread) takes the non-word bar, not the word
// bar, in a text that shows OCR; a rare real word the model never saw either stays where the
// evidence is weak ("ngây thơ", "xóc nảy"). Invented lines.
import { describe, expect, it } from 'vitest';
import { defaultRestorer } from '../../src/default-restorer.js';
import { MARKS_PER_THOUSAND_TOKENS, signsPerThousand } from '../../src/restore/ocr-signs.js';

const lines = [
  'Căn cứ Quyết định số 12/QĐ-UBND ngày 05 tháng11 năm 2024 của Ủy ban nhân dân tỉnh;',
  'Các sản phãm chủ yếu được giao cho Sở Tài chính thực hiện.',
  'Hỗ trợ người nuồi trồng thủy sản khắc phục thiệt hại.',
  'Trẻ em còn ngây thơ, cần được gia đình và nhà trường bảo vệ.',
  'Xe chở hàng bị xóc nảy trên đường đèo.',
  'Kinh phí thực hiện do ngân sách Nhà nƯƠC bảo đảm.',
];

describe('a syllable the language model never saw, in near-correct OCR', () => {
  it('is corrected at the non-word bar where the text shows OCR; rare real words stay', () => {
    const text = lines.join('\n');
    expect(signsPerThousand(text)).toBeGreaterThan(10 * MARKS_PER_THOUSAND_TOKENS);
    const result = defaultRestorer().restore(text, { mode: 'auto' });
    const out = result.text.split('\n');
    expect(out[1]).toBe('Các sản phẩm chủ yếu được giao cho Sở Tài chính thực hiện.');
    expect(out[2]).toBe('Hỗ trợ người nuôi trồng thủy sản khắc phục thiệt hại.');
    expect(out[3]).toBe(lines[3]);
    expect(out[4]).toBe(lines[4]);
    expect(out[0]).toBe(lines[0]);
    expect(result.restoration.changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ line: 2, original: 'phãm', restored: 'phẩm' }),
        expect.objectContaining({ line: 3, original: 'nuồi', restored: 'nuôi' }),
      ]),
    );
  });

  it('leaves the same lines as they are in a scan read by OCR that shows no sign of it (the full non-word bar)', () => {
    const text = lines.slice(1, 5).join('\n');
    expect(signsPerThousand(text)).toBe(0);
    const read = defaultRestorer().restore(text, { mode: 'auto', readByOcr: true });
    expect(read.restoration.scope).toBe('words');
    expect(read.text).toBe(text);
  });
});
