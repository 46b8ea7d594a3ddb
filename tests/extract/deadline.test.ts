// Deadline cells as the seeds print them (Thanh Hóa 2011–2015, 2022, 2023; Hải Dương 2023; a SIPAS appendix).
import { describe, expect, it } from 'vitest';
import { parseDeadline } from '../../src/extract/deadline/index.js';

type Row = [text: string, kind: string, start: string | null, end: string | null, extra?: { recurrence?: string; condition?: string }];

const PLAN_2023: Row[] = [
  ['24/12/2021', 'date', '2021-12-24', '2021-12-24'],
  ['ngày 24 tháng 12 năm 2021', 'date', '2021-12-24', '2021-12-24'],
  ['Tháng 02/2022', 'month', '2022-02-01', '2022-02-28'],
  ['Tháng 3/2023.', 'month', '2023-03-01', '2023-03-31'],
  ['tháng 11/2023', 'month', '2023-11-01', '2023-11-30'],
  ['Tháng 12/2023.', 'month', '2023-12-01', '2023-12-31'],
  ['Quý I/2023.', 'quarter', '2023-01-01', '2023-03-31'],
  ['Quý IV/2023.', 'quarter', '2023-10-01', '2023-12-31'],
  ['quý 4/2025', 'quarter', '2025-10-01', '2025-12-31'],
  ['Quý 1/2022', 'quarter', '2022-01-01', '2022-03-31'],
  ['Quý II', 'quarter', '2023-04-01', '2023-06-30'],
  ['Quý 1V/2022.', 'quarter', '2022-10-01', '2022-12-31'], // OCR'd Roman numerals
  ['Quý 11/2022', 'quarter', '2022-04-01', '2022-06-30'],
  ['Báo cáo, trình UBND tỉnh trong quý II/2023.', 'quarter', '2023-04-01', '2023-06-30'],
  ['6 tháng đầu năm 2023', 'range', '2023-01-01', '2023-06-30'],
  ['06 tháng cuối năm 2022', 'range', '2022-07-01', '2022-12-31'],
  ['giai đoạn 2021 - 2025', 'range', '2021-01-01', '2025-12-31'],
  ['Giai đoạn 2011-2015', 'range', '2011-01-01', '2015-12-31'],
  ['Trước ngày 30/6/2022.', 'before', null, '2022-06-30'],
  ['trước 15/11/2022', 'before', null, '2022-11-15'],
  ['Trước 05/01/2023', 'before', null, '2023-01-05'],
  ['chậm nhất trong Quý I/2023', 'before', null, '2023-03-31'],
  ['chậm nhất quý II/2023', 'before', null, '2023-06-30'],
  ['Trước tháng 6 năm 2013', 'before', null, '2013-06-30'],
  ['Trước tháng 12 năm 2014', 'before', null, '2014-12-31'],
  ['Trong năm 2022', 'year', '2022-01-01', '2022-12-31'],
  ['trong năm 2023.', 'year', '2023-01-01', '2023-12-31'],
  ['Năm 2023.', 'year', '2023-01-01', '2023-12-31'],
  ['Trong năm', 'year', '2023-01-01', '2023-12-31'],
  ['trước ngày 15 tháng 12 hằng năm', 'recurring', null, '2023-12-15', { recurrence: 'yearly' }],
  ['Trước ngày Kế hoạch này có hiệu lực', 'conditional', null, null],
  ['trước khi trình UBND tỉnh', 'conditional', null, null],
  ['Từ năm 2012', 'range', '2012-01-01', null],
  ['Thường xuyên', 'ongoing', null, null],
  ['Thường xuyên.', 'ongoing', null, null],
  ['Thường xuyên theo Kế hoạch của UBND tỉnh.', 'ongoing', null, null],
  ['Thường xuyên, từ năm 2012', 'ongoing', '2012-01-01', null],
  ['định kỳ hàng quý', 'recurring', null, null, { recurrence: 'quarterly' }],
  ['định kỳ hàng quý hoặc đột xuất theo quy định.', 'recurring', null, null, { recurrence: 'quarterly' }],
  ['định kỳ 6 tháng', 'recurring', null, null, { recurrence: 'every 6 months' }],
  ['hàng năm', 'recurring', null, null, { recurrence: 'yearly' }],
  ['tháng 12 hàng năm', 'recurring', '2023-12-01', '2023-12-31', { recurrence: 'yearly' }],
  [
    '07 tháng kể từ ngày VP Chính phủ hướng dẫn phiên bản mới',
    'conditional',
    null,
    null,
    { condition: '07 tháng kể từ ngày VP Chính phủ hướng dẫn phiên bản mới' },
  ],
  ['Khi có văn bản chỉ đạo của Trung ương.', 'conditional', null, null, { condition: 'Khi có văn bản chỉ đạo của Trung ương' }],
  ['Theo hướng dẫn của Văn phòng Chính phủ.', 'conditional', null, null, { condition: 'Theo hướng dẫn của Văn phòng Chính phủ' }],
  ['Theo thời hạn quy định của Văn bản quy phạm pháp luật.', 'conditional', null, null],
  ['Ngay sau khi các bộ, ngành ban hành văn bản hướng dẫn.', 'conditional', null, null],
  ['Sau khi có hướng dẫn của Bộ Nội vụ', 'conditional', null, null],
];

describe('parseDeadline: every form the seeds print (plan year 2023)', () => {
  it.each(PLAN_2023)('%s → %s', (text, kind, start, end, extra) => {
    const deadline = parseDeadline(text, { year: 2023 });
    expect(deadline).toMatchObject({ text, kind, start, end, parts: [] });
    if (extra?.recurrence) expect(deadline.recurrence).toBe(extra.recurrence);
    if (extra?.condition) expect(deadline.condition).toBe(extra.condition);
  });
});

describe('parseDeadline: what it will not guess', () => {
  it.each(['hôm nay', 'Theo tiến độ', 'x', '', 'Quyết định của cơ quan có thẩm quyền'])('%j has no interval', (text) => {
    const deadline = parseDeadline(text, { year: 2023 });
    expect(deadline.start).toBeNull();
    expect(deadline.end).toBeNull();
    expect(deadline.text).toBe(text);
  });

  it('leaves a year-less date open when the plan year is unknown', () => {
    expect(parseDeadline('Quý II', { year: null })).toMatchObject({ kind: 'quarter', start: null, end: null });
    expect(parseDeadline('tháng 12', {})).toMatchObject({ kind: 'month', start: null, end: null });
  });

  it('reads nothing from text without diacritics (restore first)', () => {
    expect(parseDeadline('Truoc thang 6 nam 2013', { year: 2013 }).kind).toBe('unknown');
  });

  it('rejects impossible calendar days', () => {
    expect(parseDeadline('Trước ngày 31/6/2022', { year: 2022 }).end).toBeNull();
  });

  it('fills a year-less date with the plan year, not the current one', () => {
    expect(parseDeadline('trước 15/11', { year: 2011 })).toMatchObject({ kind: 'before', end: '2011-11-15' });
    expect(parseDeadline('Tháng 02', { year: 2022 })).toMatchObject({ start: '2022-02-01', end: '2022-02-28' });
    expect(parseDeadline('Tháng 02', { year: 2024 }).end).toBe('2024-02-29');
  });
});

describe('parseDeadline: labelled multi-part cells', () => {
  it('splits "- label: deadline" items and repeats the part due first', () => {
    const text = '- Kế hoạch: chậm nhất trong Quý I/2023; - Báo cáo kết quả thực hiện: định kỳ hàng quý';
    const deadline = parseDeadline(text, { year: 2023 });
    expect(deadline.parts).toMatchObject([
      { label: 'Kế hoạch', kind: 'before', end: '2023-03-31' },
      { label: 'Báo cáo kết quả thực hiện', kind: 'recurring', recurrence: 'quarterly' },
    ]);
    expect(deadline).toMatchObject({ text, kind: 'before', end: '2023-03-31' });
  });

  it('splits bullets printed on one line, with or without a full stop between them', () => {
    const text =
      '- Kế hoạch kiểm tra, rà soát văn bản QPPL: chậm nhất trong Quý I/2023. - Báo cáo kết quả rà soát: định kỳ hàng quý - Quyết định xử lý văn bản QPPL: thường xuyên.';
    const deadline = parseDeadline(text, { year: 2023 });
    expect(deadline.parts.map((p) => [p.label, p.kind])).toEqual([
      ['Kế hoạch kiểm tra, rà soát văn bản QPPL', 'before'],
      ['Báo cáo kết quả rà soát', 'recurring'],
      ['Quyết định xử lý văn bản QPPL', 'ongoing'],
    ]);
  });

  it('reads list items given one a line', () => {
    const text = '- Xây dựng kế hoạch: chậm nhất quý II/2023.\n- Báo cáo kết quả thực hiện: chậm nhất quý I/2024.';
    const deadline = parseDeadline(text, { year: 2023 });
    expect(deadline.parts.map((p) => p.end)).toEqual(['2023-06-30', '2024-03-31']);
    expect(deadline.end).toBe('2023-06-30');
  });

  it('takes the part due first even when it is not printed first', () => {
    const text =
      '- Báo cáo tự chấm điểm: Trước 25/12/2023; - Báo cáo tổng hợp chỉ số CCHC toàn tỉnh: quý I/2024; - Kế hoạch CCHC 2023 của các cơ quan, đơn vị: Trước 05/01/2023';
    expect(parseDeadline(text, { year: 2023 })).toMatchObject({ kind: 'before', end: '2023-01-05' });
  });

  it('keeps a single labelled item as one part', () => {
    const deadline = parseDeadline('Báo cáo kết quả khảo sát: tháng 12 hàng năm.', { year: 2023 });
    expect(deadline.parts).toHaveLength(1);
    expect(deadline).toMatchObject({ kind: 'recurring', recurrence: 'yearly', start: '2023-12-01' });
  });

  it('does not take a period dash or a comma list for labelled parts', () => {
    expect(parseDeadline('giai đoạn 2021 - 2025', { year: 2023 }).parts).toEqual([]);
    expect(parseDeadline('Thường xuyên, từ năm 2012', { year: 2012 }).parts).toEqual([]);
  });
});
