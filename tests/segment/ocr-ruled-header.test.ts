// The columns of an OCR'd ruled table's header (src/segment/ocr/ruled-header.ts): where the lead and
// cooperating columns were named on different lines (a wrapped header cell's second line alone says
// nothing of where it stands) the lead comes first, as tables print them, unless a line naming both
// says otherwise; header words as the OCR misreads them still name their columns. Made-up headers.
import { describe, expect, it } from 'vitest';
import { findHeader } from '../../src/segment/ocr/ruled-header.js';

describe('the lead and cooperating columns named on different header lines', () => {
  it('puts the lead first where no line names both ("Cơ quan" ⏎ "phối hợp" read left of "Đơn vị thực hiện")', () => {
    const header = findHeader([
      'PHỤ LỤC 2',
      'PHÂN CÔNG NHIỆM VỤ',
      '',
      'Nội dung Thời gian hoàn | Đơn vị thực Cơ quan | Sản phẩm',
      ': : thành hiện phối hợp dự kiến',
      'Hướng dẫn doanh nghiệp ứng dụng công nghệ số 2025-2030 |Sở Công Thương |- Sở Tài chính',
    ]);
    expect(header?.columns).toEqual(['content', 'deadline', 'lead', 'cooperating', 'products']);
  });

  it('puts the lead first where the cooperating header wraps onto a line of its own ("phối hợp")', () => {
    const header = findHeader([
      'Tên nhiệm vụ Sản phẩm Đơn vị chủ trì Cơ quan Tiến độ',
      'phối hợp',
      '1 |Tăng cường kiểm tra việc thực hiện |Báo cáo |Sở Nội vụ |- Các sở, Quý II/2025',
    ]);
    expect(header?.columns).toEqual(['content', 'products', 'lead', 'cooperating', 'deadline']);
  });

  it('keeps the order a line naming both gives', () => {
    const header = findHeader([
      'PHỤ LỤC 3',
      '',
      'STT Nội dung Cơ quan phối hợp Cơ quan chủ trì Thời hạn',
      '1 Rà soát quy chế phối hợp |Sở Nội vụ |Sở Tư pháp Quý II/2025',
    ]);
    expect(header?.columns.slice(0, 4)).toEqual(['stt', 'content', 'cooperating', 'lead']);
  });
});

describe('header words as the OCR reads them', () => {
  it('names the cooperating column in "phéi hợp" and the products column in "phẩm/Kết" wrapped from "Sản"', () => {
    const header = findHeader([
      'PHỤ LỤC I',
      '',
      'Sản Cơ quan | Cơ quan Thời hạn',
      'Nhiệm vụ phẩm/Kết | chủ trì | phéi hợp hoàn thành',
      'quả',
      '1 |Rà soát quy chế phối hợp |- Báo cáo |Sở Nội vụ |Sở Tư pháp Quý II/2025',
    ]);
    expect(header?.columns).toEqual(['content', 'products', 'lead', 'cooperating', 'deadline']);
  });

  it('orders columns as the lines naming two of them say, whatever their mean place', () => {
    // "phéi hợp" stands right of "Nội dung" on the second line: the cooperating column is no
    // first column, though no column is named left of it on the first.
    const header = findHeader([
      'PHỤ LỤC 01',
      '',
      'Đơn vị thực Cơ quan | Thời hạn hoàn',
      'hiện Nội dung công việc phéi hợp thành',
      'Sở Nội vụ Rà soát quy chế phối hợp |Sở Tư pháp Quý II/2025',
    ]);
    const columns = header?.columns ?? [];
    expect(columns.slice(0, 2)).toEqual(['lead', 'content']);
    expect(columns.indexOf('cooperating')).toBeGreaterThan(columns.indexOf('content'));
  });
});

describe('a cooperating header wrapped so that only its "hợp" ends a header line', () => {
  it('places the cooperating column where that "hợp" stands, after the deadline', () => {
    const header = findHeader([
      'PHỤ LỤC 01',
      '',
      'Cơ quan phối',
      '',
      'STT Nhiệm vụ, giải pháp Cơ quan chủ trì Tiến độ họp',
      '',
      '1 |Tổ chức tập huấn cho cán bộ các xã Sở Nội vụ Quý II/2025',
    ]);
    expect(header?.columns).toEqual(['stt', 'content', 'lead', 'deadline', 'cooperating', 'products']);
    // As the OCR misreads it ("hgp thyc" for "hợp thực").
    const misread = findHeader([
      'Tén nhiệm vụ Đơn vị chủ trì Thời hạn hoàn thành | oe hgp thyc',
      '1 |Rà soát quy chế |Sở Tư pháp Quý II/2025',
    ]);
    expect(misread?.columns.slice(0, 4)).toEqual(['content', 'lead', 'deadline', 'cooperating']);
  });

  it('takes no "tổng hợp" ending a line for that header', () => {
    const header = findHeader(['STT Nội dung Cơ quan chủ trì Thời hạn Tổng hợp', '1 |Rà soát quy chế |Sở Tư pháp Quý II/2025']);
    expect(header?.columns.indexOf('cooperating')).toBe(header!.columns.indexOf('lead') + 1);
  });
});
