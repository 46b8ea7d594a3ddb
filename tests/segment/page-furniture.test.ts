// The column header an OCR'd table prints again on every page is dropped, stray marks and all;
// the rows themselves stay, even when they use a column's words.
import { describe, expect, it } from 'vitest';
import type { LayoutLine } from '../../src/read/layout-line.js';
import { dropPageFurniture } from '../../src/segment/ocr/page-furniture.js';

const lines = (...texts: string[]): LayoutLine[] => texts.map((text, i) => ({ line: i + 1, text, tabLed: false, emphasis: false }));
const kept = (...texts: string[]) => dropPageFurniture(lines(...texts)).map((l) => l.text);

describe("page furniture of OCR'd tables", () => {
  const row = 'Ban hanh Chuong trinh hanh dong thuc hien | So Thong tin va Truyen thong';

  it('drops a reprinted header with stray marks of a letter or two', () => {
    expect(kept('e <A San pham/Ket s A Thoi gian', 'TT Noi dung thuc hien Co quan chu tri | Co quan phoi hop hoan thanh', row)).toEqual([
      row,
    ]);
  });

  it('drops it too when one stray mark was read, or restored, as a longer word, if it names two columns', () => {
    expect(kept('e <A San pham/Ket so Lao Thoi gian', row)).toEqual([row]);
  });

  it('keeps a row that names one column among other words, or two columns among several', () => {
    const oneColumn = 'Thoi gian lao dong';
    const manyWords = 'Bao cao san pham va thoi gian thuc hien nhiem vu';
    expect(kept(oneColumn, row)).toEqual([oneColumn, row]);
    expect(kept(manyWords, row)).toEqual([manyWords, row]);
  });

  it('drops a page number on a line of its own', () => {
    expect(kept(row, '', '11', '', row)).toEqual([row, '', '', row]);
  });
});
