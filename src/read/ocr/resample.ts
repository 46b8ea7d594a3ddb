// A grey page scaled up by a whole factor, each new pixel a bicubic (Catmull-Rom) blend of the
// 4×4 pixels around where it falls, one axis then the other: strokes stay smooth and keep their
// contrast, so tesseract's own thresholding sees letters, not the steps of a nearest-pixel copy.
import type { Gray } from './raster.js';

export function upscale(image: Gray, factor: number): Gray {
  if (factor <= 1) return image;
  const { width, height } = image;
  const W = Math.round(width * factor);
  const H = Math.round(height * factor);
  const columns = taps(width, W);
  const rows = taps(height, H);
  // Along rows first (W × height, as floats), then down the columns.
  const across = new Float32Array(W * height);
  for (let y = 0; y < height; y++) {
    const src = y * width;
    for (let x = 0; x < W; x++) {
      const { first, weights } = columns[x]!;
      let sum = 0;
      for (let k = 0; k < 4; k++) sum += weights[k]! * image.pixels[src + clamp(first + k, width)]!;
      across[y * W + x] = sum;
    }
  }
  const pixels = new Uint8Array(W * H);
  for (let y = 0; y < H; y++) {
    const { first, weights } = rows[y]!;
    const r = [0, 1, 2, 3].map((k) => clamp(first + k, height) * W);
    for (let x = 0; x < W; x++) {
      const v =
        weights[0]! * across[r[0]! + x]! +
        weights[1]! * across[r[1]! + x]! +
        weights[2]! * across[r[2]! + x]! +
        weights[3]! * across[r[3]! + x]!;
      pixels[y * W + x] = v < 0 ? 0 : v > 255 ? 255 : Math.round(v);
    }
  }
  return { width: W, height: H, pixels };
}

const clamp = (i: number, n: number) => (i < 0 ? 0 : i >= n ? n - 1 : i);

/** For each of `to` new positions: the first of its 4 source pixels and their weights. */
function taps(from: number, to: number): Array<{ first: number; weights: number[] }> {
  const scale = from / to;
  return Array.from({ length: to }, (_, i) => {
    const at = (i + 0.5) * scale - 0.5;
    const base = Math.floor(at);
    const t = at - base;
    return { first: base - 1, weights: [cubic(1 + t), cubic(t), cubic(1 - t), cubic(2 - t)] };
  });
}

/** The Catmull-Rom kernel (a = −0.5). */
function cubic(d: number): number {
  const x = Math.abs(d);
  if (x < 1) return 1.5 * x ** 3 - 2.5 * x ** 2 + 1;
  if (x < 2) return -0.5 * x ** 3 + 2.5 * x ** 2 - 4 * x + 2;
  return 0;
}
