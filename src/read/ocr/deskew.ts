// A page scanned askew, turned straight before it is read. tesseract reads the words of a tilted
// line well enough, but a line that climbs or falls by more than its own height across the page
// is found in pieces, and the layout (which puts words on one line by their height on the page)
// then interleaves the pieces of neighbouring lines; words near a piece's ends are lost.
// The slope is the one at which the rows of ink line up best: the page's ink counted row by row
// along lines of that slope gives the peakiest profile (text lines dense, the gaps between them
// empty). The page is turned about its centre, at its own size (the corners it loses are margins).
import type { Gray } from './raster.js';
import { inkThreshold } from './text-size.js';

/** Slopes tried, up to this many degrees either way (a sheet fed crookedly into a scanner). */
export const MAX_SKEW = 5;
/** A page tilted less than this is read as it is (its lines drift less than a line's height). */
export const MIN_SKEW = 0.4;
/** Fewer ink pixels than this (counted on the sample grid): no text to take a slope from. */
const MIN_INK = 500;

/** The page's tilt in degrees (positive: its lines fall to the right, y growing down); 0 when it cannot tell. */
export function skewAngle(image: Gray): number {
  const { width, height, pixels } = image;
  const threshold = inkThreshold(image);
  // Ink on a grid of every other column (and every row): a page's worth of points, a quarter of its pixels at most.
  const step = width * height > 4_000_000 ? 3 : 2;
  const xs: number[] = [];
  const ys: number[] = [];
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x += step)
      if (pixels[y * width + x]! < threshold) {
        xs.push(x - width / 2);
        ys.push(y);
      }
  if (xs.length < MIN_INK) return 0;
  // Ink everywhere is a photo or a dark page, not lines of text.
  if (xs.length > (width * height) / step / 3) return 0;
  const profile = new Float64Array(height + 2 * Math.ceil(width * Math.tan((MAX_SKEW * Math.PI) / 180)) + 2);
  const offset = (profile.length - height) / 2;
  const peakiness = (degrees: number): number => {
    profile.fill(0);
    const slope = Math.tan((degrees * Math.PI) / 180);
    for (let i = 0; i < xs.length; i++) profile[Math.round(ys[i]! - xs[i]! * slope + offset)]! += 1;
    let sum = 0;
    for (let r = 0; r < profile.length; r++) sum += profile[r]! * profile[r]!;
    return sum;
  };
  // Coarse then fine: quarter degrees over the whole range, then twentieths about the best.
  const sweep = (from: number, to: number, by: number) => {
    let [at, best, worst] = [0, -1, Infinity];
    for (let a = from; a <= to + 1e-9; a += by) {
      const s = peakiness(a);
      if (s > best) [at, best] = [a, s];
      worst = Math.min(worst, s);
    }
    return { at, best, worst };
  };
  const coarse = sweep(-MAX_SKEW, MAX_SKEW, 0.25);
  // Lines of text line up at one slope and smear at the others; specks or a picture look alike at all.
  if (coarse.best < coarse.worst * LINED_UP) return 0;
  const fine = sweep(coarse.at - 0.25, coarse.at + 0.25, 0.05);
  // No better than level by a clear margin: read as it is.
  return fine.best > peakiness(0) * 1.02 ? Math.round(fine.at * 100) / 100 : 0;
}

/** Lines of text: their best slope's profile this much peakier than their worst one's. */
const LINED_UP = 1.3;

/** The page turned by −`degrees` about its centre (bilinear, the paper's shade where nothing was). */
export function rotate(image: Gray, degrees: number): Gray {
  const { width, height, pixels } = image;
  const [cos, sin] = [Math.cos((degrees * Math.PI) / 180), Math.sin((degrees * Math.PI) / 180)];
  const paper = paperOf(image);
  const out = new Uint8Array(width * height);
  const [cx, cy] = [(width - 1) / 2, (height - 1) / 2];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      // Where this pixel of the straight page was on the tilted one.
      const [dx, dy] = [x - cx, y - cy];
      const sx = cx + dx * cos - dy * sin;
      const sy = cy + dx * sin + dy * cos;
      const [x0, y0] = [Math.floor(sx), Math.floor(sy)];
      if (x0 < 0 || y0 < 0 || x0 + 1 >= width || y0 + 1 >= height) {
        out[y * width + x] = paper;
        continue;
      }
      const [fx, fy] = [sx - x0, sy - y0];
      const at = y0 * width + x0;
      const top = pixels[at]! * (1 - fx) + pixels[at + 1]! * fx;
      const bottom = pixels[at + width]! * (1 - fx) + pixels[at + width + 1]! * fx;
      out[y * width + x] = Math.round(top * (1 - fy) + bottom * fy);
    }
  }
  return { width, height, pixels: out };
}

/** The page straightened when it is tilted by MIN_SKEW or more, with the angle it was turned by. */
export function deskew(image: Gray): { image: Gray; angle: number } {
  const angle = skewAngle(image);
  return Math.abs(angle) < MIN_SKEW ? { image, angle: 0 } : { image: rotate(image, angle), angle };
}

/** The paper: the 90th percentile of a sample of the page. */
function paperOf({ pixels }: Gray): number {
  const counts = new Uint32Array(256);
  let n = 0;
  for (let i = 0; i < pixels.length; i += 11) {
    counts[pixels[i]!]!++;
    n++;
  }
  let seen = 0;
  for (let v = 0; v < 256; v++) if ((seen += counts[v]!) >= n * 0.9) return v;
  return 255;
}
