// Lead or cooperating: where on an OCR'd line each agency's words stand.
import { describe, expect, it } from 'vitest';
import { findAgencies } from '../../src/segment/ocr/agencies.js';
import { sideSpots, splitByColumn } from '../../src/segment/ocr/lead-column.js';
import { ocrTokens } from '../../src/segment/ocr/text.js';

/** A row's lines as the rebuilder splits them: task text, then what stands beside it. */
function split(parts: Array<{ content: string; side: string }>) {
  const agencies = findAgencies(parts.map((p) => p.side).join(' | '));
  const result = splitByColumn(agencies, sideSpots(parts));
  return result && { lead: result.lead.map((a) => a.name), cooperating: result.cooperating.map((a) => a.name) };
}

describe('lead and cooperating columns by position on the line', () => {
  it('takes the left of two agencies on one line, cells apart, as the lead, even a collective one', () => {
    expect(
      split([
        { content: 'Ra soat, sap xep lai cac don vi ', side: '| - Quyét dinh cua' },
        { content: 'thuoc UBND cap huyén, cap xa theo ', side: '| UBND cac huyén, thi | - S6 Noi vu; - Cac' },
        { content: 'quy dinh cua Trung uong. ', side: '| xa, thanh phé | co quan lién quan.' },
      ]),
    ).toEqual({ lead: ['UBND các huyện, thị xã, thành phố'], cooperating: ['Sở Nội vụ', 'Các cơ quan liên quan'] });
  });

  it('puts a named agency that stands right of a collective one in the cooperating column', () => {
    expect(
      split([
        { content: 'Nang cap phan mém quan ly van ban ', side: '|- Cac so, ban,| Thuong' },
        { content: 'va diéu hanh cua cac co quan ', side: '| nganh: S0 Tai chinh;| xuyén.' },
      ]),
    ).toEqual({ lead: ['Các sở, ban, ngành'], cooperating: ['Sở Tài chính'] });
  });

  it('casts no vote for agencies listed in one cell ("Sở Y tế, Sở Xây dựng"), nor when each has a line of its own', () => {
    expect(split([{ content: 'Kiem tra ', side: '| S6 Y té, S6 Xay dung' }])).toBeNull();
    expect(
      split([
        { content: 'Kiem tra cong tac ', side: '| S6 Tu phap' },
        { content: 'cai cach hanh chinh ', side: '| - UBND cap huyén' },
      ]),
    ).toBeNull();
  });

  it('leaves a collective name alone on its lines in the cooperating column', () => {
    expect(
      split([
        { content: 'Trien khai ', side: '| S6 Xay dung | - Cac co quan lién quan' },
        { content: 'quy hoach ', side: '| - UBND cép xa.' },
      ]),
    ).toEqual({ lead: ['Sở Xây dựng'], cooperating: ['Các cơ quan liên quan', 'UBND cấp xã'] });
  });
});

describe('OCR tokens of agency names', () => {
  it('reads a "Sở" printed as 50 or 80 when a word follows it', () => {
    expect(ocrTokens('50 Noi vu, Cac 80, ban')).toEqual(['so', 'noi', 'vu', 'cac', 'so', 'ban']);
    expect(ocrTokens('dat 50 % ke hoach')).toEqual(['dat', '50', 'ke', 'hoach']);
  });

  it('reads "vy" as the "vụ" whose dot the OCR took for a y', () => {
    expect(findAgencies('| S6 Noi vy; |').map((a) => a.name)).toEqual(['Sở Nội vụ']);
  });
});
