// Inputs that once cost the square of their size or worse: each must end in a few seconds
// with the same reading as before on ordinary sizes.
import { describe, expect, it } from 'vitest';
import { findAgencies } from '../../src/segment/ocr/agencies.js';
import { parse } from '../../src/pipeline.js';

const CELL = 'Sở Nội vụ; UBND cấp huyện; Sở Tư pháp chủ trì phối hợp các sở ban ngành Văn phòng UBND tỉnh Sở Thông tin và Truyền thông ';

const seconds = (start: number) => (performance.now() - start) / 1000;

describe('hostile sizes', () => {
  it('reads the agencies of a 58 KB OCR\'d cell in seconds (matchNear was 33 s and more)', () => {
    const text = CELL.repeat(Math.ceil((58 * 1024) / CELL.length));
    const start = performance.now();
    const found = findAgencies(text);
    expect(seconds(start)).toBeLessThan(15);
    expect(found.map((f) => f.id)).toEqual(expect.arrayContaining(findAgencies(CELL).map((f) => f.id)));
  });

  it('joins 5,000 wrapped lines without full stops in seconds (isAllCaps over the paragraph was 20 s)', () => {
    const head = 'ỦY BAN NHÂN DÂN\nTỈNH THANH HÓA\nSố: 12/QĐ-UBND\nQUYẾT ĐỊNH\nBan hành Kế hoạch cải cách hành chính năm 2023\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch\n';
    const body = Array.from({ length: 5000 }, (_, i) => `rà soát văn bản quy phạm pháp luật của tỉnh ở dòng ${i} và tiếp-`).join('\n');
    const start = performance.now();
    const doc = parse(head + body + '\ntục.', { path: 'wrapped.txt', restore: 'never' });
    expect(seconds(start)).toBeLessThan(10);
    const article = doc.decision.articles[0]!;
    // One paragraph: every wrapped line joined, the hyphen across each break mended.
    expect(article.source.endLine).toBe(6 + 5000 + 1);
    expect(article.text).toContain('ở dòng 0 và tiếprà soát');
    expect(article.text.endsWith('dòng 4999 và tiếptục.')).toBe(true);
  });
});
