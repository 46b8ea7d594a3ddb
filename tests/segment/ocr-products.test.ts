// Product cells ("Sản phẩm/Kết quả") read out of OCR'd side text.
import { describe, expect, it } from 'vitest';
import { findProducts } from '../../src/segment/ocr/product-shapes.js';

describe('OCR product shapes', () => {
  it('reads a "Quyết định của cơ quan có thẩm quyền" whose "có" is garbled and "quyền" a line below', () => {
    expect(findProducts('| - Quyét dinh cua co | S6 Xay dung | quan c¢6  tham | Cac co quan | quyén.')).toEqual([
      'Quyết định của cơ quan có thẩm quyền',
    ]);
  });

  it('reads "Đề án" when it is a list item of its own', () => {
    expect(findProducts('| - Dé an; | S6 Y té | - Quyét dinh cua | UBND tinh.')).toEqual(['Đề án', 'Quyết định của UBND tỉnh']);
    expect(findProducts('| - Hop dong. | Thang 04/2023')).toEqual(['Hợp đồng']);
  });

  it('does not take an "Đề án" inside running text for a product', () => {
    expect(findProducts('Xay dung Dé an nang cao chat luong | S6 Noi vu')).toEqual([]);
  });
});
