// The layouts bench's OCR mode (scripts/bench/layouts.bench.ts, CCHC_LAYOUTS_OCR): what a print of a
// plan shows, which of its pages are read, and the gold cut to them. Invented text, no OCR run.
import { describe, expect, it } from 'vitest';
import { goldOnPages, printWindow } from '../../scripts/bench/gold-on-pages.js';
import { pageLines, printedLines } from '../../scripts/bench/print-ocr.js';

const decision = { number: '12/KH-UBND', date: '2024-03-05', signer: 'Nguyễn Văn An' };
const task = (content: string) => ({ content, lead: ['Sở Nội vụ'] });

describe('printedLines', () => {
  it('wraps at spaces within 90 characters, drops emphasis, tags and table rules, and keeps one blank line between paragraphs', () => {
    const long = Array.from({ length: 30 }, (_, i) => `từ${i}`).join(' ');
    const lines = printedLines(`**KẾ HOẠCH**\n\n\n| STT | Nội dung |\n|---|---|\n| 1 | Rà soát <b>thủ tục</b> |\n${long}`);
    expect(lines.every((l) => l.length <= 90)).toBe(true);
    expect(lines[0]).toBe('KẾ HOẠCH');
    expect(lines[1]).toBe('');
    expect(lines[2]).toBe('STT Nội dung');
    expect(lines[3]).toBe('1 Rà soát thủ tục');
    expect(lines.slice(4).join(' ')).toBe(long);
  });
});

describe('printWindow and goldOnPages', () => {
  const filler = (n: number, word: string) => Array.from({ length: n }, (_, i) => `${word} dòng ${i} của phần mở đầu.`);
  const head = ['ỦY BAN NHÂN DÂN', 'Số: 12/KH-UBND', 'Hà Nội, ngày 05 tháng 3 năm 2024'];

  it('reads the first pages when the tasks begin within them', () => {
    const lines = [...head, ...filler(20, 'căn cứ'), '1. Rà soát thủ tục hành chính cấp tỉnh', ...filler(200, 'phần sau')];
    const pages = printWindow(lines, [task('Rà soát thủ tục hành chính cấp tỉnh')], 3);
    expect(pages.flat()).toEqual(lines.slice(0, 3 * pageLines));
  });

  it('reads the first page and the pages from a few lines above the first task when the tasks begin later', () => {
    const lines = [...head, ...filler(300, 'căn cứ'), 'II. NHIỆM VỤ', '1. Rà soát thủ tục hành chính cấp tỉnh', ...filler(200, 'phần sau')];
    const pages = printWindow(lines, [task('Rà soát thủ tục hành chính cấp tỉnh')], 3);
    expect(pages).toHaveLength(3);
    expect(pages[0]).toEqual(lines.slice(0, pageLines));
    expect(pages[1]).toContain('II. NHIỆM VỤ');
  });

  it('keeps the gold tasks whose content begins on the pages, and says which header fields they print', () => {
    const printed = [...head, '1. Rà soát, đơn giản hóa thủ tục hành chính', 'trong lĩnh vực đất đai.'].join('\n');
    const cut = goldOnPages(
      {
        decision,
        tasks: [task('Rà soát, đơn giản hóa thủ tục hành chính trong lĩnh vực đất đai'), task('Công khai kết quả giải quyết hồ sơ')],
      },
      printed,
    );
    expect(cut.gold.tasks).toHaveLength(1);
    expect(cut.shown).toEqual({ number: true, date: true, signer: false });
  });
});
