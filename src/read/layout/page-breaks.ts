// A ruled table that runs on over a page break: the next page may start with the rest of the row
// the break cut (its number cell empty: the number was printed above the break) and with the
// header row printed again. The rest of a cut row goes back into its row, cell by cell; a repeated
// header row is dropped. A row so joined keeps the place of its first part (page and line where
// the row starts), as the task read from it starts there.
import { ITEM_START } from './lines.js';
import type { Table } from './tables.js';

/** Column edges this close (in points) are the same column seen on two pages. */
const EDGE_TOLERANCE = 5;

/** A number cell: "1", "1.", "2.3", "II.", "a)". */
const NUMBER_CELL = /^(?:\d{1,3}(?:\.\d{1,3})*[.)]?|[IVXLC]{1,6}[.)]?|[a-zđ]\))$/u;

/** The table the last written line is a row of, as the next page may continue it. */
export interface OpenTable {
  table: Table;
  /** Cells of the table's first row (its header, when it has one). */
  head: string[][];
  /** Rows written so far (for finding the number column). */
  rows: string[][][];
}

/** The same columns: as many, with every edge within the tolerance (scaled to page units). */
export function sameColumns(a: Table, b: Table, unit = 1): boolean {
  return a.columns.length === b.columns.length && a.columns.every((x, i) => Math.abs(x - b.columns[i]!) <= EDGE_TOLERANCE * unit);
}

const flat = (cell: string[]) => cell.join(' ').replace(/\s+/gu, ' ').trim();

/** The header row printed again: the same text in every cell as the table's first row. */
export function repeatsHead(cells: string[][], open: OpenTable): boolean {
  return cells.length === open.head.length && cells.some((c) => c.length) && cells.every((cell, i) => flat(cell) === flat(open.head[i]!));
}

/** The column holding the rows' numbers: the one with most number cells (the first when none). */
export function numberColumn(rows: string[][][]): number {
  const counts = new Map<number, number>();
  for (const row of rows) row.forEach((cell, i) => NUMBER_CELL.test(flat(cell)) && counts.set(i, (counts.get(i) ?? 0) + 1));
  let best = 0;
  for (const [column, count] of counts) if (count > (counts.get(best) ?? 0)) best = column;
  return best;
}

/**
 * The first row of a page is the rest of the row the page break cut when its table continues the
 * open one (same columns) and its number cell is empty, and either a border is missing at the cut
 * or the row does not start an item of its own ("a) …" under a numbered row is a row of its own).
 */
export function continuesCutRow(cells: string[][], table: Table, open: OpenTable, unit = 1): boolean {
  if (!sameColumns(table, open.table, unit)) return false;
  if (flat(cells[numberColumn(open.rows)] ?? [])) return false;
  if (!cells.some((c) => c.length)) return false;
  const cut = table.openTop || open.table.openBottom;
  const content = cells.find((c) => c.length)![0]!;
  return cut || !ITEM_START.test(content);
}

/** Cell by cell: a cell's first paragraph goes on the last one above unless it starts anew. */
export function joinRowParts(above: string[][], below: string[][]): string[][] {
  return above.map((cell, i) => {
    const rest = below[i] ?? [];
    if (!rest.length) return cell;
    if (!cell.length) return rest;
    const last = cell[cell.length - 1]!;
    const first = rest[0]!;
    const startsAnew = ITEM_START.test(first) || (/[.;!?]$/u.test(last) && /^\p{Lu}/u.test(first));
    return startsAnew ? [...cell, ...rest] : [...cell.slice(0, -1), `${last} ${first}`, ...rest.slice(1)];
  });
}
