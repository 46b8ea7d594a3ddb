// A line tesseract read across two close lines of heavy type (line-reread.ts): found by its height
// (as tall as two of the page's lines), read again as a block, and its words replaced by the lines
// read in it, each in its own band, when those read better. No tesseract here: the readings are given.
import { describe, expect, it } from 'vitest';
import { applyLineRereads, poorLines } from '../../src/read/ocr/line-reread.js';
import type { Gray } from '../../src/read/ocr/raster.js';
import type { OcrBox } from '../../src/read/ocr/tesseract.js';

const word = (text: string, left: number, top: number, height: number, line: string, confidence = 92): OcrBox => ({
  text,
  left,
  top,
  width: 60,
  height,
  confidence,
  line,
});

/** Lines of three words, 20 pixels tall, 30 apart; line 3 read as one line across rows 3 and 4. */
function page(): { boxes: OcrBox[]; image: Gray } {
  const boxes: OcrBox[] = [];
  for (const [n, top] of [20, 50, 80, 170, 200].entries())
    ['các', 'cơ', 'quan'].forEach((t, i) => boxes.push(word(t, 20 + i * 70, top, 20, `1.1.${n}`)));
  // Garbage across two lines: boxes as tall as both.
  ['HN', '€,', 'TÔ'].forEach((t, i) => boxes.push(word(t, 20 + i * 70, 110, 50, '1.1.9', 35)));
  return { boxes, image: { width: 400, height: 260, pixels: new Uint8Array(400 * 260).fill(255) } };
}

describe('a line read across two lines', () => {
  it('is found by its height and read again as a block of lines, on a page read at its own size too', () => {
    const { boxes, image } = page();
    const crops = poorLines(boxes, image, { poorlyRead: false });
    expect(crops).toHaveLength(1);
    expect(crops[0]).toMatchObject({ several: true, y0: 110, y1: 160 });
    expect(crops[0]!.replaces.map((i) => boxes[i]!.text)).toEqual(['HN', '€,', 'TÔ']);
  });

  it('gives its words up for the lines read in it, each in its own band, when they read better', () => {
    const { boxes, image } = page();
    const crops = poorLines(boxes, image, { poorlyRead: false });
    const reading = [
      ...['định', 'giá', 'điện'].map((t, i) => word(t, 20 + i * 70, 112, 20, '1.1.1', 90)),
      ...['Thông', 'tư', 'số'].map((t, i) => word(t, 20 + i * 70, 138, 20, '1.1.2', 90)),
    ];
    const out = applyLineRereads(boxes, crops, [reading]);
    expect(out.map((b) => b.text)).not.toContain('HN');
    const first = out.filter((b) => ['định', 'giá', 'điện'].includes(b.text));
    const second = out.filter((b) => ['Thông', 'tư', 'số'].includes(b.text));
    expect(first).toHaveLength(3);
    expect(second).toHaveLength(3);
    // Two lines, one above the other, each no taller than a line.
    expect(Math.max(...first.map((b) => b.top + b.height))).toBeLessThanOrEqual(Math.min(...second.map((b) => b.top)) + 2);
    for (const b of [...first, ...second]) expect(b.height).toBeLessThanOrEqual(26);
  });

  it('keeps its words when the block reads as one line only, or worse', () => {
    const { boxes, image } = page();
    const crops = poorLines(boxes, image, { poorlyRead: false });
    const one = ['định', 'giá', 'điện'].map((t, i) => word(t, 20 + i * 70, 125, 20, '1.1.1', 90));
    expect(applyLineRereads(boxes, crops, [one])).toEqual(boxes);
    const poor = [word('xx', 20, 112, 20, '1.1.1', 20), word('yy', 20, 138, 20, '1.1.2', 20)];
    expect(applyLineRereads(boxes, crops, [poor])).toEqual(boxes);
  });

  it('leaves a page of single lines alone', () => {
    const { boxes, image } = page();
    expect(
      poorLines(
        boxes.filter((b) => b.line !== '1.1.9'),
        image,
        { poorlyRead: false },
      ),
    ).toEqual([]);
  });
});
