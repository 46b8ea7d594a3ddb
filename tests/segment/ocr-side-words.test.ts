// An agency's name words that the line cut of an OCR'd ruled table gave the task text beside its
// cell go back to the agency's cell (src/segment/ocr/side-words.ts). Made-up cells.
import { describe, expect, it } from 'vitest';
import { withSideWords } from '../../src/segment/ocr/side-words.js';
import type { Column } from '../../src/segment/ocr/ruled-header.js';

const above = (entries: Array<[Column, string[]]>) => new Map<Column, string[]>(entries);

describe('name words cut to the task text’s side', () => {
  it('gives a list’s next item back to the agency column on the right', () => {
    const columns: Column[] = ['content', 'lead', 'cooperating'];
    const cells = ['ứng dụng phần mềm quản lý văn bản ngành,', '', 'đoàn thể'];
    const out = withSideWords(
      cells,
      columns,
      above([
        ['lead', ['Sở Nội vụ']],
        ['cooperating', ['- Các sở, ban,']],
      ]),
    );
    expect(out).toEqual(['ứng dụng phần mềm quản lý văn bản', '', 'ngành, đoàn thể']);
  });

  it('gives an agency column on the left the words that make its name whole', () => {
    const columns: Column[] = ['lead', 'content', 'cooperating'];
    const out = withSideWords(['Sở', 'Xây dựng Ban hành quy chế phối hợp', ''], columns, above([]));
    expect(out).toEqual(['Sở Xây dựng', 'Ban hành quy chế phối hợp', '']);
  });

  it('leaves a task text’s word that only pairs with a name’s last word', () => {
    const columns: Column[] = ['content', 'lead'];
    const cells = ['phát triển chính quyền số', ''];
    expect(withSideWords(cells, columns, above([['lead', ['Sở Khoa học và Công']]]))).toEqual(cells);
  });

  it('leaves the text beside a cell that holds a whole name or has ended', () => {
    const columns: Column[] = ['content', 'cooperating'];
    const cells = ['phòng thủ dân sự', ''];
    expect(withSideWords(cells, columns, above([['cooperating', ['Cơ quan, địa phương liên quan']]]))).toEqual(cells);
    expect(withSideWords(['và Công nghệ', ''], columns, above([['cooperating', ['Sở Khoa học.']]]))).toEqual(['và Công nghệ', '']);
  });
});
