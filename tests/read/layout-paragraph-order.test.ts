// Lines → paragraphs keep the page's order (layout/lines.ts): a line joins the paragraph of the
// line just above it, never one further up over a line that stands between them. OCR of small
// type gives each line its own size (word boxes a pixel taller or shorter), so one line may fail
// to continue the line above it while the next line would still match that line's size.
import { describe, expect, it } from 'vitest';
import { paragraphs, visualLines } from '../../src/read/layout/lines.js';
import type { Run } from '../../src/read/layout/geometry.js';

/** One OCR'd line of words, `height` pixels tall, from x 16 to `right`. */
function line(top: number, height: number, text: string, right = 330): Run[] {
  const words = text.split(' ');
  const step = (right - 16) / words.length;
  return words.map((word, i) => ({
    text: word,
    x0: Math.round(16 + i * step),
    x1: Math.round(16 + (i + 1) * step - 4),
    y0: top,
    y1: top + height,
    size: height * 1.25,
    confidence: 90,
  }));
}

const texts = (paras: ReturnType<typeof paragraphs>) => paras.map((p) => p.map((l) => l.text).join(' / '));

describe('paragraphs keep the order of the lines', () => {
  it('does not let a line join a paragraph over a line that did not', () => {
    const lines = visualLines([
      ...line(63, 12, 'một hai ba bốn năm'),
      ...line(72, 13, 'sáu bảy tám chín mười'),
      // A pixel shorter: too small to continue the line above it.
      ...line(81, 11, 'mười một mười hai'),
      // As tall as the two above it: it would continue them but for the line between.
      ...line(90, 13, 'mười ba mười bốn'),
    ]);
    const paras = paragraphs(lines, 330);
    expect(texts(paras).join(' / ')).toBe('một hai ba bốn năm / sáu bảy tám chín mười / mười một mười hai / mười ba mười bốn');
    expect(paras[0]!.map((l) => l.text)).not.toContain('mười ba mười bốn');
  });

  it('still joins wrapped lines of one size into one paragraph', () => {
    const lines = visualLines([...line(63, 12, 'một hai ba bốn năm'), ...line(78, 12, 'sáu bảy tám chín mười')]);
    expect(texts(paragraphs(lines, 330))).toEqual(['một hai ba bốn năm / sáu bảy tám chín mười']);
  });
});
