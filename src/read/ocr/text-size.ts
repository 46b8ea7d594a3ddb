// How tall a page's letters are, from its pixels before any reading: the median height of its
// blobs of ink (letters, or words where blur or thick strokes join letters). tesseract reads type
// whose letters are a few pixels tall poorly or not at all (a 200 dpi copy of small print, a page
// photographed from afar); such a page is scaled up before it is read (resample.ts).
import type { Gray } from './raster.js';

/** Blobs shorter than this are specks or dots, not letters. */
const MIN_BLOB = 3;
/** Fewer blobs than this: no text to measure (a blank page, a photo). */
const MIN_BLOBS = 40;

/** The median blob height in pixels; null when the page holds too few blobs to tell. */
export function letterHeight(image: Gray): number | null {
  const threshold = inkThreshold(image);
  const { width, height, pixels } = image;
  // Runs of ink row by row, joined to the runs they touch on the row above (8-connected):
  // union-find over runs, each root keeping its blob's top and bottom rows and its size.
  const parent: number[] = [];
  const top: number[] = [];
  const bottom: number[] = [];
  const area: number[] = [];
  const find = (a: number): number => {
    while (parent[a] !== a) a = parent[a] = parent[parent[a]!]!;
    return a;
  };
  let previous: Array<[number, number, number]> = [];
  for (let y = 0; y < height; y++) {
    const row = y * width;
    const runs: Array<[number, number, number]> = [];
    for (let x = 0; x < width;) {
      if (pixels[row + x]! >= threshold) {
        x++;
        continue;
      }
      const start = x;
      while (x < width && pixels[row + x]! < threshold) x++;
      const id = parent.length;
      parent.push(id);
      top.push(y);
      bottom.push(y);
      area.push(x - start);
      runs.push([start, x - 1, id]);
    }
    let j = 0;
    for (const [x0, x1, id] of runs) {
      while (j < previous.length && previous[j]![1] < x0 - 1) j++;
      for (let k = j; k < previous.length && previous[k]![0] <= x1 + 1; k++) {
        const [a, b] = [find(id), find(previous[k]![2])];
        if (a === b) continue;
        parent[b] = a;
        top[a] = Math.min(top[a]!, top[b]!);
        bottom[a] = Math.max(bottom[a]!, bottom[b]!);
        area[a]! += area[b]!;
      }
    }
    previous = runs;
  }
  const heights: number[] = [];
  for (let id = 0; id < parent.length; id++) {
    if (parent[id] !== id) continue;
    const h = bottom[id]! - top[id]! + 1;
    // Rules and pictures are far taller than any line of type.
    if (h >= MIN_BLOB && h < height / 8 && area[id]! >= MIN_BLOB) heights.push(h);
  }
  if (heights.length < MIN_BLOBS) return null;
  heights.sort((a, b) => a - b);
  return heights[heights.length >> 1]!;
}

/** Halfway between the page's paper and its ink (inkLevels). */
export function inkThreshold(image: Gray): number {
  const { paper, ink } = inkLevels(image);
  return (ink + paper) / 2;
}

/** The page's paper and its ink: the 95th and 1st percentiles of a sample of its pixels. */
export function inkLevels({ pixels }: Gray): { paper: number; ink: number } {
  const counts = new Uint32Array(256);
  let n = 0;
  for (let i = 0; i < pixels.length; i += 5) {
    counts[pixels[i]!]!++;
    n++;
  }
  const percentile = (p: number) => {
    let seen = 0;
    for (let v = 0; v < 256; v++) if ((seen += counts[v]!) >= n * p) return v;
    return 255;
  };
  return { paper: percentile(0.95), ink: percentile(0.01) };
}

/** Letters (median blobs) shorter than this many pixels are too small for tesseract. */
export const SMALL_LETTERS = 14;
/**
 * … and are scaled up to at least this height, by a whole factor of at most MAX_FACTOR. 18 rather
 * than 20: letters of 6 pixels are read 3 times their size (not 4), of 9 pixels twice (not 3).
 * tesseract's layout analysis splits and joins lines more often on a page scaled up further
 * (scan-kinds rounds 20–22, lowres and thin pages, vie and eng).
 */
export const LETTER_TARGET = 18;
export const MAX_FACTOR = 4;
/** A scaled page holds at most this many pixels (an A4 page at 600 dpi). */
const MAX_PIXELS = 36_000_000;

/** The whole factor a page is scaled up by before it is read: 1 when its letters are tall enough. */
export function readingScale(image: Gray, h = letterHeight(image)): number {
  if (h === null || h >= SMALL_LETTERS) return 1;
  const fits = Math.floor(Math.sqrt(MAX_PIXELS / Math.max(1, image.width * image.height)));
  return Math.max(1, Math.min(MAX_FACTOR, Math.ceil(LETTER_TARGET / h), fits));
}

/**
 * The mean width of the page's strokes in pixels: the mean length of its horizontal runs of ink
 * (most runs cross a letter's stem or bowl once); null when the page holds no ink.
 */
export function strokeWidth(image: Gray): number | null {
  const threshold = inkThreshold(image);
  const { width, height, pixels } = image;
  let [ink, runs] = [0, 0];
  for (let y = 0; y < height; y++) {
    let inRun = false;
    for (let x = 0, at = y * width; x < width; x++, at++) {
      const dark = pixels[at]! < threshold;
      if (dark) ink++;
      if (dark && !inRun) runs++;
      inRun = dark;
    }
  }
  return runs ? ink / runs : null;
}

/**
 * Strokes wider than this share of the letters' height: heavy type (bold on a worn or overinked
 * copy, or blurred), whose letters join into blobs taller than they are, so the measured height
 * says too much. Plain type measures 0.24–0.32 on the scan-kinds pages, heavy 0.34–0.46.
 */
export const HEAVY_STROKES = 0.33;
/** Another factor's reading is kept over the measured one's when it scores this much better. */
export const CLEARLY_BETTER = 1.05;
/** Small letters measuring at least this many pixels are also read unscaled (they may be thin strokes' pieces). */
export const READ_AS_IS = 8;

/**
 * The whole factors a page is read at (index.ts keeps the measured one's reading unless another
 * reads clearly better), and the measured one (readingScale's). A page of tall letters and plain
 * strokes is read once, at 1. Broken thin strokes make letters measure smaller than they are:
 * a page read scaled up is read as it is too, unless its letters measure under READ_AS_IS (lowres
 * pages of 6 or 7 pixels, unreadable unscaled). Heavy strokes join letters into blobs taller than
 * they are: a page of tall letters but heavy strokes is read at 2 too. (scan-kinds thin-021: 26%
 * SER read at 3x, 12% at 1x; thick-022: 38% at 1x, 17% at 2x; plain tesseract vie.)
 */
export function readingScales(image: Gray, h = letterHeight(image)): { measured: number; tried: number[] } {
  const measured = readingScale(image, h);
  if (h === null) return { measured, tried: [measured] };
  const extra = h >= SMALL_LETTERS ? ((strokeWidth(image) ?? 0) / h > HEAVY_STROKES ? 2 : null) : h >= READ_AS_IS ? 1 : null;
  const fits = Math.floor(Math.sqrt(MAX_PIXELS / Math.max(1, image.width * image.height)));
  const tried = extra === null || extra === measured || extra > fits ? [measured] : [measured, extra].sort((a, b) => a - b);
  return { measured, tried };
}
