// Ruled tables from their borders: horizontal and vertical rules that touch make a grid; a border
// missing inside the grid merges the cells on either side of it. Each row comes out with one
// entry per column, as a Word table does (segment/tab-row.ts): a cell merged across columns is
// written once and leaves the others empty, one merged down rows is repeated on each of them.
import { cluster, isHorizontal, isVertical, type Rule, type Run } from './geometry.js';
import { ITEM_START, visualLines, type VisualLine } from './lines.js';

export interface TableRow {
  /** Top of the row on the page. */
  y0: number;
  /** Each column's paragraphs. */
  cells: string[][];
  /** Each column's runs, in the order their text is written in its paragraphs. */
  runs: Run[][];
}

export interface Table {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  rows: TableRow[];
  /** The x of each column's edges, left to right (columns + 1 values). */
  columns: number[];
  /** No rule closes the table at its top (bottom): a page break cut the row there. */
  openTop: boolean;
  openBottom: boolean;
}

/** Points: rules this close are one, and touch. */
const TOLERANCE = 2.5;

export function ruledTables(runs: Run[], rules: Rule[], unit = 1): { tables: Table[]; rest: Run[] } {
  const tolerance = TOLERANCE * unit;
  const tables = connected(
    rules.filter((r) => isHorizontal(r, unit) || isVertical(r, unit)),
    tolerance,
  )
    .map((component) => gridTable(component, runs, unit))
    .filter((t): t is Table => t !== null);
  const inside = (run: Run) => tables.some((t) => within(run, t));
  return { tables, rest: runs.filter((run) => !inside(run)) };
}

/** Every cell of every ruled grid on the page (cells merged by a missing border counted apart). */
export function gridCells(rules: Rule[], unit = 1): Array<{ x0: number; y0: number; x1: number; y1: number }> {
  const tolerance = TOLERANCE * unit;
  return connected(
    rules.filter((r) => isHorizontal(r, unit) || isVertical(r, unit)),
    tolerance,
  ).flatMap((component) => {
    const ys = cluster(
      component.filter((r) => isHorizontal(r, unit)).map((r) => (r.y0 + r.y1) / 2),
      tolerance * 2,
    );
    const xs = cluster(
      component.filter((r) => isVertical(r, unit)).map((r) => (r.x0 + r.x1) / 2),
      tolerance * 2,
    );
    if (ys.length < 2 || xs.length < 3) return [];
    return ys.slice(1).flatMap((y1, r) => xs.slice(1).map((x1, c) => ({ x0: xs[c]!, y0: ys[r]!, x1, y1 })));
  });
}

const within = (run: Run, box: { x0: number; y0: number; x1: number; y1: number }) => {
  const x = (run.x0 + run.x1) / 2;
  const y = (run.y0 + run.y1) / 2;
  return x > box.x0 && x < box.x1 && y > box.y0 && y < box.y1;
};

function gridTable(rules: Rule[], runs: Run[], unit: number): Table | null {
  const tolerance = TOLERANCE * unit;
  const hs = rules.filter((r) => isHorizontal(r, unit));
  const vs = rules.filter((r) => isVertical(r, unit));
  // A slanted rule (a skewed scan) lies at its middle within a few units.
  const ys = cluster(
    hs.map((r) => (r.y0 + r.y1) / 2),
    tolerance * 2,
  );
  const xs = cluster(
    vs.map((r) => (r.x0 + r.x1) / 2),
    tolerance * 2,
  );
  if (xs.length < 3 || !hs.length) return null;
  // A row that a page break cuts has no rule on the cut side: its column borders run on past the
  // last (first) horizontal rule, to the page's edge. Where two of them do, the grid ends there.
  const bottom = openEdge(
    vs.map((v) => v.y1),
    ys[ys.length - 1] ?? -Infinity,
    tolerance,
    1,
  );
  const top = openEdge(
    vs.map((v) => v.y0),
    ys[0] ?? Infinity,
    tolerance,
    -1,
  );
  if (bottom !== null) ys.push(bottom);
  if (top !== null) ys.unshift(top);
  if (ys.length < 2) return null;
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  const mid = (edges: number[], i: number) => (edges[i]! + edges[i + 1]!) / 2;
  const hasH = (i: number, c: number) =>
    hs.some((r) => Math.abs((r.y0 + r.y1) / 2 - ys[i]!) <= tolerance * 2 && r.x0 <= mid(xs, c) && r.x1 >= mid(xs, c));
  const hasV = (j: number, r: number) =>
    vs.some((v) => Math.abs((v.x0 + v.x1) / 2 - xs[j]!) <= tolerance * 2 && v.y0 <= mid(ys, r) && v.y1 >= mid(ys, r));

  // Cells joined where the border between them is missing (merged cells).
  const parent = Array.from({ length: rows * cols }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const join = (a: number, b: number) => void (parent[find(b)] = find(a));
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (c + 1 < cols && !hasV(c + 1, r)) join(r * cols + c, r * cols + c + 1);
      if (r + 1 < rows && !hasH(r + 1, c)) join(r * cols + c, (r + 1) * cols + c);
    }
  }
  const regionRuns = new Map<number, Run[]>();
  const box = { x0: xs[0]!, y0: ys[0]!, x1: xs[cols]!, y1: ys[rows]! };
  for (const run of runs) {
    if (!within(run, box)) continue;
    const x = (run.x0 + run.x1) / 2;
    const y = (run.y0 + run.y1) / 2;
    const c = xs.findIndex((edge, i) => i < cols && x >= edge && x < xs[i + 1]!);
    const r = ys.findIndex((edge, i) => i < rows && y >= edge && y < ys[i + 1]!);
    if (c < 0 || r < 0) continue;
    const region = find(r * cols + c);
    regionRuns.set(region, [...(regionRuns.get(region) ?? []), run]);
  }
  const written = new Map([...regionRuns].map(([region, rs]) => [region, cellOf(rs)]));
  const out: TableRow[] = [];
  for (let r = 0; r < rows; r++) {
    const cells: string[][] = [];
    const cellRuns: Run[][] = [];
    for (let c = 0; c < cols; c++) {
      const region = find(r * cols + c);
      // A cell merged across columns is written in its first column only.
      const firstColumn = c === 0 || find(r * cols + c - 1) !== region;
      const cell = firstColumn ? written.get(region) : undefined;
      cells.push(cell?.paragraphs ?? []);
      cellRuns.push(cell?.runs ?? []);
    }
    if (cells.some((cell) => cell.length)) out.push({ y0: ys[r]!, cells, runs: cellRuns });
  }
  return out.length ? { ...box, rows: out, columns: xs, openTop: top !== null, openBottom: bottom !== null } : null;
}

/**
 * The end of the column borders past the outermost horizontal rule `edge`, in `direction` (1 down,
 * -1 up), when at least two borders reach it; null when the rules close the grid.
 */
function openEdge(ends: number[], edge: number, tolerance: number, direction: 1 | -1): number | null {
  const beyond = ends.filter((y) => (y - edge) * direction > tolerance * 2);
  if (beyond.length < 2) return null;
  const far = direction === 1 ? Math.max(...beyond) : Math.min(...beyond);
  return beyond.filter((y) => Math.abs(y - far) <= tolerance * 2).length >= 2 ? far : null;
}

/** A cell's runs as its paragraphs, and the runs in the order the paragraphs write them. */
export function cellOf(runs: Run[]): { paragraphs: string[]; runs: Run[] } {
  const lines = visualLines(runs);
  return { paragraphs: cellParagraphs(lines), runs: lines.flatMap((line) => line.runs) };
}

/** A cell's lines as paragraphs: a new one at an item's start or after a gap. */
export function cellParagraphs(lines: VisualLine[]): string[] {
  const paras: string[] = [];
  let previous: VisualLine | null = null;
  for (const line of lines) {
    const continues = previous !== null && line.y0 - previous.y1 <= 0.9 * previous.size && !ITEM_START.test(line.text);
    if (continues) paras[paras.length - 1] += ` ${line.text}`;
    else paras.push(line.text);
    previous = line;
  }
  return paras;
}

/** Rules that touch or cross one another, in groups (one group a table). */
function connected(rules: Rule[], tolerance: number): Rule[][] {
  const parent = rules.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < rules.length; i++) {
    for (let j = i + 1; j < rules.length; j++) {
      if (touch(rules[i]!, rules[j]!, tolerance)) parent[find(j)] = find(i);
    }
  }
  const groups = new Map<number, Rule[]>();
  rules.forEach((rule, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), rule]));
  return [...groups.values()];
}

const touch = (a: Rule, b: Rule, t: number) => a.x0 <= b.x1 + t && b.x0 <= a.x1 + t && a.y0 <= b.y1 + t && b.y0 <= a.y1 + t;
