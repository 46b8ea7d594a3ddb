// The columns' order from an OCR'd header (src/segment/ocr/ruled-header.ts) where the lead and
// cooperating columns were named on different lines: the cooperating header wrapped ("Cơ quan"
// ⏎ "phối hợp"), its second line alone says nothing of where it stands, and the lead column,
// as tables print them, comes first.
import { describe, expect, it } from 'vitest';
import { findHeader } from '../../src/segment/ocr/ruled-header.js';

describe('a header naming the lead and cooperating columns on different lines', () => {
  it('puts the lead column before the cooperating one', () => {
    const header = findHeader([
      'Tên nhiệm vụ Sản phẩm Đơn vị chủ trì Cơ quan Tiến độ',
      'phối hợp',
      '1 |Tăng cường kiểm tra việc thực hiện |Báo cáo |Sở Nội vụ |- Các sở, Quý II/2025',
    ]);
    expect(header?.columns).toEqual(['content', 'products', 'lead', 'cooperating', 'deadline']);
  });

  it('keeps the order a line naming both gives', () => {
    const header = findHeader([
      'STT Nội dung công việc Cơ quan phối hợp Cơ quan chủ trì Thời hạn',
      '1 Tăng cường kiểm tra việc thực hiện - Các sở, ngành Sở Nội vụ Quý II/2025',
    ]);
    expect(header?.columns.slice(0, 4)).toEqual(['stt', 'content', 'cooperating', 'lead']);
  });
});
