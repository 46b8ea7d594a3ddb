// An OCR'd ruled table whose pages the OCR read two ways (src/segment/ocr/ruled-table.ts,
// ruled-header.ts): the first page across, line by line, under a header naming its columns on one
// line; the next page cell by cell, its header printed again one cell a block. Each page is read
// the way the OCR read it, and a row whose first line names two columns in header words ("Chủ
// trì, phối hợp …") is a row, not the header printed again. Made-up rows in that shape.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/pipeline.js';
import { ruledTableFirstPage } from '../helpers/ocr-fixtures.js';

const names = (list: Array<{ name: string }>) => list.map((a) => a.name);
const read = (text: string) => parse(text, { path: 'scan.txt', restore: 'never' });

const TWO_WAYS = `${ruledTableFirstPage('02')}

Nội dung thực hiện

Cơ quan chủ trì

Cơ quan phối hợp

Thời gian hoàn
thành

Chủ trì, phối hợp các đơn vị liên quan
rà soát, cắt giảm thành phần hồ sơ thủ tục
hành chính trong lĩnh vực đất đai.

Sở Nông nghiệp và
Môi trường

Ủy ban nhân dân
cấp xã

Quý IV/2025

Tổ chức đối thoại với doanh nghiệp về thủ
tục hành chính trong lĩnh vực đầu tư.

Sở Tài chính

Năm 2026
`;

describe('an OCR’d table read across on one page and cell by cell on the next', () => {
  const doc = read(TWO_WAYS);

  it('reads each page the way the OCR read it', () => {
    expect(doc.tasks.map((t) => t.reader)).toEqual(['ocr-ruled-table', 'ocr-ruled-table', 'ocr-ruled-table', 'ocr-ruled-table']);
    expect(doc.tasks.map((t) => names(t.lead))).toEqual([
      ['Sở Nội vụ'],
      ['Sở Tư pháp'],
      ['Sở Nông nghiệp và Môi trường'],
      ['Sở Tài chính'],
    ]);
    expect(doc.tasks[1]!.content).toBe('Rà soát quy trình nội bộ giải quyết thủ tục hành chính của các cơ quan chuyên môn.');
    expect(doc.tasks[3]!.deadline?.text).toBe('Năm 2026');
  });

  it('keeps a row whose first line names two columns in header words', () => {
    expect(doc.tasks[2]!.content).toBe(
      'Chủ trì, phối hợp các đơn vị liên quan rà soát, cắt giảm thành phần hồ sơ thủ tục hành chính trong lĩnh vực đất đai.',
    );
    expect(doc.tasks[2]!.deadline?.text).toBe('Quý IV/2025');
  });
});
