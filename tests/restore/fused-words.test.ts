// Two syllables printed without their space are split where the model's evidence is strong, and
// logged as a change of the word as printed; clean text and single words are left alone.
import { describe, expect, it } from 'vitest';
import { restore } from '../../src/default-restorer.js';

describe('fused words', () => {
  it('splits two syllables printed as one word, the split logged at the word', () => {
    // Made-up English-OCR lines in the style of a plan.
    const result = restore('Giao cac donvi tiep tuc Rasoat thu tuc hanh chinh\nva bao cao ket qua dinh ky.', 'always');
    expect(result.text).toBe('Giao các đơn vị tiếp tục Rà soát thủ tục hành chính\nvà báo cáo kết quả định kỳ.');
    expect(result.restoration.changes).toContainEqual(
      expect.objectContaining({ line: 1, column: 10, original: 'donvi', restored: 'don vi' }),
    );
    expect(result.restoration.changes).toContainEqual(
      expect.objectContaining({ line: 1, column: 25, original: 'Rasoat', restored: 'Ra soat' }),
    );
  });

  it('splits a word whose pieces the channel reads as two syllables, and leaves a cut of printed syllables to the printed bar', () => {
    // Made-up English-OCR lines: 'tir' is how such OCR prints từ, 'ludn' luận, 'dir' dữ.
    const first = restore('Thuc hién tirngay 01 thang 3 nam 2024 dén hét nam', 'always');
    expect(first.text).toBe('Thực hiện từ ngày 01 tháng 3 năm 2024 đến hết năm');
    expect(first.restoration.changes).toContainEqual(expect.objectContaining({ original: 'tirngay', restored: 'tir ngay' }));
    const second = restore('Giao cac don vi thuc hién kétludn thanh tra va bdo cdo dirliéu', 'always');
    expect(second.text).toBe('Giao các đơn vị thực hiện kết luận thanh tra và báo cáo dữ liệu');
    // 'hode' (hoặc) is two syllables' letters as printed, below the printed bar: not split by reading.
    const third = restore('thu tang trén 7 hode giam trén 3 thi loai trir', 'always');
    expect(third.restoration.changes.some((c) => c.restored.includes(' '))).toBe(false);
  });

  it('leaves a word alone when no pair of syllables is likely enough ("Hoda" is a misread Hóa)', () => {
    const result = restore('Giao So Van hoda va Du lich theo doi', 'always');
    expect(result.restoration.changes.some((c) => c.restored.includes(' '))).toBe(false);
  });

  it('never splits clean text, which comes back byte for byte', () => {
    const clean = 'Các đơn vị rà soát thủ tục hành chính, cập nhật lên website và hệ thống online của tỉnh.\n';
    expect(restore(clean, 'auto').text).toBe(clean);
  });
});
