// An appendix heading whose Roman numeral the OCR misread (src/segment/ocr/markers.ts): "III"
// read as "HI" or "IH" (two strokes joined into an H), "II" as "Il" or "TI". Read back only where the
// letters make a numeral from I to X; a word after "Phụ lục" is no label.
import { describe, expect, it } from 'vitest';
import { appendixHeadingOcr } from '../../src/segment/ocr/markers.js';

const heading = (text: string) => appendixHeadingOcr({ line: 1, text, tabLed: false, emphasis: false });

describe('an OCR’d appendix heading with its Roman numeral misread', () => {
  it('reads H as two I’s and l as an I', () => {
    expect(heading('PHỤ LỤC HI')).toMatchObject({ label: 'III', title: '' });
    expect(heading('PHỤ LỤC IH')).toMatchObject({ label: 'III' });
    expect(heading('Phu luc Il - Danh muc nhiem vu')).toMatchObject({ label: 'II', title: 'Danh muc nhiem vu' });
  });

  it('reads T as an I whose serifs the OCR joined', () => {
    expect(heading('PHỤ LỤC TI')).toMatchObject({ label: 'II', title: '' });
    expect(heading('PHỤ LỤC IIT: Các nhiệm vụ')).toMatchObject({ label: 'III', title: 'Các nhiệm vụ' });
    expect(heading('Phụ lục tiếp theo')).toBeNull();
  });

  it('reads no label from letters that make no numeral, or from a word', () => {
    expect(heading('PHỤ LỤC HH')).toBeNull();
    expect(heading('Phụ lục hướng dẫn')).toBeNull();
    expect(heading('Phụ lục này')).toBeNull();
  });
});
