// The factor small type is scaled up by before tesseract reads it (text-size.ts), from the
// measured height of the page's blobs of ink, on generated pages of "letters" of known height.
import { describe, expect, it } from 'vitest';
import { letterHeight, MAX_FACTOR, readingScale, readingScales, SMALL_LETTERS, strokeWidth } from '../../src/read/ocr/text-size.js';
import type { Gray } from '../../src/read/ocr/raster.js';

/** A page of 200 dark blobs `h` pixels tall and `stem` wide (2 unless told), in rows. */
function letters(h: number, stem = 2): Gray {
  const width = 600;
  const height = 40 * (h + 4);
  const pixels = new Uint8Array(width * height).fill(245);
  for (let n = 0; n < 200; n++) {
    const top = Math.floor(n / 10) * (h + 4) * 2 + 4;
    const left = (n % 10) * 12 + 10;
    for (let y = top; y < top + h; y++) for (let x = left; x < left + stem; x++) pixels[y * width + x] = 15;
  }
  return { width, height, pixels };
}

describe('how far small type is scaled up', () => {
  it('measures the letters’ height', () => {
    for (const h of [6, 9, 14]) expect(letterHeight(letters(h))).toBe(h);
  });

  it('scales letters of 6 pixels 3 times and of 9 pixels twice (not 4 and 3: tesseract splits and joins lines scaled further), tall ones not at all', () => {
    expect(readingScale(letters(6))).toBe(3);
    expect(readingScale(letters(9))).toBe(2);
    expect(readingScale(letters(7))).toBe(3);
    expect(readingScale(letters(4))).toBe(MAX_FACTOR);
    expect(readingScale(letters(SMALL_LETTERS))).toBe(1);
  });
});

const tried = (page: Gray) => readingScales(page).tried;

describe('pages whose letters’ size is uncertain', () => {
  it('measures the strokes’ width', () => {
    expect(strokeWidth(letters(14))).toBe(2);
    expect(strokeWidth(letters(14, 6))).toBe(6);
  });

  it('reads a page of tall letters and plain strokes once, as it is', () => {
    expect(tried(letters(SMALL_LETTERS))).toEqual([1]);
    expect(tried(letters(20, 3))).toEqual([1]);
  });

  it('reads small type scaled up as it is too, unless its letters measure under 8 pixels', () => {
    expect(tried(letters(9))).toEqual([1, 2]);
    expect(tried(letters(12))).toEqual([1, 2]);
    expect(tried(letters(8))).toEqual([1, 3]);
    expect(tried(letters(7))).toEqual([3]);
    expect(tried(letters(6))).toEqual([3]);
    for (const h of [4, 6, 7, 9, 12]) expect(readingScales(letters(h)).measured).toBe(readingScale(letters(h)));
  });

  it('reads a page of tall letters but heavy strokes at 2 too', () => {
    expect(tried(letters(SMALL_LETTERS, 6))).toEqual([1, 2]);
    expect(tried(letters(20, 8))).toEqual([1, 2]);
  });
});
