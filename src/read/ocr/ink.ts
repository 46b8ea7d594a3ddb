// How much ink a page's strokes hold, from its grey levels: a stroke printed thin or faint (a worn
// ribbon, a light photocopy, hairline type) is grey across, never reaching the ink's black, and
// tesseract's own thresholding breaks it into pieces once the page is scaled up. Such a page's
// grey is darkened before it is read scaled up.
// The measure is the ink a line across a stroke meets, summed in pixels of full ink: blur and
// scaling down spread a stroke over more pixels but keep its sum, so it tells a faint stroke from
// a blurred or small one.
import type { Gray } from './raster.js';
import { inkLevels, inkThreshold, letterHeight } from './text-size.js';

/**
 * Strokes holding less ink than this share of the letters' height are faint. On the scan-kinds
 * pages (rounds 20–22): thin-021 and thin-022 measure 0.07 and 0.09; blur, speckle, jpeg, skew,
 * lowres and thick pages 0.15–0.50; the plan PDF rasterised at 150 and 300 dpi 0.17–0.18.
 */
export const FAINT_STROKES = 0.12;
/**
 * Faint strokes' grey raised to this power (its black and its paper stay as they are). Darker
 * (2) joins more of the strokes but fills the bowls of small marks (tesseract reads `tố` for tổ,
 * `[)` for D), which restoration cannot undo (scan-kinds thin-022).
 */
export const DARKEN_GAMMA = 1.5;
/** Sampled every this many rows and columns: a page's strokes are many. */
const STEP = 2;

/**
 * The median ink across the page's strokes, in pixels of full ink: each horizontal and vertical
 * run of pixels darker than the paper (by more than a seventh of the ink's contrast) that reaches
 * the page's ink threshold somewhere, summed as its darkness against the paper. Null without ink.
 */
export function strokeInk(image: Gray): number | null {
  const { width, height, pixels } = image;
  const { paper, ink } = inkLevels(image);
  if (paper - ink < 16) return null;
  const threshold = inkThreshold(image);
  const light = paper - (paper - ink) / 7;
  const sums: number[] = [];
  const across = (start: number, count: number, stride: number) => {
    let [sum, core, inRun] = [0, 255, false];
    for (let k = 0, at = start; k <= count; k++, at += stride) {
      const v = k < count ? pixels[at]! : 255;
      if (v < light) {
        sum += (paper - v) / paper;
        if (v < core) core = v;
        inRun = true;
      } else if (inRun) {
        if (core < threshold) sums.push(sum);
        [sum, core, inRun] = [0, 255, false];
      }
    }
  };
  for (let y = 0; y < height; y += STEP) across(y * width, width, 1);
  for (let x = 0; x < width; x += STEP) across(x, height, width);
  if (!sums.length) return null;
  sums.sort((a, b) => a - b);
  return sums[sums.length >> 1]!;
}

/** Whether the page's strokes are faint for its letters' height (`h`, letterHeight's). */
export function faintStrokes(image: Gray, h = letterHeight(image)): boolean {
  if (h === null) return false;
  const ink = strokeInk(image);
  return ink !== null && ink / h < FAINT_STROKES;
}

/** The page with its grey darkened (each level v to 255·(v/255)^DARKEN_GAMMA). */
export function darken(image: Gray): Gray {
  const table = new Uint8Array(256);
  for (let v = 0; v < 256; v++) table[v] = Math.round(255 * (v / 255) ** DARKEN_GAMMA);
  const pixels = new Uint8Array(image.pixels.length);
  for (let i = 0; i < pixels.length; i++) pixels[i] = table[image.pixels[i]!]!;
  return { width: image.width, height: image.height, pixels };
}
