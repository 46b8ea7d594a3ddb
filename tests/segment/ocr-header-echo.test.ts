// The header of an OCR'd ruled table printed again at the top of a page, garbled by the OCR
// (src/segment/ocr/header-echo.ts, ruled-header.ts): header words a letter off ("Ndi" for "Nội",
// "thyc" for "thực") among stray marks that are no Vietnamese syllable. Such lines are page
// furniture, kept out of the task texts; a row's lines, which hold other words, are not.
// Made-up rows and header lines in that shape.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/pipeline.js';
import { oneEditApart, readAgainstHeader } from '../../src/segment/ocr/header-echo.js';
import { ruledTableFirstPage } from '../helpers/ocr-fixtures.js';

const VOCABULARY = new Set('noi dung cong viec thuc hien co quan chu tri phoi hop thoi gian hoan thanh so'.split(' '));

describe('a line read against the table header’s words', () => {
  it('takes a header word a letter off for that word, and counts the stray marks', () => {
    const echo = readAgainstHeader('Pome thyc Ndi dung céng thuc hién wqx', VOCABULARY)!;
    expect(echo).toMatchObject({ headerWords: 6, junk: 2, words: 0 });
    expect(echo.folded).toBe('pome thuc noi dung cong thuc hien wqx');
  });

  it('keeps a Vietnamese syllable as a word of its own, never as a header word a letter off', () => {
    // "cha" and "tai" are syllables: one letter from "chu" and "tri"/"thoi" does not make them header words.
    expect(readAgainstHeader('Sở Nội vụ cha tai', VOCABULARY)).toMatchObject({ headerWords: 2, words: 3, junk: 0 });
  });

  it('leaves a line with a number (a row number, a deadline) alone', () => {
    expect(readAgainstHeader('Quý IV/2025', VOCABULARY)).toBeNull();
  });

  it('tells one edit apart from two', () => {
    expect(oneEditApart('ndi', 'noi')).toBe(true);
    expect(oneEditApart('ian', 'gian')).toBe(true);
    expect(oneEditApart('thyc', 'thuc')).toBe(true);
    expect(oneEditApart('her', 'hop')).toBe(false);
    expect(oneEditApart('pome', 'phoi')).toBe(false);
  });
});

const GARBLED_AGAIN = `${ruledTableFirstPage('03')}

Cơ quan Cơ quan hoàn Ikj
Ndi dung thyc hién wqx | Co quan chu tri zrb Cơ quan phéi
Tổ chức đối thoại với doanh nghiệp về thủ |Sở Tài chính |Các hiệp hội Năm 2026
tục hành chính trong lĩnh vực đầu tư. doanh nghiệp
`;

describe('an OCR’d ruled table whose header is printed again, garbled, on its next page', () => {
  const doc = parse(GARBLED_AGAIN, { path: 'scan.txt', restore: 'never' });

  it('keeps the garbled header out of the task texts', () => {
    expect(doc.tasks.map((t) => t.content)).toEqual([
      'Xây dựng cơ sở dữ liệu cán bộ, công chức của tỉnh, kết nối với hệ thống quốc gia.',
      'Rà soát quy trình nội bộ giải quyết thủ tục hành chính của các cơ quan chuyên môn.',
      'Tổ chức đối thoại với doanh nghiệp về thủ tục hành chính trong lĩnh vực đầu tư.',
    ]);
  });

  it('reads the next page’s row with its agencies', () => {
    expect(doc.tasks[2]!.lead.map((a) => a.name)).toEqual(['Sở Tài chính']);
  });
});
