// Table borders found in a scanned page's pixels: long dark runs along rows make horizontal rules,
// along columns vertical ones. A slightly skewed line breaks into pieces on neighbouring rows,
// which are joined again, so a rule can lean a little.
import type { Rule } from '../layout/geometry.js';
import type { Gray } from './raster.js';

const DARK = 140;

/**
 * The page's rules; their pixels are then painted white, so that tesseract, which takes a border
 * beside a word for a letter ("|", "l") and loses short words next to one, sees the text alone.
 */
export function imageRules(image: Gray, dpi: number): Rule[] {
  // A rule is at least a third of an inch long (the narrowest column, "TT", is about that wide).
  const minLength = Math.round(dpi / 3);
  const gap = Math.max(2, Math.round(dpi / 100));
  // A rule has paper beside it along most of its length; a run through bold or blurred type
  // (letters joined into a bar) has the letters' bodies above or below it.
  const side = Math.max(3, Math.round(dpi / 50));
  const horizontal = rowRuns(image, minLength, gap)
    .filter(([y, x0, x1]) =>
      clearAlong(
        image,
        x0,
        x1,
        (x) => [x, y - side],
        (x) => [x, y + side],
      ),
    )
    .map(([y, x0, x1]) => ({ x0, x1, y0: y, y1: y }));
  const vertical = columnRuns(image, minLength, gap)
    .filter(([x, y0, y1]) =>
      clearAlong(
        image,
        y0,
        y1,
        (y) => [x - side, y],
        (y) => [x + side, y],
      ),
    )
    .map(([x, y0, y1]) => ({ x0: x, x1: x, y0, y1 }));
  // Two pixels either side too: the blurred edge of the line. Painted the paper's colour, not
  // white: a white stripe on grey paper has edges that read as strokes.
  const paper = paperShade(image);
  for (const r of horizontal) erase(image, r.x0, r.y0 - 2, r.x1, r.y1 + 2, paper);
  for (const r of vertical) erase(image, r.x0 - 2, r.y0, r.x1 + 2, r.y1, paper);
  return [...join(horizontal, 'h', gap), ...join(vertical, 'v', gap)];
}

/** Under a third of the run's positions have ink on either side (off the page counts as paper). */
function clearAlong(
  image: Gray,
  from: number,
  to: number,
  before: (at: number) => [number, number],
  after: (at: number) => [number, number],
): boolean {
  const dark = ([x, y]: [number, number]) =>
    x >= 0 && y >= 0 && x < image.width && y < image.height && image.pixels[y * image.width + x]! < DARK;
  let inked = 0;
  for (let at = from; at <= to; at++) if (dark(before(at)) || dark(after(at))) inked++;
  return inked < (to - from + 1) / 3;
}

function erase(image: Gray, x0: number, y0: number, x1: number, y1: number, shade: number): void {
  for (let y = Math.max(0, y0); y <= Math.min(image.height - 1, y1); y++) {
    image.pixels.fill(shade, y * image.width + Math.max(0, x0), y * image.width + Math.min(image.width - 1, x1) + 1);
  }
}

/** The paper: the median of the lighter pixels (every 7th pixel sampled). */
function paperShade(image: Gray): number {
  const counts = new Uint32Array(256);
  let n = 0;
  for (let i = 0; i < image.pixels.length; i += 7) {
    const v = image.pixels[i]!;
    if (v >= DARK) {
      counts[v]!++;
      n++;
    }
  }
  let seen = 0;
  for (let v = 0; v < 256; v++) {
    seen += counts[v]!;
    if (seen >= n / 2) return v;
  }
  return 255;
}

/** Dark runs along each row at least minLength long, bridging gaps up to `gap`: [y, x0, x1]. */
function rowRuns({ width, height, pixels }: Gray, minLength: number, gap: number): Array<[number, number, number]> {
  const found: Array<[number, number, number]> = [];
  for (let y = 0; y < height; y++) {
    const row = y * width;
    let start = -1;
    let lastDark = -1;
    for (let x = 0; x <= width; x++) {
      if (x < width && pixels[row + x]! < DARK) {
        if (start < 0) start = x;
        lastDark = x;
      } else if (start >= 0 && x - lastDark > gap) {
        if (lastDark - start >= minLength) found.push([y, start, lastDark]);
        start = -1;
      }
    }
  }
  return found;
}

/**
 * The same down each column: [x, y0, y1], column by column and down each column, as rowRuns
 * would give them for the transposed page. The page is swept row by row (each column's open run
 * kept), which reads the pixels in the order they are stored.
 */
function columnRuns({ width, height, pixels }: Gray, minLength: number, gap: number): Array<[number, number, number]> {
  const byColumn: Array<Array<[number, number, number]>> = Array.from({ length: width }, () => []);
  const start = new Int32Array(width).fill(-1);
  const lastDark = new Int32Array(width).fill(-1);
  for (let y = 0; y <= height; y++) {
    const row = y * width;
    for (let x = 0; x < width; x++) {
      if (y < height && pixels[row + x]! < DARK) {
        if (start[x]! < 0) start[x] = y;
        lastDark[x] = y;
      } else if (start[x]! >= 0 && y - lastDark[x]! > gap) {
        if (lastDark[x]! - start[x]! >= minLength) byColumn[x]!.push([x, start[x]!, lastDark[x]!]);
        start[x] = -1;
      }
    }
  }
  return byColumn.flat();
}

/** Pieces on neighbouring lines that overlap or meet become one rule (its bounding box). */
function join(pieces: Rule[], direction: 'h' | 'v', gap: number): Rule[] {
  const along = (r: Rule) => (direction === 'h' ? [r.x0, r.x1] : [r.y0, r.y1]) as [number, number];
  const across = (r: Rule) => (direction === 'h' ? r.y1 : r.x1);
  const sorted = [...pieces].sort((a, b) => across(a) - across(b));
  const open: Rule[] = [];
  const done: Rule[] = [];
  for (const piece of sorted) {
    const [a0, a1] = along(piece);
    const at = across(piece);
    const match = open.find((r) => at - across(r) <= gap && along(r)[0] <= a1 + gap * 4 && a0 <= along(r)[1] + gap * 4);
    if (match) {
      match.x0 = Math.min(match.x0, piece.x0);
      match.y0 = Math.min(match.y0, piece.y0);
      match.x1 = Math.max(match.x1, piece.x1);
      match.y1 = Math.max(match.y1, piece.y1);
    } else open.push({ ...piece });
    // Rules that the sweep has passed are finished.
    for (let i = open.length - 1; i >= 0; i--) {
      if (at - across(open[i]!) > gap) done.push(...open.splice(i, 1));
    }
  }
  return [...done, ...open];
}
