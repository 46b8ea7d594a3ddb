// A lead the gazetteer matched only in part is given as the OCR read it where the printed words
// contradict the match or fit another body as well (src/segment/ocr/lead-as-read.ts); the row's
// other words may then complete it (./lead-completion.ts). Side texts written for this test.
import { describe, expect, it } from 'vitest';
import { findAgencies } from '../../src/segment/ocr/agencies.js';
import { leadAsRead, otherHeadBefore } from '../../src/segment/ocr/lead-as-read.js';

/** The first agency the matcher reads in the side text, and what leadAsRead makes of it. */
function firstRead(side: string): { name: string; asRead: string | null } {
  const found = findAgencies(side)[0];
  if (!found) throw new Error(`no agency read in ${side}`);
  return { name: found.name, asRead: leadAsRead(found, side) };
}

describe('leadAsRead', () => {
  it('keeps "Ủy ban nhân" as printed rather than guess which level it names', () => {
    const { name, asRead } = firstRead(' Ủy ban nhân |  | ');
    expect(name).toMatch(/^Ủy ban nhân dân cấp/u);
    expect(asRead).toBe('Ủy ban nhân');
  });

  it('keeps a department whose telling word contradicts the match ("Sở Nông" is no Sở Công Thương)', () => {
    const { name, asRead } = firstRead(' Sở Nông |  | trường |  Công an Tỉnh | ');
    expect(name).toBe('Sở Công Thương');
    expect(asRead).toBe('Sở Nông');
  });

  it('leaves a match read whole, or short but unambiguous, to stand', () => {
    expect(firstRead(' Sở Giáo dục và | Đào tạo').asRead).toBeNull();
    expect(firstRead(' Sở Khoa học và Công. | Sở, ban, ngành có 2026').asRead).toBeNull();
  });
});

describe('otherHeadBefore', () => {
  it("gives the cell as printed where another body's head stands right before the name's words", () => {
    const side = ' Viện Văn hóa, Thể thao định kỳ hằng năm';
    const found = findAgencies(side)[0]!;
    expect(found.name).toMatch(/^Sở Văn hóa/u);
    expect(otherHeadBefore(found, side)).toBe('Viện Văn hóa, Thể thao');
  });

  it("leaves alone a name whose own head was read with an OCR mark, or a list's next item", () => {
    const marked = ' Sở¢ Khoa học và Công nghệ';
    expect(otherHeadBefore(findAgencies(marked)[0]!, marked)).toBeNull();
    const listed = ' Các cơ quan, Sở Tư pháp Thường xuyên';
    const tuPhap = findAgencies(listed).find((a) => a.name === 'Sở Tư pháp')!;
    expect(otherHeadBefore(tuPhap, listed)).toBeNull();
  });
});
