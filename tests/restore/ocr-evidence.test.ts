// Evidence that a diacritised text is OCR output, from the restorer's strong corrections
// (src/restore/ocr-evidence.ts): both bars, the count and the rate, must be passed.
import { describe, expect, it } from 'vitest';
import { correctionsShowOcr } from '../../src/restore/index.js';
import { tokenCount } from '../../src/vietnamese/index.js';
import { defaultRestorer } from '../../src/default-restorer.js';

describe('corrections as OCR evidence', () => {
  it('needs several corrections at an OCR rate', () => {
    expect(correctionsShowOcr(4, 480)).toBe(true);
    expect(correctionsShowOcr(3, 1000)).toBe(true);
    // A short typed text with one or two typos: a high rate, too few corrections.
    expect(correctionsShowOcr(1, 120)).toBe(false);
    expect(correctionsShowOcr(2, 300)).toBe(false);
    // A long law with a few dozen typos: many corrections, a clean text's rate.
    expect(correctionsShowOcr(23, 140_000)).toBe(false);
    expect(correctionsShowOcr(0, 0)).toBe(false);
  });

  it('counts words as runs of non-space', () => {
    expect(tokenCount('  Sở Nội vụ\n\tQuý II/2025 ')).toBe(5);
    expect(tokenCount('')).toBe(0);
  });

  // Made-up task text as a Vietnamese-aware OCR prints it: the marks kept, a few words misread.
  const OCR = `Phối hợp Ủy ban Mặt trận Tố quốc tỉnh vận động các tố chức, cá nhân tham gia phong trào thi đua.
Lựa chọn tập thể tiêu biểu đề nghị tặng Băng khen của Chủ tịch Ủy ban nhân dân tỉnh.
Tuyên truyền chính sách hô trợ doanh nghiệp nhỏ và vừa trên địa bàn tỉnh.
Kiểm tra việc giải quyết thủ tục hành chính thuộc thấm quyền của cấp xã.`;
  const TYPED = OCR.replace('Tố quốc', 'Tổ quốc')
    .replace('tố chức', 'tổ chức')
    .replace('Băng khen', 'Bằng khen')
    .replace('hô trợ', 'hỗ trợ')
    .replace('thấm quyền', 'thẩm quyền');

  // Corrected as a scan cchc read itself is (readByOcr): this text shows none of ocr-signs.ts's signs.
  const restore = (text: string) => defaultRestorer().restore(text, { mode: 'auto', readByOcr: true });

  it('flags the OCR print by the corrections the restorer makes, and not the typed text', () => {
    const ocr = restore(OCR).restoration;
    expect(ocr.scope).toBe('words');
    expect(correctionsShowOcr(ocr.changes.length, tokenCount(OCR))).toBe(true);
    const typed = restore(TYPED).restoration;
    expect(typed.changes).toHaveLength(0);
    expect(correctionsShowOcr(typed.changes.length, tokenCount(TYPED))).toBe(false);
  });
});
