// Citations as the seeds' legal bases and body text phrase them.
import { describe, expect, it } from 'vitest';
import { extractCitations } from '../../src/extract/citations.js';

const read = (text: string, startLine = 1, endLine = startLine + text.split('\n').length - 1) =>
  extractCitations([{ text, startLine, endLine }]);

describe('extractCitations', () => {
  it.each<[string, { type: string; number: string | null; date: string | null; issuer: string | null }]>([
    [
      'Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ về việc ban hành Chương trình tổng thể cải cách hành chính nhà nước;',
      { type: 'Nghị quyết', number: '76/NQ-CP', date: '2021-07-15', issuer: 'Chính phủ' },
    ],
    [
      'Căn cứ Quyết định số 3740/QĐ-UBND ngày 24/9/2021 của UBND tỉnh Thanh Hóa ban hành Kế hoạch thực hiện cải cách hành chính.',
      { type: 'Quyết định', number: '3740/QĐ-UBND', date: '2021-09-24', issuer: 'UBND tỉnh Thanh Hóa' },
    ],
    [
      'tổ chức lại các phòng, ban theo Nghị định số 107/2020/NĐ-CP của Chính phủ.',
      { type: 'Nghị định', number: '107/2020/NĐ-CP', date: null, issuer: 'Chính phủ' },
    ],
    [
      'Căn cứ Kế hoạch số 22-KH/TU ngày 23/7/2021 của Ban Chấp hành Đảng bộ tỉnh thực hiện Khâu đột phá;',
      { type: 'Kế hoạch', number: '22-KH/TU', date: '2021-07-23', issuer: 'Ban Chấp hành Đảng bộ tỉnh' },
    ],
    [
      'Căn cứ Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ về ban hành Chương trình tổng thể;',
      { type: 'Nghị quyết', number: '30c/NQ-CP', date: '2011-11-08', issuer: 'Chính phủ' },
    ],
    ['Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;', { type: 'Luật', number: null, date: '2015-06-19', issuer: null }],
    [
      'Căn cứ Công văn số 207/BNV-CCHC ngày 11/01/2012 của Bộ Nội vụ về việc hướng dẫn xây dựng kế hoạch;',
      { type: 'Công văn', number: '207/BNV-CCHC', date: '2012-01-11', issuer: 'Bộ Nội vụ' },
    ],
    [
      'Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 738/TTr-SNV ngày 13/12/2022.',
      { type: 'Tờ trình', number: '738/TTr-SNV', date: '2022-12-13', issuer: null },
    ],
    [
      'Chỉ thị số 23/CT-TTg ngày 02 tháng 9 năm 2021 của Thủ tướng Chính phủ;',
      { type: 'Chỉ thị', number: '23/CT-TTg', date: '2021-09-02', issuer: 'Thủ tướng Chính phủ' },
    ],
    [
      'năm 2023 theo Kế hoạch 3580/KH-UBND ngày 09/12/2022 của Ủy ban nhân dân tỉnh.',
      { type: 'Kế hoạch', number: '3580/KH-UBND', date: '2022-12-09', issuer: 'Ủy ban nhân dân tỉnh' },
    ],
    [
      'Sửa đổi, bổ sung quyết định số 4308/QĐ-UBND ngày 29/10/2021 của UBND tỉnh về việc ban hành Bộ tiêu chí',
      { type: 'Quyết định', number: '4308/QĐ-UBND', date: '2021-10-29', issuer: 'UBND tỉnh' },
    ],
  ])('%s', (text, expected) => {
    expect(read(text)).toMatchObject([expected]);
  });

  it('reads several citations in one span, each with its own line', () => {
    const text =
      'Thực hiện Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính\nphủ; Kế hoạch số 4347/KH-UBND ngày 25 tháng\n11 năm 2021 của Ủy ban nhân dân tỉnh về thực hiện';
    const citations = read(text, 3);
    expect(citations.map((c) => [c.number, c.date, c.issuer, c.source.startLine, c.source.endLine])).toEqual([
      ['76/NQ-CP', '2021-07-15', 'Chính phủ', 3, 4],
      ['4347/KH-UBND', '2021-11-25', 'Ủy ban nhân dân tỉnh', 4, 5],
    ]);
  });

  it('joins a number wrapped after its dash', () => {
    expect(read('theo Nghị quyết số 18-\nNQ/TW của Ban Chấp hành Trung ương')[0]).toMatchObject({
      number: '18-NQ/TW',
      issuer: 'Ban Chấp hành Trung ương',
    });
  });

  it('takes an amending law as one citation and laws with a year', () => {
    const citations = read(
      'Luật Cán bộ, công chức năm 2008, Luật Viên chức năm 2010 và Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật Viên chức năm 2019',
    );
    expect(citations.map((c) => c.text)).toEqual([
      'Luật Cán bộ, công chức năm 2008',
      'Luật Viên chức năm 2010',
      'Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật Viên chức năm 2019',
    ]);
  });

  it('keeps each occurrence once per span and reads nothing without a number or date', () => {
    const spans = [
      { text: 'theo Nghị định số 107/2020/NĐ-CP; theo Nghị định số 107/2020/NĐ-CP', startLine: 1, endLine: 1 },
      { text: 'theo Nghị định số 107/2020/NĐ-CP', startLine: 9, endLine: 9 },
      {
        text: 'Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính năm 2023; theo quy định của Luật.',
        startLine: 12,
        endLine: 12,
      },
    ];
    expect(extractCitations(spans).map((c) => c.source.startLine)).toEqual([1, 9]);
  });
});

describe('document numbers from OCR', () => {
  it.each([
    ['Quyết định số 42/2014/Qb-TTg ngày 27/7/2014 của Thủ tướng Chính phủ', '42/2014/QĐ-TTg'],
    ['Quyết định số 3740/0D-UBND ngày 24/9/2021', '3740/QĐ-UBND'],
    ['Quyết định số 221/2016/QP-UBND ngày 18/01/2016', '221/2016/QĐ-UBND'],
    ['Nghị định số 107/2020/ND-CP', '107/2020/NĐ-CP'],
    ['Nghị quyết số 76/NQ-CP', '76/NQ-CP'],
    ['Kế hoạch số 22-KH/TU', '22-KH/TU'],
  ])('%s → %s', (text, number) => {
    expect(extractCitations([{ text, startLine: 1, endLine: 1 }])[0]?.number).toBe(number);
  });
});

describe('citations in hard-wrapped prose', () => {
  it('joins a code wrapped after its dash and stops the issuer at the verb', () => {
    const [first, second] = extractCitations([
      {
        text: 'Nghị định số 117/2013/NĐ- CP của Chính phủ bảo đảm thực hiện; Nghị định số 09/2019/NĐ-CP của Chính phủ để thống nhất',
        startLine: 1,
        endLine: 1,
      },
    ]);
    expect(first).toMatchObject({ number: '117/2013/NĐ-CP', issuer: 'Chính phủ' });
    expect(second).toMatchObject({ number: '09/2019/NĐ-CP', issuer: 'Chính phủ' });
  });
});
