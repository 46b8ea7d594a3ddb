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
    // The number column and four others named: no products column besides.
    expect(header?.columns).toEqual(['stt', 'content', 'lead', 'deadline', 'cooperating']);
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

// The header printed again at the top of a later page, read cell by cell, is a second reading of
// the first page's header: where that one names fewer columns (its words garbled), the columns are
// the page header's, and the body starts below the first page's header lines all the same.
const PAGE_TWO = [
  '',
  '',
  'Đơn vị thực',
  'hiện',
  '',
  'Nội dung công việc',
  '',
  'Cơ quan phối',
  'hợp',
  '',
  'Tiến độ',
  '',
  'Sản phẩm',
  '',
  'Sở Tài chính',
  '',
  'Bố trí kinh phí thực hiện các nhiệm vụ của kế hoạch.',
];

describe('a first page header the OCR garbled, printed again on the next page', () => {
  it('takes the columns from the page header where the first names fewer', () => {
    const lines = [
      'KẾ HOẠCH TRIỂN KHAI',
      '',
      'Đơn vị về Nội dung công việc Cụ quan phê Tiến độ Sản phẩm',
      'hiện hợp',
      'Sở Nội vụ Rà soát, sắp xếp các đơn vị sự nghiệp công |- Các sở, Quý II/2025 Đề án',
      'lập theo quy định. ngành',
      ...PAGE_TWO,
    ];
    const header = findHeader(lines);
    expect(header?.columns).toEqual(['lead', 'content', 'cooperating', 'deadline', 'products']);
    expect(header?.end).toBe(4);
  });

  it('finds the first page header no line of which names two columns, below a page header that names them', () => {
    const lines = [
      'CÁC NHIỆM VỤ TRỌNG TÂM',
      '(Kèm theo Kế hoạch số 45/KH-UBND)',
      '',
      'đơn vichal Guoa | Theigian| sử qua',
      'Nội dung thực hiện on vieny| để hoàn cốt qua,',
      'trì phối thành | 52" phạm',
      'hợp',
      'Về rà soát, sắp xếp các đơn vị sự nghiệp công lập Sở Nội vụ Quý II/2025',
      'theo quy định của Chính phủ. ',
      // The rest of the first page: the page header stands past where a header is looked for.
      ...Array.from({ length: 15 }, (_, i) => [
        `Về kiện toàn tổ chức bộ máy của cơ quan số ${i + 1} Sở Nội vụ Năm 2025`,
        'theo quy định.',
      ]).flat(),
      ...PAGE_TWO,
    ];
    const header = findHeader(lines);
    expect(header?.columns).toEqual(['lead', 'content', 'cooperating', 'deadline', 'products']);
    expect(header?.end).toBe(7);
  });

  it('finds no header where the page below names too few columns either', () => {
    const lines = [
      'đơn vichal Guoa | Theigian| sử qua',
      'Nội dung thực hiện on vieny| để hoàn',
      'hợp',
      'Về rà soát quy chế Sở Nội vụ',
      '',
      'Nội dung',
      '',
      'Tiến độ',
      '',
      'Sở Tư pháp',
    ];
    expect(findHeader(lines)).toBeNull();
  });
});

describe('a products column the header does not name', () => {
  it('is no column where the header names the number column and four others', () => {
    const header = findHeader([
      'PHỤ LỤC 02',
      '',
      'STT Nhiệm vụ, giải pháp Đơn vị chủ trì Thời gian thực hiện Đơn vị phối hợp',
      '1 |Rà soát quy chế phối hợp Sở Nội vụ Năm 2025 - Các sở, ngành',
    ]);
    expect(header?.columns).toEqual(['stt', 'content', 'lead', 'deadline', 'cooperating']);
  });

  it('stays after the columns read where the header names fewer (the OCR may have garbled its name)', () => {
    const header = findHeader([
      'PHỤ LỤC 02',
      '',
      'STT Nhiệm vụ, giải pháp Đơn vị chủ trì Thời gian thực hiện Sn pm',
      '1 |Rà soát quy chế phối hợp Sở Nội vụ Năm 2025 Báo cáo',
    ]);
    expect(header?.columns).toEqual(['stt', 'content', 'lead', 'cooperating', 'deadline', 'products']);
  });
});
