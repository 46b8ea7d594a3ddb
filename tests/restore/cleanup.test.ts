import { describe, expect, it } from 'vitest';
import { cleanupOcr } from '../../src/restore/cleanup.js';

const lineCount = (text: string) => text.split('\n').length;

describe('cleanupOcr', () => {
  it('replaces ligatures and logs where', () => {
    const r = cleanupOcr('Dang bo tinﬁ vé thuc hién\nxac dinh dﬂy du');
    expect(r.text).toBe('Dang bo tinfi vé thuc hién\nxac dinh dfly du');
    expect(r.changes).toEqual([
      { line: 1, column: 12, original: 'ﬁ', restored: 'fi' },
      { line: 2, column: 11, original: 'ﬂ', restored: 'fl' },
    ]);
  });

  it('drops stray marks at the start of a line', () => {
    const input = '~ Can cir Luat To chirc\n‘ Theo dé nghi\n_ Luu: VT\n| Noi nhan\nkhong doi';
    const r = cleanupOcr(input);
    expect(r.text).toBe('Can cir Luat To chirc\nTheo dé nghi\nLuu: VT\nNoi nhan\nkhong doi');
    expect(r.changes.map((c) => c.line)).toEqual([1, 2, 3, 4]);
  });

  it('reads a bar before a full stop as the roman numeral I', () => {
    expect(cleanupOcr('|. MUC PICH, YEU CAU').text).toBe('I. MUC PICH, YEU CAU');
  });

  it("reads a heading's roman numeral printed with l for I, and leaves words and non-numerals alone", () => {
    const r = cleanupOcr('Il. MUC TIEU\nIll. NHIEM VU, GIAI PHAP\n  lV. TO CHUC THUC HIEN\nIl. nhiem vu\nlll. NOI DUNG\nIlV. KINH PHI');
    expect(r.text).toBe('II. MUC TIEU\nIII. NHIEM VU, GIAI PHAP\n  IV. TO CHUC THUC HIEN\nIl. nhiem vu\nIII. NOI DUNG\nIlV. KINH PHI');
    expect(r.changes.map((c) => [c.line, c.column, c.original, c.restored])).toEqual([
      [1, 1, 'Il', 'II'],
      [2, 1, 'Ill', 'III'],
      [3, 3, 'lV', 'IV'],
      [5, 1, 'lll', 'III'],
    ]);
  });

  it('reads ¢) as c) and ¢ inside a word as e', () => {
    expect(cleanupOcr('¢) Kiém tra\n ¢) Trinh Hoi dong\nung dung hi¢u qua').text).toBe(
      'c) Kiém tra\n c) Trinh Hoi dong\nung dung hieu qua',
    );
  });

  it('reads symbols glued to words as the letters they stand for', () => {
    const r = cleanupOcr('cac nhi€ém vu, ti€u cuc; ha tang k§y thuat\nCac S&, ban, nganh; R&D; C&n cu');
    expect(r.text).toBe('cac nhiêém vu, tiêu cuc; ha tang kyy thuat\nCac Sơ, ban, nganh; R&D; Can cu');
    expect(r.changes.map((c) => `${c.line}:${c.column}:${c.original}>${c.restored}`)).toEqual([
      '1:8:€>ê',
      '1:18:€>ê',
      '1:35:§>y',
      '2:6:&>ơ',
      '2:27:&>a',
    ]);
  });

  it('reads a sign opening a word before a digit as the S or c it was, and leaves prices and years', () => {
    const r = cleanupOcr('$6: 115/KH-UBND\nDon vi ¢6 trach nhiem ©6ng khai; phi $60, ban quyen ©2024');
    expect(r.text).toBe('S6: 115/KH-UBND\nDon vi c6 trach nhiem c6ng khai; phi $60, ban quyen ©2024');
    expect(r.changes.map((c) => `${c.line}:${c.column}:${c.original}>${c.restored}`)).toEqual(['1:1:$>S', '2:8:¢>c', '2:23:©>c']);
  });

  it('reads a 1€ standing alone as lê, and leaves one after a number', () => {
    const r = cleanupOcr('Duy tri ty 1€ giai quyet dung han; phi 21€ moi thang');
    expect(r.text).toBe('Duy tri ty lê giai quyet dung han; phi 21€ moi thang');
    expect(r.changes.map((c) => `${c.line}:${c.column}:${c.original}>${c.restored}`)).toEqual(['1:12:1€>lê']);
  });

  it('reads a quarter list printed with 1 for the roman I as roman numerals', () => {
    const r = cleanupOcr('bao cao dinh ky Quy 11, 111, 1V, bdo céo 06 thang\n~ QUY lI va 1V/2022; quý 1, 111');
    expect(r.text).toBe('bao cao dinh ky Quy II, III, IV, bdo céo 06 thang\nQUY II va IV/2022; quý I, III');
    // Logged at the input's columns (the second line lost its stray mark first).
    expect(r.changes.map((c) => `${c.line}:${c.column}:${c.original}>${c.restored}`)).toEqual([
      '1:21:11>II',
      '1:25:111>III',
      '1:30:1V>IV',
      '2:1:~ >',
      '2:7:lI>II',
      '2:13:1V>IV',
      '2:26:1>I',
      '2:29:111>III',
    ]);
  });

  it('leaves quarters that may be Arabic figures, and numbers that are no quarter', () => {
    const input = 'Quy 1 nam 2022; quy 1, 2 va 3; Quý 1/2023; quy 1111; Quý V; Quy 11a';
    expect(cleanupOcr(input).text).toBe(input);
  });

  it('reads the bullet after d) as đ)', () => {
    const input = 'c) Kiem tra\nd) Chu dong nghien cuu\nd) Tiep tuc lay CCHC\ne) Khen thuong';
    const r = cleanupOcr(input);
    expect(r.text).toBe('c) Kiem tra\nd) Chu dong nghien cuu\nđ) Tiep tuc lay CCHC\ne) Khen thuong');
    expect(r.changes).toEqual([{ line: 3, column: 1, original: 'd', restored: 'đ' }]);
    expect(cleanupOcr('c) a\nd) b\ne) c').changes).toEqual([]);
  });

  it('drops quotes inside words but not around them', () => {
    expect(cleanupOcr('SU’A DOI, LINH VU\'C va "Mot cua"').text).toBe('SUA DOI, LINH VUC va "Mot cua"');
    // In a code the quote is not a stray mark on a syllable: nothing joined would spell one.
    expect(cleanupOcr("Thông tư số 03/2025/TT'VPCP ngày 15").text).toBe("Thông tư số 03/2025/TT'VPCP ngày 15");
  });

  it('joins a syllable hyphenated at the line end without losing the line', () => {
    const input = 'trién khai thuc hi-\nén nhiém vu nam 2023';
    const r = cleanupOcr(input);
    expect(lineCount(r.text)).toBe(lineCount(input));
    expect(r.text).toBe('trién khai thuc hién\nnhiém vu nam 2023');
    expect(r.changes).toEqual([
      { line: 1, column: 17, original: 'hi-', restored: 'hién' },
      { line: 2, column: 1, original: 'én ', restored: '' },
    ]);
  });

  it('logs the hyphen join at its input column even after an earlier edit on the line', () => {
    const r = cleanupOcr('~ tinﬁ thuc hi-\nén nhiém vu');
    expect(r.text).toBe('tinfi thuc hién\nnhiém vu');
    expect(r.changes.find((c) => c.original === 'hi-')).toEqual({ line: 1, column: 13, original: 'hi-', restored: 'hién' });
  });

  it('keeps the hyphen of a code split across lines, and leaves ranges alone', () => {
    expect(cleanupOcr('Quyet dinh so 3740/QD-\nUBND ngay 24/9/2021').text).toBe('Quyet dinh so 3740/QD-UBND\nngay 24/9/2021');
    const range = 'So Lao dong-\nThuong binh va Xa hoi';
    expect(cleanupOcr(range).text).toBe(range);
  });

  it('never changes the number of lines', () => {
    const input = '~ a\n\n|. b-\nc\n¢) d\nﬁ\n';
    expect(lineCount(cleanupOcr(input).text)).toBe(lineCount(input));
  });

  it('leaves clean text byte-identical with an empty log', () => {
    const clean = 'Quyết định số 5347/QĐ-UBND ngày 24/12/2021.\nĐiều 1. Ban hành kèm theo Kế hoạch.';
    expect(cleanupOcr(clean)).toEqual({ text: clean, changes: [] });
  });
});

describe('fused numbers', () => {
  // The restorer asks its language model; here, the keys of syllables that numbers follow.
  const numberFollows = (key: string) => ['thang', 'nam', 'ngay', 'dieu', 'so'].includes(key);

  it('puts a space between a syllable and the number glued to it, where numbers follow that syllable', () => {
    const r = cleanupOcr('Ha Noi, ngay 15 thang12 nam2022\nTHANG12 va Dieu3;', { numberFollows });
    expect(r.text).toBe('Ha Noi, ngay 15 thang 12 nam 2022\nTHANG 12 va Dieu 3;');
    expect(r.changes).toEqual([
      { line: 1, column: 17, original: 'thang12', restored: 'thang 12' },
      { line: 1, column: 25, original: 'nam2022', restored: 'nam 2022' },
      { line: 2, column: 1, original: 'THANG12', restored: 'THANG 12' },
      { line: 2, column: 12, original: 'Dieu3', restored: 'Dieu 3' },
    ]);
  });

  it('leaves codes, footnote marks and OCR digits for vowels glued as they are', () => {
    const text = 'Nghi quyet so 15/2023/QH15, TD341, tong hop1, s6 lieu, c4c co quan, 2022nam';
    expect(cleanupOcr(text, { numberFollows }).text).toBe(text);
    expect(cleanupOcr('thang12').text).toBe('thang12');
  });
});
