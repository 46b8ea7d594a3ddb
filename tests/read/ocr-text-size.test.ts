// The factor small type is scaled up by before tesseract reads it (text-size.ts), from the
// measured height of the page's blobs of ink, on generated pages of "letters" of known height.
import { describe, expect, it } from 'vitest';
import { letterHeight, MAX_FACTOR, readingScale, SMALL_LETTERS } from '../../src/read/ocr/text-size.js';
import type { Gray } from '../../src/read/ocr/raster.js';

/** A page of 200 dark blobs `h` pixels tall and 2 wide, in rows. */
function letters(h: number): Gray {
  const width = 600;
  const height = 40 * (h + 4);
  const pixels = new Uint8Array(width * height).fill(245);
  for (let n = 0; n < 200; n++) {
    const top = Math.floor(n / 10) * (h + 4) * 2 + 4;
    const left = (n % 10) * 12 + 10;
    for (let y = top; y < top + h; y++) for (let x = left; x < left + 2; x++) pixels[y * width + x] = 15;
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
