// A speckled page cleaned before OCR (despeckle.ts): lone specks counted, and cleaned only when many.
import { describe, expect, it } from 'vitest';
import { despeckle, median3, SPECKLED, speckDensity } from '../../src/read/ocr/despeckle.js';
import type { Gray } from '../../src/read/ocr/raster.js';

/** A white page with rows of dark "letters" (3-pixel strokes in 8×12 boxes), as a line of type. */
function page(width = 400, height = 300): Gray {
  const pixels = new Uint8Array(width * height).fill(240);
  for (let top = 20; top + 12 < height; top += 24)
    for (let left = 10; left + 8 < width - 10; left += 11) {
      for (let y = top; y < top + 12; y++) for (let x = left; x < left + 3; x++) pixels[y * width + x] = 20;
      for (let y = top + 9; y < top + 12; y++) for (let x = left; x < left + 8; x++) pixels[y * width + x] = 20;
    }
  return { width, height, pixels };
}

/** The page with `share` of its pixels set to black or white at random (impulse noise), seeded. */
function speckled(image: Gray, share: number): Gray {
  const pixels = new Uint8Array(image.pixels);
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let i = 0; i < pixels.length; i++) if (random() < share) pixels[i] = random() < 0.5 ? 0 : 255;
  return { ...image, pixels };
}

/** Pixels inked in one image and not in the other. */
const differing = (a: Gray, b: Gray) => a.pixels.reduce((n, v, i) => n + (v < 128 === b.pixels[i]! < 128 ? 0 : 1), 0);

describe('a speckled page cleaned before it is read', () => {
  it('counts few lone dark pixels on a clean page and leaves it as it is', () => {
    const clean = page();
    expect(speckDensity(clean)).toBeLessThan(0.5);
    expect(despeckle(clean)).toBe(clean);
  });

  it('counts many on a page with impulse noise, and the median puts it back close to the clean page', () => {
    const clean = page();
    const noisy = speckled(clean, 0.03);
    expect(speckDensity(noisy)).toBeGreaterThan(SPECKLED);
    const cleaned = despeckle(noisy);
    expect(cleaned).not.toBe(noisy);
    expect(speckDensity(cleaned)).toBeLessThan(0.5);
    // Nearly all the noise gone: what is left differing is what the median does to a clean page
    // (the strokes’ convex corners), and a fifth of the noise at most (specks touching a stroke stay).
    expect(differing(median3(clean), clean)).toBeGreaterThan(0);
    expect(differing(cleaned, median3(clean))).toBeLessThan(differing(noisy, clean) / 5);
  });

  it('leaves light specks on a clean page below the threshold alone (a few dots are not noise)', () => {
    const clean = page();
    const dotted = speckled(clean, 0.0005);
    expect(speckDensity(dotted)).toBeLessThan(SPECKLED);
    expect(despeckle(dotted)).toBe(dotted);
  });
});
