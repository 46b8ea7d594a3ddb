// The OCR table matcher's agency vocabulary (taken from the gazetteer) and how it
// reads names out of cells whose columns the OCR shuffled together.
import { describe, expect, it } from 'vitest';
import { GAZETTEER } from '../../src/extract/agencies/gazetteer.js';
import { AGENCY_NAMES } from '../../src/segment/ocr/agency-names.js';
import { findAgencies } from '../../src/segment/ocr/agencies.js';

const names = (text: string) => findAgencies(text).map((a) => a.name);

describe('OCR agency vocabulary', () => {
  it('covers every provincial and local gazetteer entry, collective ones marked generic', () => {
    const ids = new Set(AGENCY_NAMES.map((a) => a.id));
    for (const entry of GAZETTEER.filter((e) => e.level !== 'trung-uong' && !['ubnd-tinh', 'chu-tich-ubnd-tinh', 'hdnd-tinh', 'tinh-uy', 'ban-thuong-vu-tinh-uy'].includes(e.id))) {
      expect(ids.has(entry.id), entry.id).toBe(true);
      const forms = AGENCY_NAMES.filter((a) => a.id === entry.id);
      expect(forms.every((a) => !!a.generic === !!entry.group), entry.id).toBe(true);
    }
  });

  it('leaves out abbreviations, ministries and the bodies products are addressed to', () => {
    const printed = AGENCY_NAMES.map((a) => a.name);
    expect(printed).not.toContain('Sở KH&ĐT');
    expect(printed).not.toContain('Đài PTTH');
    expect(printed).toContain('Văn phòng UBND tỉnh');
    expect(printed).not.toContain('Bộ Nội vụ');
    expect(printed).not.toContain('UBND tỉnh');
    // "Báo cáo, trình HĐND tỉnh" is a product, not a cooperating agency.
    expect(names('- Bao cdo, trinh HDND tinh. | S6 Tai chinh')).toEqual(['Sở Tài chính']);
  });

  it('leaves out aliases that only add or drop words, but keeps a collective name without its tail', () => {
    const printed = AGENCY_NAMES.map((a) => a.name);
    expect(printed).not.toContain('Các cơ quan có liên quan');
    expect(printed).not.toContain('Cơ quan liên quan');
    expect(printed).toContain('Các sở, ban, ngành');
    expect(names('|- Cac s0, ban, nganh; 12/2023')).toEqual(['Các sở, ban, ngành']);
  });
});

describe('reading agencies from shuffled cells', () => {
  it('reads a list of two local levels as two agencies, not the one name that spans both', () => {
    expect(names('| - UBND cép huyén; | Quy 11/2023 | - UBND cap xa.')).toEqual(['UBND cấp huyện', 'UBND cấp xã']);
  });

  it('takes the longer of two names read equally well', () => {
    expect(names('So Thong tin va | Quy 1/2023 | Truyén thong.')).toEqual(['Sở Thông tin và Truyền thông']);
  });

  it('keeps a parent body in brackets with the name it follows', () => {
    expect(names('Chi cuc Van thu - Luu trir (S¢ | 6/2023 | Noi vu) | - Cac co quan lién quan')).toEqual([
      'Chi cục Văn thư - Lưu trữ (Sở Nội vụ)',
      'Các cơ quan liên quan',
    ]);
  });

  it('does not read "Báo Thanh Hóa" out of a "Báo cáo" near the province\'s name', () => {
    expect(names('- Bao c4o ket qua | Thanh Hoa | S6 Y té')).toEqual(['Sở Y tế']);
    expect(names('Dai Phat thanh va Truyén hinh tinh; Bao Thanh Hoa')).toContain('Báo Thanh Hóa');
  });
});
