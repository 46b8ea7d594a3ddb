// The columns' order of a ruled table, learnt from its rows' first lines when the header's OCR
// left it in doubt. Header cells wrap over two or three lines, and a short header line tells little
// of where on the page its words stand ("Cơ quan chủ" ⏎ "trì phối Tiến độ"), so the header may put
// a column on the wrong side of another. A row's first line opens every cell (top-aligned), each
// as its column's cells open: the task text with a capital, an agency with a body's head, a
// deadline with a month or a year, a second agency as a list item. The order that cuts those lines
// at least cost (./ruled-cells.ts cutLine, the same cost the rows are cut with) is the table's:
//
//   1 |Đề án tăng cường công tác bảo |Cục Bảo tồn |- Vụ Môi | Tháng 8    → content lead cooperating deadline
//   2 |Sở Tài chính |Rà soát, cập nhật … | Quý IV/2026 |- Các sở,        → lead content deadline cooperating
//
// The header's order stands unless the lines say otherwise by a clear margin (`MARGIN` a line).
import type { Column } from './ruled-header.js';
import { cutLine, lineTokens, startWidths, type LineTokens } from './ruled-cells.js';
import { rowNumberOf } from './row-starts.js';

/** Rows' first lines needed to learn an order, and read at most. */
const MIN_LINES = 3;
const MOST_LINES = 16;
/** What an order must save, a line, over the header's: the header's words are evidence too. */
const MARGIN = 0.25;
/** Words of a first line read at most: a row's first line holds a line of each cell. */
const MOST_WORDS = 24;

/** Every order of the columns. */
function permutations(columns: Column[]): Column[][] {
  if (columns.length <= 1) return [columns];
  return columns.flatMap((c, i) => permutations([...columns.slice(0, i), ...columns.slice(i + 1)]).map((rest) => [c, ...rest]));
}

/**
 * The orders task tables print: the task text first, or after the lead alone; the lead before
 * the cooperating column (./ruled-header.ts puts them so where the header does not tell).
 */
const printable = (order: Column[]) => {
  const content = order.indexOf('content');
  const lead = order.indexOf('lead');
  const cooperating = order.indexOf('cooperating');
  return (content === 0 || (content === 1 && lead === 0)) && (lead < 0 || cooperating < 0 || lead < cooperating);
};

/** The rows' first lines: lines opening with the row number that follows the one before. */
function firstLines(body: string[]): LineTokens[] {
  const out: LineTokens[] = [];
  let last = 0;
  for (const text of body) {
    const n = rowNumberOf(text);
    if (!n || n.value === null || n.value !== last + 1) continue;
    last = n.value;
    const tokens = lineTokens(n.rest);
    if (tokens.words.length >= 2 && tokens.words.length <= MOST_WORDS) out.push(tokens);
    if (out.length >= MOST_LINES) break;
  }
  return out;
}

/**
 * The columns (the number column aside) in the order that cuts the rows' first lines at least
 * cost, where it saves `MARGIN` a line over the header's order `columns`; else `columns`.
 */
export function orderedByBody(columns: Column[], body: string[]): Column[] {
  const lines = firstLines(body);
  if (lines.length < MIN_LINES || columns.length > 6) return columns;
  const widths = startWidths(columns, lines);
  const cost = (order: Column[]) =>
    lines.reduce((sum, line) => sum + cutLine(line, order, widths, { first: true, open: new Set(order), going: new Set() }).cost, 0);
  const given = cost(columns);
  let best = columns;
  let least = given - MARGIN * lines.length;
  for (const order of permutations(columns).filter(printable)) {
    const c = cost(order);
    if (c < least) [best, least] = [order, c];
  }
  return best;
}
