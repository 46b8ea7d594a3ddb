// A page as boxes: runs of text (a PDF text item, an OCR'd word) and ruling lines, in page units
// with y growing down the page. PDF text layers and OCR word boxes both come to this shape, and
// one set of functions (lines.ts, tables.ts, write.ts) turns it into text for the segmenter.
export interface Run {
  text: string;
  x0: number;
  x1: number;
  /** Top and bottom of the text (for a PDF run, from its baseline and size). */
  y0: number;
  y1: number;
  /** Font size or word height: the unit that gaps are measured in. */
  size: number;
  bold?: boolean;
  italic?: boolean;
  /** OCR confidence, 0–100. */
  confidence?: number;
}

/** A region of a page, in its pixels: left, top, right, bottom. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A ruling line (a table border): horizontal when y0 ≈ y1, vertical when x0 ≈ x1. */
export type Rule = Box;

export interface PageBoxes {
  /** 1-based. */
  page: number;
  width: number;
  height: number;
  runs: Run[];
  rules: Rule[];
  /** Page units to a point (1 for PDF; dpi / 72 for a page scanned at dpi). */
  unit: number;
}

// A rule is thin: a few units thick, or a little slanted on a skewed scan.
export const isHorizontal = (r: Rule, unit = 1) => r.y1 - r.y0 <= Math.max(3 * unit, 0.02 * (r.x1 - r.x0)) && r.x1 - r.x0 >= 6 * unit;
export const isVertical = (r: Rule, unit = 1) => r.x1 - r.x0 <= Math.max(3 * unit, 0.02 * (r.y1 - r.y0)) && r.y1 - r.y0 >= 6 * unit;

const median = (values: number[]) => {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};
export { median };

/** Values that lie within `tolerance` of each other become one (their mean), sorted. */
export function cluster(values: number[], tolerance: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const groups: number[][] = [];
  for (const v of sorted) {
    const last = groups[groups.length - 1];
    if (last && v - last[last.length - 1]! <= tolerance) last.push(v);
    else groups.push([v]);
  }
  return groups.map((g) => g.reduce((s, v) => s + v, 0) / g.length);
}
