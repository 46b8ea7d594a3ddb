// Runs → visual lines: runs whose vertical middles are close sit on one line, read left to right;
// a wide horizontal gap splits a line into segments (the two halves of a decision's header, the
// cells of a table drawn without rules).
import { median, type Run } from './geometry.js';

export interface VisualLine {
  runs: Run[];
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  size: number;
  text: string;
  bold: boolean;
  italic: boolean;
}

/** A gap this many font sizes wide between two runs separates segments of a line. */
const SEGMENT_GAP = 2.2;
/** Runs further apart than this (in font sizes) get a space between them. */
const WORD_GAP = 0.12;
/**
 * A gap this many font sizes wide separates segments where a neighbouring line shows a column
 * starting there (a word space is about a quarter of the size, a justified line's up to a half).
 */
const COLUMN_GAP = 0.55;
/** Column starts within this many font sizes of each other are the same column's. */
const COLUMN_ALIGN = 0.1;

export function visualLines(runs: Run[]): VisualLine[] {
  const sorted = [...runs].filter((r) => r.text.trim()).sort((a, b) => middle(a) - middle(b) || a.x0 - b.x0);
  const groups: Run[][] = [];
  for (const run of sorted) {
    const last = groups[groups.length - 1];
    const lastMiddle = last ? median(last.map(middle)) : -Infinity;
    const size = last ? Math.min(run.size, median(last.map((r) => r.size))) : run.size;
    if (last && Math.abs(middle(run) - lastMiddle) <= size * 0.45) last.push(run);
    else groups.push([run]);
  }
  return groups.map(lineOf);
}

/** A line's runs split where the gap is wide: one line per segment. */
export function segments(line: VisualLine, columnStarts: number[] = []): VisualLine[] {
  const parts: Run[][] = [];
  let previous: Run | null = null;
  for (const run of line.runs) {
    if (!previous || startsSegment(run, previous, line.size, columnStarts)) parts.push([run]);
    else parts[parts.length - 1]!.push(run);
    previous = run;
  }
  return parts.length === 1 ? [line] : parts.map(lineOf);
}

/**
 * Lines (top to bottom, as visualLines gives them) cut into segments. Besides a wide gap, a gap
 * wider than a word space cuts where a column starts in the line just above or below: a column
 * whose text fills its width leaves only a narrow gap before the next column ("ỦY BAN NHÂN DÂN
 * TỈNH NINH | Ninh Bình, ngày…" over "BÌNH | 2024"), which the wrapped line beside it shows.
 */
export function columnSegments(lines: VisualLine[]): VisualLine[] {
  const starts = lines.map(wideGapStarts);
  return lines.flatMap((line, i) => {
    const near = [i - 1, i + 1].filter((j) => lines[j] && adjacent(line, lines[j]!)).flatMap((j) => starts[j]!);
    return segments(line, near);
  });
}

/** Where a column's text starts in a line: the left edge of each run after a wide gap. */
function wideGapStarts(line: VisualLine): number[] {
  return line.runs.filter((run, i) => i > 0 && run.x0 - line.runs[i - 1]!.x1 > SEGMENT_GAP * line.size).map((run) => run.x0);
}

function startsSegment(run: Run, previous: Run, size: number, columnStarts: number[]): boolean {
  const gap = run.x0 - previous.x1;
  if (gap > SEGMENT_GAP * size) return true;
  return gap > COLUMN_GAP * size && columnStarts.some((x) => Math.abs(x - run.x0) <= COLUMN_ALIGN * size);
}

/** Two lines one under the other, less than a line's height apart. */
const adjacent = (a: VisualLine, b: VisualLine) => Math.max(a.y0, b.y0) - Math.min(a.y1, b.y1) <= Math.min(a.size, b.size);

export function lineOf(runs: Run[]): VisualLine {
  const ordered = [...runs].sort((a, b) => a.x0 - b.x0);
  const size = median(ordered.map((r) => r.size));
  let text = '';
  let previous: Run | null = null;
  for (const run of ordered) {
    // OCR'd runs are words, always apart; PDF runs may be pieces of one word.
    const apart = run.confidence !== undefined || (previous !== null && run.x0 - previous.x1 > WORD_GAP * size);
    if (previous && apart && !/\s$/u.test(text) && !/^\s/u.test(run.text)) text += ' ';
    text += run.text;
    previous = run;
  }
  // Bold or italic as its letters are; a line without letters (a year wrapped alone) as its digits.
  const letters = ordered.filter((r) => /\p{L}/u.test(r.text));
  const inked = letters.length ? letters : ordered.filter((r) => /\p{N}/u.test(r.text));
  return {
    runs: ordered,
    x0: Math.min(...ordered.map((r) => r.x0)),
    x1: Math.max(...ordered.map((r) => r.x1)),
    y0: Math.min(...ordered.map((r) => r.y0)),
    y1: Math.max(...ordered.map((r) => r.y1)),
    size,
    text: text.replace(/\s+/gu, ' ').trim(),
    bold: inked.length > 0 && inked.every((r) => r.bold),
    italic: inked.length > 0 && inked.every((r) => r.italic),
  };
}

const middle = (r: Run) => (r.y0 + r.y1) / 2;

/** A line that starts an item of its own: a bullet, "1.", "1.2.", "a)", "II.", "Điều 3.". */
export const ITEM_START = /^(?:[-+•*–]\s|\d+(?:\.\d+)*[.)]\s|[a-zđ][).]\s|[IVXLC]+[.)]\s|Điều\s+\d+)/u;

/**
 * Visual lines → paragraphs: a line continues the paragraph whose last line is just above it, over
 * the same part of the page (a column's, where a line holds two columns' segments), when that line
 * ran to the right edge (it was wrapped), unless it starts an item of its own.
 */
export function paragraphs(lines: VisualLine[], rightEdge: number): VisualLine[][] {
  const out: VisualLine[][] = [];
  const seen: VisualLine[] = [];
  for (const line of lines) {
    const current = out.findLast((paragraph) => {
      const above = paragraph[paragraph.length - 1]!;
      return continues(above, line, rightEdge) && !passesOver(seen.slice(seen.lastIndexOf(above) + 1), line);
    });
    if (current) current.push(line);
    else out.push([line]);
    seen.push(line);
  }
  return out;
}

/**
 * A paragraph does not jump over a line: one of `between` (the lines met since the paragraph's
 * last line) stands above `line`, over the same part of the page, in type as large or nearly (not
 * a superscript). OCR of small type sizes its lines unevenly: a line that did not continue the one
 * above it must not let the line below it join that paragraph, or the text comes out of order.
 */
function passesOver(between: VisualLine[], line: VisualLine): boolean {
  return between.some((l) => l.y0 < line.y0 && l.y1 <= line.y1 && l.x0 < line.x1 && line.x0 < l.x1 && l.size >= 0.7 * line.size);
}

function continues(above: VisualLine, line: VisualLine, rightEdge: number): boolean {
  return (
    line.y0 - above.y1 <= 0.9 * above.size &&
    line.y0 > above.y0 + 0.5 * above.size &&
    line.x0 < above.x1 &&
    above.x0 < line.x1 &&
    above.x1 >= rightEdge - 3 * above.size &&
    Math.abs(line.size - above.size) <= 0.15 * above.size &&
    line.bold === above.bold &&
    !(ITEM_START.test(line.text) && above.x1 < rightEdge - 0.5 * above.size)
  );
}

/** Words of a paragraph's lines joined; a hyphen that broke a word at the line's end stays. */
export const joinLines = (lines: VisualLine[]) =>
  lines
    .map((l) => l.text)
    .join(' ')
    .replace(/\s+/gu, ' ')
    .trim();
