// How much ink a page's strokes hold (ink.ts), on generated pages of "letters" (a stem and a foot)
// of known height, stroke width and grey: faint strokes are told from plain, blurred and small ones.
import { describe, expect, it } from 'vitest';
import { darken, faintStrokes, FAINT_STROKES, strokeInk } from '../../src/read/ocr/ink.js';
import type { Gray } from '../../src/read/ocr/raster.js';
import { letterHeight } from '../../src/read/ocr/text-size.js';

const PAPER = 250;

/** A page of 200 letters `h` pixels tall, their strokes `stem` pixels wide and of grey `ink`. */
function letters(h: number, stem: number, ink: number): Gray {
  const width = 600;
  const perRow = Math.floor((width - 20) / (h + 4));
  const height = Math.ceil(200 / perRow) * (h + 8) + 12;
  const pixels = new Uint8Array(width * height).fill(PAPER);
  for (let n = 0; n < 200; n++) {
    const top = Math.floor(n / perRow) * (h + 8) + 6;
    const left = (n % perRow) * (h + 4) + 10;
    for (let y = top; y < top + h; y++) for (let x = left; x < left + stem; x++) pixels[y * width + x] = ink;
    for (let y = top + h - stem; y < top + h; y++) for (let x = left; x < left + h / 2; x++) pixels[y * width + x] = ink;
  }
  return { width, height, pixels };
}

/** The page blurred by a 3×3 box, as a soft scan spreads its strokes. */
function blurred(image: Gray): Gray {
  const { width, height, pixels } = image;
  const out = new Uint8Array(pixels);
  for (let y = 1; y < height - 1; y++)
    for (let x = 1; x < width - 1; x++) {
      let sum = 0;
      for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) sum += pixels[(y + dy) * width + x + dx]!;
      out[y * width + x] = Math.round(sum / 9);
    }
  return { width, height, pixels: out };
}

const share = (page: Gray) => strokeInk(page)! / letterHeight(page)!;

describe('faint strokes, from how much ink crosses them', () => {
  it('sums a stroke’s ink in pixels of full ink: a black stem of 3 holds 3, a grey one less', () => {
    expect(strokeInk(letters(16, 3, 0))).toBeCloseTo(3, 0);
    expect(strokeInk(letters(16, 1, 150))!).toBeLessThan(0.5);
  });

  it('finds plain black strokes not faint, and keeps their ink when blur spreads them', () => {
    const plain = letters(16, 3, 0);
    expect(faintStrokes(plain)).toBe(false);
    expect(faintStrokes(blurred(plain))).toBe(false);
    expect(strokeInk(blurred(plain))).toBeCloseTo(strokeInk(plain)!, 0);
  });

  it('finds hairline grey strokes faint, and small type of plain strokes not', () => {
    expect(share(letters(16, 1, 150))).toBeLessThan(FAINT_STROKES);
    expect(faintStrokes(letters(16, 1, 150))).toBe(true);
    expect(faintStrokes(blurred(letters(16, 1, 120)))).toBe(true);
    // Letters of 8 pixels, strokes of 2: small, not faint.
    expect(faintStrokes(letters(8, 2, 30))).toBe(false);
  });

  it('says nothing of a blank page', () => {
    const blank: Gray = { width: 300, height: 200, pixels: new Uint8Array(300 * 200).fill(PAPER) };
    expect(strokeInk(blank)).toBeNull();
    expect(faintStrokes(blank)).toBe(false);
  });
});

describe('a page of faint strokes darkened', () => {
  it('darkens the grey and keeps black and white', () => {
    const page: Gray = { width: 5, height: 1, pixels: Uint8Array.from([0, 128, 170, 200, 255]) };
    const [black, mid, light, lighter, white] = darken(page).pixels;
    expect([black, white]).toEqual([0, 255]);
    // Each grey darker, in the same order.
    expect(mid).toBeLessThan(128);
    expect(light).toBeLessThan(170);
    expect(lighter).toBeLessThan(200);
    expect(mid! < light! && light! < lighter!).toBe(true);
  });

  it('gives a faint page strokes that are no longer faint', () => {
    const faint = letters(16, 2, 170);
    expect(faintStrokes(faint)).toBe(true);
    expect(strokeInk(darken(faint))!).toBeGreaterThan(strokeInk(faint)!);
  });
});
