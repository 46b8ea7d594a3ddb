// Which row heads a task table, also as OCR reads it: specks inside a header cell, and a "TT"
// misread as a few other letters.
import { describe, expect, it } from 'vitest';
import { headerRoles, roleOf } from '../../src/segment/tables/columns.js';

describe('task table headers', () => {
  it('reads the roles of a printed header', () => {
    expect(headerRoles(['TT', 'Nội dung thực hiện', 'Sản phẩm', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành'])).toEqual([
      'ordinal',
      'content',
      'products',
      'lead',
      'cooperating',
      'deadline',
    ]);
  });

  it('takes punctuation specks inside a header cell for no word', () => {
    expect(roleOf('Noi: dung thuc hien')).toBe('content');
    expect(roleOf('Ca: quan phoi_ hop')).toBe('cooperating');
  });

  it('takes a row whose first cell is a short label for a header when it names two task columns', () => {
    expect(
      headerRoles(['TIT', 'Noi dung thuc hien', 'San pham, Ket qua', 'Co quan chu tri', 'Co quan phoi hop', 'Thoi gian hoan thanh'])?.[0],
    ).toBe('ordinal');
    expect(headerRoles(['TI', 'Nội dung', 'Cơ quan chủ trì', 'Thời gian'])).toEqual(['ordinal', 'content', 'lead', 'deadline']);
  });

  it('takes no task row, nor a short-label row naming one column, for a header', () => {
    expect(headerRoles(['1.', 'Rà soát nội dung thực hiện', 'Sở Tư pháp', 'Quý II/2024'])).toBeNull();
    expect(headerRoles(['a)', 'Nội dung', 'Cơ quan chủ trì', 'Thời gian'])).toBeNull();
    expect(headerRoles(['Ghi', 'Nội dung', 'Cơ quan chủ trì'])).toBeNull();
  });
});
