// OCR word boxes → layout lines (index.ts pageOf): on heavy type tesseract boxes some lines' words
// across the line below as well (descenders touching the next line's marks). Geometry of such a
// page (scan-kinds thick-020, read with vie: tops and heights as tesseract gave them), words made up.
import { describe, expect, it } from 'vitest';
import { pageOf } from '../../src/read/ocr/index.js';
import type { OcrBox } from '../../src/read/ocr/tesseract.js';
import { writeMarkdown } from '../../src/read/layout/write.js';

/** tesseract's lines, top to bottom: each word's [top, height]. The first and the third run to the right edge. */
const LINES: Array<Array<[number, number]>> = [
  [
    [91, 18],
    [91, 18],
    [91, 18],
    [92, 17],
    [91, 18],
    [91, 18],
    [91, 18],
    [91, 18],
    [92, 17],
    [91, 18],
    [91, 18],
    [91, 18],
  ],
  [
    [116, 18],
    [118, 16],
    [116, 18],
    [108, 33],
    [108, 33],
    [117, 21],
  ],
  [
    [133, 33],
    [133, 33],
    [133, 33],
    [133, 33],
    [133, 33],
    [133, 33],
    [142, 17],
    [133, 33],
    [133, 33],
    [133, 33],
    [133, 33],
    [133, 33],
  ],
  [
    [166, 18],
    [168, 16],
    [167, 21],
    [167, 17],
    [166, 18],
    [167, 17],
  ],
  [
    [183, 33],
    [191, 23],
    [183, 33],
    [183, 33],
    [183, 33],
    [183, 33],
  ],
  [
    [208, 33],
    [216, 22],
    [208, 33],
    [208, 33],
    [208, 33],
    [208, 33],
  ],
  [
    [233, 33],
    [241, 18],
    [233, 33],
    [241, 23],
    [233, 33],
    [241, 23],
  ],
  [
    [258, 18],
    [258, 18],
    [259, 17],
    [258, 18],
    [258, 18],
  ],
];

/** Each line an article of its own ("Điều 3. …"), so that no line continues the one above it. */
const word = (l: number, w: number) => (w === 0 ? 'Điều' : w === 1 ? `${l + 1}.` : `${String.fromCharCode(97 + l)}${w + 1}`);

const boxes: OcrBox[] = LINES.flatMap((words, l) =>
  words.map(([top, height], w) => ({
    text: word(l, w),
    left: 40 + w * 70,
    top,
    width: 55,
    height,
    confidence: 95,
    line: `1.${l + 1}.1`,
  })),
);

describe('lines of heavy type whose word boxes reach into the next line', () => {
  it('keeps the words in the order of the lines (a line under a tall one is not skipped over)', () => {
    const { text } = writeMarkdown([pageOf(1, { width: 900, height: 320, boxes, rules: [] }, 1)]);
    // A line that ran to the right edge may be joined by the next (a wrapped paragraph): the order holds.
    expect(text.split(/\s+/u).filter(Boolean)).toEqual(LINES.flatMap((words, l) => words.map((_, w) => word(l, w))));
  });
});
