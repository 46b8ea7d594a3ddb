// The OCR table matcher's agency vocabulary (taken from the gazetteer) and how it
// reads names out of cells whose columns the OCR shuffled together.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GAZETTEER } from '../../src/knowledge/agencies/index.js';
import { agencyNames } from '../../src/segment/ocr/agency-names.js';
import { findAgencies } from '../../src/segment/ocr/agencies.js';

const names = (text: string) => findAgencies(text).map((a) => a.name);

describe('OCR agency vocabulary', () => {
  it('covers every provincial and local gazetteer entry, collective ones marked generic', () => {
    const ids = new Set(agencyNames().map((a) => a.id));
    for (const entry of GAZETTEER.filter(
      (e) =>
        e.level !== 'trung-uong' && !['ubnd-tinh', 'chu-tich-ubnd-tinh', 'hdnd-tinh', 'tinh-uy', 'ban-thuong-vu-tinh-uy'].includes(e.id),
    )) {
      expect(ids.has(entry.id), entry.id).toBe(true);
      const forms = agencyNames().filter((a) => a.id === entry.id);
      expect(
        forms.every((a) => !!a.generic === !!entry.group),
        entry.id,
      ).toBe(true);
    }
  });

  it('leaves out abbreviations, ministries and the bodies products are addressed to', () => {
    const printed = agencyNames().map((a) => a.name);
    expect(printed).not.toContain('Sở KH&ĐT');
    expect(printed).not.toContain('Đài PTTH');
    expect(printed).toContain('Văn phòng UBND tỉnh');
    expect(printed).not.toContain('Bộ Nội vụ');
    expect(printed).not.toContain('UBND tỉnh');
    // "Báo cáo, trình HĐND tỉnh" is a product, not a cooperating agency.
    expect(names('- Bao cdo, trinh HDND tinh. | S6 Tai chinh')).toEqual(['Sở Tài chính']);
  });

  it('leaves out aliases that only add or drop words, but keeps a collective name without its tail', () => {
    const printed = agencyNames().map((a) => a.name);
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

describe('OCR agency search shortcuts', () => {
  // Cells made of agency names (OCR-damaged: marks dropped, letters swapped, words glued, other
  // columns' words between them), read with the shortcuts (a token's name words worked out once,
  // names without a telling word skipped, a name re-read only when a token it depended on was used
  // up) and without: the finds must be the same.
  const words = agencyNames().flatMap((a) => a.name.split(/\s+/u));
  const fillers = [
    'Bao cao',
    'Quy IV',
    'nam 2022',
    'trien khai',
    'thuc hien',
    '-',
    ';',
    '|',
    'Ké hoach',
    'c4c',
    'S6',
    'donvi',
    'tinh',
    'cap huyen',
  ];
  const damage = (word: string, how: number) =>
    how === 0
      ? word
      : how === 1
        ? word.normalize('NFD').replace(/[\u0300-\u036f]/gu, '')
        : how === 2
          ? word.replace(/o/u, '6').replace(/a/u, '4')
          : word.slice(0, -1);
  const cell = fc
    .array(
      fc.oneof(
        fc.tuple(fc.constantFrom(...agencyNames().map((a) => a.name)), fc.integer({ min: 0, max: 3 })).map(([name, how]) =>
          name
            .split(' ')
            .map((w) => damage(w, how))
            .join(' '),
        ),
        fc.constantFrom(...words),
        fc.constantFrom(...fillers),
      ),
      { minLength: 1, maxLength: 14 },
    )
    .map((parts) => parts.join(' '));

  // Names that share words, their words interleaved as the OCR shuffles side columns together.
  const related = agencyNames()
    .map((a) => a.name)
    .filter((n) => /^(Sở|Văn phòng|UBND|Phòng|Ban|Trung tâm|Các)/u.test(n));
  const shuffled = fc
    .tuple(fc.array(fc.constantFrom(...related), { minLength: 2, maxLength: 4 }), fc.array(fc.nat(), { minLength: 30, maxLength: 30 }))
    .map(([names, order]) => {
      const tokens = names.flatMap((n) => n.split(' '));
      // A partial shuffle: each token swaps with one a few places on.
      for (let i = 0; i + 1 < tokens.length; i++) {
        const j = Math.min(tokens.length - 1, i + (order[i % order.length]! % 3));
        [tokens[i], tokens[j]] = [tokens[j]!, tokens[i]!];
      }
      return tokens.join(' ');
    });

  it('finds the same agencies with and without them in interleaved names', () => {
    fc.assert(
      fc.property(shuffled, (text) => {
        expect(findAgencies(text)).toEqual(findAgencies(text, 0.55, 0.7, { rereadAll: true }));
      }),
      { numRuns: 1500 },
    );
  });

  it('finds the same agencies with and without them', () => {
    fc.assert(
      fc.property(cell, fc.constantFrom([0.55, 0.7], [0.6, 0.6]), (text, [minScore, minGeneric]) => {
        expect(findAgencies(text, minScore, minGeneric)).toEqual(findAgencies(text, minScore, minGeneric, { rereadAll: true }));
      }),
      { numRuns: 600 },
    );
  });
});
