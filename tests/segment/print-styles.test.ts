// The same plan printed in other styles reads as it does in the house style: list markers closed by
// ")" or "/", bullets as "•" or "–", doubled spaces, agency headings in capitals, page numbers left
// between the lines, a blank line after every line.
import { describe, expect, it } from 'vitest';
import type { LayoutLine } from '../../src/read/layout-line.js';
import { parse } from '../../src/pipeline.js';
import { markerStyle, printStyles } from '../../src/segment/print-styles.js';
import { withoutPageBreaks } from '../../src/segment/page-breaks.js';

const lines = (...texts: string[]): LayoutLine[] => texts.map((text, i) => ({ line: i + 1, text, tabLed: false, emphasis: false }));

describe('list markers in one style', () => {
  it('reads "1)", "2.1/", "a/", "b.", "•", "–", "*" as "1.", "2.1.", "a)", "b)", "-"', () => {
    expect(
      ['1) Sở Nội vụ:', '2.1/ Rà soát', 'a/ Chủ trì', 'b. Phối hợp', '• Tuyên truyền', '– Kiểm tra', '* Báo cáo', '3)'].map(markerStyle),
    ).toEqual(['1. Sở Nội vụ:', '2.1. Rà soát', 'a) Chủ trì', 'b) Phối hợp', '- Tuyên truyền', '- Kiểm tra', '- Báo cáo', '3.']);
  });

  it('leaves dates, numbers in text and rules as printed', () => {
    for (const text of ['12/2025', '15/10/2025 - 31/12/2025', '2025', '-----', 'ngày 3) tháng', 'A. NHIỆM VỤ'])
      expect(markerStyle(text)).toBe(text);
  });

  it("makes doubled spaces and tabs one space in clean text, and keeps an OCR'd text's gaps", () => {
    const printed = lines('1.\tSở  Tài chính:  bố trí kinh phí');
    expect(printStyles(printed, { clean: true })[0]!.text).toBe('1. Sở Tài chính: bố trí kinh phí');
    expect(printStyles(printed, { clean: false })[0]!.text).toBe('1. Sở  Tài chính:  bố trí kinh phí');
  });
});

describe('page breaks', () => {
  const page = (n: number, from: number) => [...Array.from({ length: 22 }, (_, i) => `dòng ${from + i} của trang`), '', String(n), ''];

  it('drops page numbers that go 2, 3, 4 down the pages, and keeps a lone number', () => {
    const texts = [...page(2, 1), ...page(3, 30), ...page(4, 60), 'Mục', '', '7', '', 'hết'];
    const kept = withoutPageBreaks(lines(...texts)).map((l) => l.text);
    expect(kept.filter((t) => /^\d+$/u.test(t))).toEqual(['7']);
    expect(kept.filter((t) => t.startsWith('dòng'))).toHaveLength(66);
  });

  it("drops the header lines every page prints again below its number, and keeps the page's own text", () => {
    const header = ['BIỂU MẪU KẾ HOẠCH', 'Lần ban hành: 1'];
    const texts = [...page(2, 1), ...header, ...page(3, 30), ...header, ...page(4, 60), ...header, 'Sở Nội vụ'];
    const kept = withoutPageBreaks(lines(...texts)).map((l) => l.text);
    expect(kept.filter((t) => header.includes(t))).toEqual([]);
    expect(kept.at(-1)).toBe('Sở Nội vụ');
  });

  it('reads a double-spaced text single-spaced, keeping its paragraph ends', () => {
    const paragraph = (n: number) => [`Đoạn ${n} dòng một`, '', 'dòng hai', '', 'dòng ba.', '', ''];
    const texts = Array.from({ length: 8 }, (_, n) => paragraph(n)).flat();
    const kept = withoutPageBreaks(lines(...texts)).map((l) => l.text);
    expect(kept.slice(0, 5)).toEqual(['Đoạn 0 dòng một', 'dòng hai', 'dòng ba.', '', 'Đoạn 1 dòng một']);
  });

  it('leaves a text with a blank line between one-line paragraphs as it is', () => {
    const texts = Array.from({ length: 30 }, (_, n) => [`Đoạn ${n}.`, '']).flat();
    expect(withoutPageBreaks(lines(...texts))).toHaveLength(texts.length);
  });
});

// An invented plan: agency headings over their tasks, each with a deadline.
const plan = (heading: (n: number, agency: string) => string, bullet: string) => `KẾ HOẠCH
Triển khai công tác cải cách hành chính năm 2026

I. TỔ CHỨC THỰC HIỆN
${heading(1, 'Sở Tài chính')}
${bullet} Bố trí kinh phí thực hiện Kế hoạch, hoàn thành trước ngày 31 tháng 3 năm 2026.
${bullet} Hướng dẫn thanh quyết toán kinh phí cải cách hành chính.
${heading(2, 'Sở Nội vụ')}
${bullet} Theo dõi, đôn đốc các cơ quan thực hiện Kế hoạch.
${heading(3, 'Sở Tư pháp')}
${bullet} Rà soát thủ tục hành chính thuộc thẩm quyền, hoàn thành trong quý II năm 2026.
`;

describe('a plan printed in other styles', () => {
  const read = (text: string) =>
    parse(text, { path: 'plan.txt', restore: 'never' }).tasks.map((t) => [
      t.lead[0]?.canonical ?? t.lead[0]?.name,
      t.content,
      t.deadline?.text ?? null,
    ]);
  const house = read(plan((n, agency) => `${n}. ${agency}:`, '-'));

  it('reads every task of the house style', () => {
    expect(house).toHaveLength(4);
    expect(house.map((t) => t[0])).toEqual(['Sở Tài chính', 'Sở Tài chính', 'Sở Nội vụ', 'Sở Tư pháp']);
  });

  it.each([
    ['"1)" and "•"', plan((n, agency) => `${n}) ${agency}:`, '•')],
    ['"1/" and "–"', plan((n, agency) => `${n}/ ${agency}:`, '–')],
    ['headings in capitals', plan((n, agency) => `${n}. ${agency.toLocaleUpperCase('vi')}:`, '-')],
    ['doubled spaces', plan((n, agency) => `${n}.  ${agency.replace(/ /gu, '  ')}:`, '-  ')],
  ])('reads the same tasks with %s', (_, text) => {
    expect(read(text)).toEqual(house);
  });
});
