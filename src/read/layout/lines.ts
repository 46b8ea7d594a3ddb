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
export function segments(line: VisualLine): VisualLine[] {
  const parts: Run[][] = [];
  let previous: Run | null = null;
  for (const run of line.runs) {
    if (!previous || run.x0 - previous.x1 > SEGMENT_GAP * line.size) parts.push([run]);
    else parts[parts.length - 1]!.push(run);
    previous = run;
  }
  return parts.length === 1 ? [line] : parts.map(lineOf);
}

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
  const letters = ordered.filter((r) => /\p{L}/u.test(r.text));
  return {
    runs: ordered,
    x0: Math.min(...ordered.map((r) => r.x0)),
    x1: Math.max(...ordered.map((r) => r.x1)),
    y0: Math.min(...ordered.map((r) => r.y0)),
    y1: Math.max(...ordered.map((r) => r.y1)),
    size,
    text: text.replace(/\s+/gu, ' ').trim(),
    bold: letters.length > 0 && letters.every((r) => r.bold),
    italic: letters.length > 0 && letters.every((r) => r.italic),
  };
}

const middle = (r: Run) => (r.y0 + r.y1) / 2;

/** A line that starts an item of its own: a bullet, "1.", "1.2.", "a)", "II.", "Điều 3.". */
export const ITEM_START = /^(?:[-+•*–]\s|\d+(?:\.\d+)*[.)]\s|[a-zđ][).]\s|[IVXLC]+[.)]\s|Điều\s+\d+)/u;

/**
 * Visual lines → paragraphs: a line continues the one above when it follows closely and the one
 * above ran to the right edge (it was wrapped), unless it starts an item of its own.
 */
export function paragraphs(lines: VisualLine[], rightEdge: number): VisualLine[][] {
  const out: VisualLine[][] = [];
  for (const line of lines) {
    const current = out[out.length - 1];
    const above = current?.[current.length - 1];
    const wrapped = above !== undefined
      && line.y0 - above.y1 <= 0.9 * above.size
      && above.x1 >= rightEdge - 3 * above.size
      && Math.abs(line.size - above.size) <= 0.15 * above.size
      && line.bold === above.bold
      && !(ITEM_START.test(line.text) && above.x1 < rightEdge - 0.5 * above.size);
    if (current && wrapped) current.push(line);
    else out.push([line]);
  }
  return out;
}

/** Words of a paragraph's lines joined; a hyphen that broke a word at the line's end stays. */
export const joinLines = (lines: VisualLine[]) => lines.map((l) => l.text).join(' ').replace(/\s+/gu, ' ').trim();
