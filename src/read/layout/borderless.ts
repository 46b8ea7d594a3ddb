// Tables drawn without borders (Word's hidden borders, text laid out in aligned columns): a block
// of visual lines whose runs leave the same vertical gutters free on every line, three columns or
// more, the first of them holding the rows' numbers. A numbered line starts a row; the lines under
// it, up to the next number, continue its cells. Lines above the first number that keep to the
// same gutters are the header row. Written as ruled tables are (tables.ts), one entry a column.
//
// Two columns are never a table here (a decision's authority and motto, its recipients and
// signature), nor are lines that run across a gutter (prose), nor columns without row numbers.
import { cellOf, type Table, type TableRow } from './tables.js';
import { visualLines, type VisualLine } from './lines.js';
import { median, type Run } from './geometry.js';

/** A gutter is at least this many font sizes wide. */
const GUTTER = 0.5;
/** Lines further apart than this many font sizes are not rows of one table. */
const ROW_GAP = 2;
/** The number column is at most this many font sizes wide. */
const NUMBER_WIDTH = 4;
/** A row's number: "1", "1.", "2.3", "IV.". */
const ROW_NUMBER = /^(?:\d{1,3}(?:\.\d{1,3})*[.)]?|[IVXLC]{1,6}\.)$/u;

interface Interval {
  x0: number;
  x1: number;
}

export function borderlessTables(runs: Run[]): { tables: Table[]; rest: Run[] } {
  const lines = visualLines(runs);
  const size = median(runs.map((r) => r.size)) || 10;
  const tables: Table[] = [];
  const used = new Set<Run>();
  for (let i = 0; i < lines.length; i++) {
    if (!startsRow(lines[i]!, size)) continue;
    const block = grow(lines, i, size);
    const table = block && tableOf(block.lines, block.gutters, size);
    if (!table) continue;
    tables.push(table);
    for (const line of block.lines) for (const run of line.runs) used.add(run);
    i = block.last;
  }
  return { tables, rest: runs.filter((run) => !used.has(run)) };
}

/** A line whose first run is a row number, with room for two gutters after it. */
function startsRow(line: VisualLine, size: number): boolean {
  return ROW_NUMBER.test(line.runs[0]!.text.trim()) && gutters([line], size).length >= 2;
}

/** The free vertical strips, at least GUTTER sizes wide, between the runs of all these lines. */
function gutters(lines: VisualLine[], size: number): Interval[] {
  const spans = lines.flatMap((l) => l.runs.map((r) => ({ x0: r.x0, x1: r.x1 }))).sort((a, b) => a.x0 - b.x0);
  const out: Interval[] = [];
  let reach = spans[0]?.x1 ?? 0;
  for (const span of spans.slice(1)) {
    if (span.x0 - reach >= GUTTER * size) out.push({ x0: reach, x1: span.x0 });
    reach = Math.max(reach, span.x1);
  }
  return out;
}

/**
 * The block around the numbered line `start`: lines below it, then above it, taken while they
 * follow closely, keep the number column's gutter and leave two gutters or more.
 */
function grow(lines: VisualLine[], start: number, size: number): { lines: VisualLine[]; gutters: Interval[]; last: number } | null {
  let block = [lines[start]!];
  let free = gutters(block, size);
  // A line may close a gutter that only a stretched word space of a justified line opened, but not
  // the number column's, and two gutters must stay.
  const fits = (_line: VisualLine, next: VisualLine[]) => {
    const after = gutters(next, size);
    const numberGutter = after.length >= 2 && after[0]!.x0 < free[0]!.x1 && after[0]!.x1 > free[0]!.x0;
    return numberGutter ? after : null;
  };
  let last = start;
  for (let j = start + 1; j < lines.length; j++) {
    const line = lines[j]!;
    if (line.y0 - lines[j - 1]!.y1 > ROW_GAP * size) break;
    const after = fits(line, [...block, line]);
    if (!after) break;
    block.push(line);
    free = after;
    last = j;
  }
  for (let j = start - 1; j >= 0; j--) {
    const line = lines[j]!;
    if (lines[j + 1]!.y0 - line.y1 > ROW_GAP * size) break;
    const after = fits(line, [line, ...block]);
    if (!after) break;
    block = [line, ...block];
    free = after;
  }
  return block.length >= 3 ? { lines: block, gutters: free, last } : null;
}

/** The block as a table, when its first column holds the numbers of two rows or more. */
function tableOf(lines: VisualLine[], free: Interval[], size: number): Table | null {
  const x0 = Math.min(...lines.map((l) => l.x0));
  const x1 = Math.max(...lines.map((l) => l.x1));
  const columns = [x0, ...free.map((g) => (g.x0 + g.x1) / 2), x1];
  if (columns.length < 4 || columns[1]! - x0 > NUMBER_WIDTH * size) return null;
  const rows = rowsOf(lines, columns);
  if (!rows) return null;
  // Two numbered rows, or one under a header row that fills three columns.
  const numbered = rows.filter((row) => row.numbered).length;
  if (numbered < 2 && !(numbered === 1 && rows[0]!.header && rows[0]!.filled >= 3)) return null;
  return tableFrom(rows, lines, columns);
}

interface LineRow {
  lines: VisualLine[];
  numbered: boolean;
  /** Lines before the first numbered line. */
  header: boolean;
  /** Columns with text. */
  filled: number;
}

/** The column a run falls in (by its middle). */
function columnOf(run: Run, columns: number[]): number {
  const x = (run.x0 + run.x1) / 2;
  const c = columns.findIndex((_, i) => i + 1 < columns.length && x < columns[i + 1]!);
  return c < 0 ? columns.length - 2 : c;
}

/**
 * Lines → rows: a line with a number in the number column starts one, the lines under it go on
 * its cells; lines before the first number make one row (the header, or the rest of a row that
 * began on the page before). Null when the number column holds other text under a number.
 */
function rowsOf(lines: VisualLine[], columns: number[]): LineRow[] | null {
  const rows: LineRow[] = [];
  for (const line of lines) {
    const first = line.runs
      .filter((r) => columnOf(r, columns) === 0)
      .map((r) => r.text.trim())
      .join(' ');
    const isNumber = ROW_NUMBER.test(first);
    if (first && !isNumber && rows.some((r) => r.numbered)) return null;
    if (isNumber || !rows.length) rows.push({ lines: [line], numbered: isNumber, header: !isNumber, filled: 0 });
    else rows[rows.length - 1]!.lines.push(line);
  }
  for (const row of rows) row.filled = new Set(row.lines.flatMap((l) => l.runs.map((r) => columnOf(r, columns)))).size;
  return rows;
}

function tableFrom(rows: LineRow[], lines: VisualLine[], columns: number[]): Table {
  const tableRows: TableRow[] = rows.map((row) => {
    const cells = columns.slice(1).map((_, c) => cellOf(row.lines.flatMap((l) => l.runs.filter((r) => columnOf(r, columns) === c))));
    return { y0: Math.min(...row.lines.map((l) => l.y0)), cells: cells.map((c) => c.paragraphs), runs: cells.map((c) => c.runs) };
  });
  const x0 = columns[0]!;
  const x1 = columns[columns.length - 1]!;
  const y0 = tableRows[0]!.y0;
  const y1 = Math.max(...lines.map((l) => l.y1));
  return { x0, y0, x1, y1, rows: tableRows, columns, openTop: false, openBottom: false };
}

/**
 * The lines at the top (bottom) of a page that keep to the columns of an unruled table at the
 * bottom of the page before (top of the page after): the rest of a row the page break cut, a
 * header row printed at a page's foot. Every run lies within one column, three columns have text
 * (or, `touching`: the table on the page before ran to its foot, see below), and the number column
 * holds only numbers.
 */
export function tableAtPageEdge(
  runs: Run[],
  columns: number[],
  edge: 'top' | 'bottom',
  touching = false,
): { table: Table | null; rest: Run[] } {
  const lines = visualLines(runs);
  const size = median(runs.map((r) => r.size)) || 10;
  const slack = size;
  const keeps = (line: VisualLine) =>
    line.runs.every((r) => columns.some((edgeX, i) => i + 1 < columns.length && r.x0 >= edgeX - slack && r.x1 <= columns[i + 1]! + slack));
  const ordered = edge === 'top' ? lines : [...lines].reverse();
  const block: VisualLine[] = [];
  for (const line of ordered) {
    const previous = block[block.length - 1];
    if (!keeps(line) || (previous && Math.max(line.y0 - previous.y1, previous.y0 - line.y1) > ROW_GAP * size)) break;
    block.push(line);
  }
  if (edge === 'bottom') block.reverse();
  const rows = block.length ? rowsOf(block, columns) : null;
  // Fewer than three columns filled: only the rest of a row under a table that ran to the page's
  // foot, each line starting where its column's text starts (a centred heading does not).
  const aligned = () => block.every((l) => l.runs.every((r) => r.x0 - columns[columnOf(r, columns)]! <= 1.5 * size));
  if (!rows || !(rows.some((row) => row.filled >= 3) || (touching && edge === 'top' && !rows[0]!.numbered && aligned())))
    return { table: null, rest: runs };
  const used = new Set(block.flatMap((l) => l.runs));
  // Lines at a page's top before any number are the rest of a row cut on the page before.
  const table = { ...tableFrom(rows, block, columns), openTop: edge === 'top' && !rows[0]!.numbered };
  return { table, rest: runs.filter((r) => !used.has(r)) };
}
