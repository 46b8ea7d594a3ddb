// An agency of an OCR'd interleaved row given as printed, not as another wording of the gazetteer.
import { describe, expect, it } from 'vitest';
import { findAgencies } from '../../src/segment/ocr/agencies.js';
import { sideSpots } from '../../src/segment/ocr/lead-column.js';
import { printedAgency } from '../../src/segment/ocr/printed-agency.js';

function read(parts: Array<{ content: string; side: string }>) {
  const side = parts.map((p) => p.side).join(' | ');
  const spots = sideSpots(parts);
  return findAgencies(side).map((a) => ({ id: a.id, name: a.name, printed: printedAgency(a, side, spots) }));
}

describe('printedAgency', () => {
  it('gives the wording the cell prints over two lines, where the gazetteer found another form', () => {
    const found = read([
      { content: 'Rà soát thủ tục hành chính thuộc', side: ' | Ủy ban nhân dân Quý II/2025' },
      { content: 'thẩm quyền giải quyết của cấp xã.', side: ' | xã, phường' },
    ]);
    expect(found).toEqual([{ id: 'ubnd-cap-xa', name: expect.any(String), printed: 'Ủy ban nhân dân xã, phường' }]);
  });

  it('keeps the name read whole as the gazetteer spells it', () => {
    const found = read([{ content: 'Tổ chức tập huấn cho giáo viên', side: ' | Sở Giáo dục và Đào tạo Tháng 6/2025' }]);
    expect(found.map((f) => [f.name, f.printed])).toEqual([['Sở Giáo dục và Đào tạo', null]]);
  });

  it('keeps the gazetteer name when the printed words lost one that tells the body', () => {
    const found = read([
      { content: 'Nâng cấp hệ thống một cửa', side: ' | Trung tâm Phục vụ Quý III/2025' },
      { content: 'điện tử của tỉnh.', side: ' | chính công tỉnh' },
    ]);
    expect(found.map((f) => [f.id, f.printed])).toEqual([['trung-tam-phuc-vu-hanh-chinh-cong', null]]);
  });
});
