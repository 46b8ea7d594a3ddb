// Unreadable OCR: specks and symbols a scanner printed are kept as printed and reported, never
// restored into words; enumerations, codes, abbreviations and clean text are left alone.
import { describe, expect, it } from 'vitest';
import { restore } from '../../src/default-restorer.js';
import { classify, type WordKnowledge } from '../../src/restore/unreadable.js';

// Made-up OCR in the style of a scanned plan (English OCR: marks lost, a table's specks in between).
const ocr = [
  'Duy tri ty le ho so giai quyet dung han tren 98%',
  'O e YA a4 A 7',
  'Cac so, ban, nganh A ‘A . 3 £ . s chu tri thuc hien.',
  'Theo quy dinh tai diem a, b, c khoan 2 Dieu 5 Quyet dinh so 123/QD-UBND.',
].join('\n');

describe('unreadable OCR', () => {
  it('keeps a run of specks as printed, lists it at its line and column, one diagnostic per line', () => {
    const result = restore(ocr, 'always');
    const lines = result.text.split('\n');
    expect(lines[0]).toContain('tỷ lệ');
    expect(lines[1]).toBe('O e YA a4 A 7');
    expect(lines[2]).toContain('A ‘A . 3 £ . s');
    expect(lines[2]).toContain('chủ trì');
    expect(result.restoration.unreadable).toEqual([
      { line: 2, column: 1, text: 'O e YA a4 A' },
      { line: 3, column: 20, text: 'A ‘A . 3 £ . s' },
    ]);
    const notes = result.diagnostics.filter((d) => d.ruleId === 'ocr-unreadable');
    expect(notes.map((d) => d.line)).toEqual([2, 3]);
    // No change is logged inside a run: it was not restored.
    expect(result.restoration.changes.filter((c) => c.line === 2)).toEqual([]);
  });

  it('leaves enumerations of letters, codes and numbers alone', () => {
    const result = restore(ocr.split('\n')[3]!, 'always');
    expect(result.restoration.unreadable).toBeUndefined();
    expect(result.text).toContain('điểm a, b, c khoản 2');
  });

  it('marks nothing in clean text, which comes back byte for byte', () => {
    const clean =
      'Giao Văn phòng UBND tỉnh chủ trì, phối hợp với Sở KH&CN theo dõi việc thực hiện Kế hoạch số 45/KH-UBND; báo cáo kết quả tại điểm a, b khoản 1 (xem https://dichvucong.gov.vn, hộp thư vanphong@example.gov.vn).\n';
    const result = restore(clean, 'auto');
    expect(result.text).toBe(clean);
    expect(result.restoration.unreadable).toBeUndefined();
    expect(result.diagnostics).toEqual([]);
  });
});

describe('classify', () => {
  // The model knows nothing here and the channel reads only "t6" and "bj": the shapes decide.
  const words: WordKnowledge = { knows: () => false, readable: (lower) => lower === 't6' || lower === 'bj' };
  it.each([
    ['123/KH-UBND', 'good'],
    ['KH&CN', 'good'],
    ['UBND', 'good'],
    ['https://dichvucong.gov.vn', 'good'],
    ['vanphong@example.gov.vn', 'good'],
    ['a)', 'good'],
    ['II.', 'good'],
    ['1.000.000đ', 'good'],
    ['thực', 'good'],
    ['ý', 'good'],
    ['thyc', 'unknown'],
    ['t6', 'unknown'],
    ['bj', 'unknown'],
    ['chi¥a', 'unknown'],
    ['A', 'weak'],
    ['a4', 'weak'],
    ['hl}anVl@C', 'strong'],
    ['1€', 'strong'],
    ['£', 'strong'],
    ['|', 'neutral'],
  ])('%s is %s', (token, kind) => {
    expect(classify(token, words)).toBe(kind);
  });
});
