// A page peppered with specks (a dirty scanner glass, a fax, impulse noise) cleaned before it is
// read. tesseract takes the specks for dots, commas and marks, and whole rows of them for words;
// a 3×3 median puts each lone speck back to the paper around it (and fills lone holes in strokes).
// A median also rubs out what is one pixel wide on a clean page (a hairline, the dot of a small
// i), so it is run only on a page whose lone dark pixels are many: an office scan has almost none
// (its dots and marks are several pixels), a speckled one several in a thousand pixels.
import type { Gray } from './raster.js';
import { inkThreshold } from './text-size.js';

/**
 * Lone dark pixels per thousand pixels above which a page is speckled. Clean and blurred pages,
 * JPEG and small type rendered at 45–62 % measured 0–1.3; pages with impulse noise 6–10.
 */
export const SPECKLED = 3;

/** Dark pixels with no dark pixel among their 8 neighbours, per thousand pixels of the page. */
export function speckDensity(image: Gray): number {
  const { width, height, pixels } = image;
  if (width < 3 || height < 3) return 0;
  const threshold = inkThreshold(image);
  let lone = 0;
  for (let y = 1; y < height - 1; y++) {
    const row = y * width;
    for (let x = 1; x < width - 1; x++) {
      const i = row + x;
      if (pixels[i]! >= threshold) continue;
      if (
        pixels[i - width - 1]! >= threshold &&
        pixels[i - width]! >= threshold &&
        pixels[i - width + 1]! >= threshold &&
        pixels[i - 1]! >= threshold &&
        pixels[i + 1]! >= threshold &&
        pixels[i + width - 1]! >= threshold &&
        pixels[i + width]! >= threshold &&
        pixels[i + width + 1]! >= threshold
      )
        lone++;
    }
  }
  return (1000 * lone) / ((width - 2) * (height - 2));
}

/** The page with its specks cleaned when it is speckled (speckDensity over SPECKLED), else the page itself. */
export function despeckle(image: Gray): Gray {
  return speckDensity(image) > SPECKLED ? median3(image) : image;
}

/** Each pixel the median of the 3×3 pixels around it (the border's rows and columns kept as they are). */
export function median3(image: Gray): Gray {
  const { width, height, pixels } = image;
  const out = new Uint8Array(pixels);
  const v = new Uint8Array(9);
  for (let y = 1; y < height - 1; y++) {
    for (let x = 1; x < width - 1; x++) {
      let k = 0;
      for (let dy = -1; dy <= 1; dy++) {
        const row = (y + dy) * width + x;
        v[k++] = pixels[row - 1]!;
        v[k++] = pixels[row]!;
        v[k++] = pixels[row + 1]!;
      }
      out[y * width + x] = middleOfNine(v);
    }
  }
  return { width, height, pixels: out };
}

/** The 5th smallest of nine values (a partial insertion sort: nine values, no allocation). */
function middleOfNine(v: Uint8Array): number {
  for (let i = 1; i < 9; i++) {
    const a = v[i]!;
    let j = i - 1;
    while (j >= 0 && v[j]! > a) {
      v[j + 1] = v[j]!;
      j--;
    }
    v[j + 1] = a;
  }
  return v[4]!;
}
