// Task tables in text laid out at character columns (a PDF turned to text with `pdftotext -layout`):
// words stand at the columns they stood at on the page, a cell wraps over several lines and, in a
// table whose cells are centred vertically, a row's number stands on its middle line. A block of
// lines whose word groups (read/layout/text-runs.ts) leave the same gutters free, grown from a row
// number or a "TT" header cell at the left margin as a page's table without borders is
// (read/layout/borderless.ts), is such a table: three columns or more, the first holding numbers.
// Its rows are read around their numbers (read/layout/centred-rows.ts); a row a page break cut is
// joined to its first part. Prose, indented text and two-column header blocks (authority | motto)
// never hold a number column with two gutters beside it over several lines, and are left as text.
import type { Run } from '../read/layout/geometry.js';
import { textLineRuns } from '../read/layout/text-runs.js';
import { rowsAroundAnchors, type Fragment } from '../read/layout/centred-rows.js';
import { fold } from '../vietnamese/fold.js';

export interface ColumnRow {
  kind: 'header' | 'row' | 'group';
  /** 0-based input lines: the first and the last the row's text is on. */
  start: number;
  end: number;
  cells: string[][];
}

/** A row's number, a "TT" header cell, a group's numeral: alone at the left of its line. */
const ROW_NUMBER = /^\d{1,3}(?:\.\d{1,3})*\.?$/u;
const HEAD_NUMBER = /^(?:S|S[ốo]\s)?TT\.?$/iu;
const GROUP_NUMERAL = /^(?:[IVXLC]{1,6}|[A-Z])\.?$/u;
/** The number column's right edge is at most this many characters from the margin. */
const NUMBER_WIDTH = 8;
/** A number starts at most this many characters in from the margin. */
const NUMBER_INDENT = 4;
/** A block of this many lines has its columns: a line that closes a gutter is no row's. */
const ESTABLISHED = 4;
/** More free lines than this in a row end a table. */
const MAX_BLANKS = 3;
/** Folded words of task-table headers: a line made of them is a header's. */
const HEADER_WORDS = new Set(
  (
    'tt stt so noi dung thuc hien nhiem vu giai phap cong viec ten co quan don vi chu tri phoi hop thoi gian han hoan thanh ' +
    'tien do san pham ket qua du kien ghi chu quy mo muc tieu chi nguon kinh phi lanh dao trach nhiem thuc hien/chu tri'
  ).split(' '),
);

interface Line {
  index: number;
  runs: Run[];
}

interface Interval {
  x0: number;
  x1: number;
}

interface Piece {
  lines: Line[];
  /** Column edges: the number column's, then one a gutter's middle, then the right edge. */
  columns: number[];
  groups: Line[];
}

export interface ColumnTable {
  rows: ColumnRow[];
  /** 0-based input lines the table's text is on (its rows' and its group rows'). */
  lines: Set<number>;
}

/** What a seed line's text opens with: a row number or a "TT" cell, then a gutter or nothing. */
const SEED_TEXT = /^[ \t\f]*(?:\d{1,3}(?:\.\d{1,3})*\.?|(?:S|S[ốo]\s)?TT\.?)(?:[ \t\f]{2,}\S|[ \t\f]*$)/iu;

const GUTTERED = /\S[ \t\f]{2,}\S/u;

/** A page break's furniture (page number, running header) takes at most this many lines. */
const PAGE_BREAK = 14;

/** The column-aligned tables of a text, each a list of rows (in the text's order). */
export function columnTables(text: string[]): ColumnTable[] {
  // No seed (a number or a "TT" standing alone at a line's start), or under two lines with a gutter
  // between their words: no table (a cheap look first, as most texts are prose).
  if (!text.some((t) => SEED_TEXT.test(t)) || text.filter((t) => GUTTERED.test(t)).length < 2) return [];
  const lines = text.map((t, i) => ({ index: i, runs: textLineRuns(t.replace(/[\f\t]/gu, ' '), i) }));
  const filled = lines.filter((l) => l.runs.length);
  if (!filled.length) return [];
  const margin = Math.min(...filled.map((l) => l.runs[0]!.x0));
  const pieces: Piece[] = [];
  const used = new Set<number>();
  for (const line of filled) {
    if (used.has(line.index) || !isSeed(line, margin)) continue;
    const grown = grow(lines, line.index, margin, used);
    const piece = grown && withHeaderColumns(grown);
    if (!piece) continue;
    for (const l of piece.lines) used.add(l.index);
    for (const g of piece.groups) used.add(g.index);
    pieces.push(piece);
  }
  const tables: ColumnTable[] = [];
  type Open = { table: ColumnTable; columns: number[]; end: number };
  let previous: Open | null = null;
  for (const piece of pieces.sort((a, b) => a.lines[0]!.index - b.lines[0]!.index)) {
    const { rows, rest } = rowsOfPiece(piece);
    const numbered = rows.filter((r) => r.kind === 'row').length;
    if (!numbered && !rest) continue;
    const indexes = [...piece.lines, ...piece.groups].map((l) => l.index);
    // A piece just after a table's piece, past a page break at most, goes on with that table; a
    // numbered line between them that no piece took (a heading of prose) means they are not one table.
    const first = Math.min(...indexes);
    const going: Open | null =
      previous && first - previous.end <= PAGE_BREAK && !numberedBetween(lines, previous.end, first, margin) ? previous : null;
    // The rest of a row a page break cut: its cells go on the row's first part, column by column.
    if (rest && going) joinRest(going.table.rows, rest, going.columns, piece.columns);
    const table: ColumnTable = going?.table ?? { rows: [], lines: new Set<number>() };
    if (!going) tables.push(table);
    table.rows.push(...rows);
    for (const i of indexes) table.lines.add(i);
    previous = { table, columns: piece.columns, end: Math.max(...indexes) };
  }
  // Two numbered rows, or one under a header, make a table.
  return tables.filter(({ rows }) => {
    const numbered = rows.filter((r) => r.kind === 'row').length;
    return numbered >= 2 || (numbered === 1 && rows.some((r) => r.kind === 'header'));
  });
}

/** Whether a line strictly between `from` and `to` opens on a row number at the margin. */
const numberedBetween = (lines: Line[], from: number, to: number, margin: number) =>
  lines.slice(from + 1, to).some((l) => l.runs.length > 0 && isSeed(l, margin) && ROW_NUMBER.test(l.runs[0]!.text));

function isSeed(line: Line, margin: number): boolean {
  const first = line.runs[0]!;
  return first.x0 <= margin + NUMBER_INDENT && (ROW_NUMBER.test(first.text) || HEAD_NUMBER.test(first.text));
}

const isGroupLine = (line: Line, margin: number) =>
  line.runs.length === 2 && line.runs[0]!.x0 <= margin + NUMBER_INDENT && GROUP_NUMERAL.test(line.runs[0]!.text);

/** A page number alone on its line, away from the margin. */
const isPageNumber = (line: Line, margin: number) =>
  line.runs.length === 1 && /^\d{1,3}$/u.test(line.runs[0]!.text) && line.runs[0]!.x0 > margin + NUMBER_INDENT;

/** The free strips between the runs of these lines, at least a character wide. */
function gutters(lines: Line[]): Interval[] {
  const spans = lines.flatMap((l) => l.runs).sort((a, b) => a.x0 - b.x0);
  const out: Interval[] = [];
  let reach = spans[0]?.x1 ?? 0;
  for (const span of spans.slice(1)) {
    if (span.x0 - reach >= 1) out.push({ x0: reach, x1: span.x0 });
    reach = Math.max(reach, span.x1);
  }
  return out;
}

/**
 * The block around the seed line: lines below it, then above it (up to another piece's lines), while two gutters stay free, the
 * number column's among them, and a line closes one gutter at most (a crossing line is prose, a
 * title, a page's running header). Group rows ("II  <title>" across the columns) are kept apart.
 */
function grow(lines: Line[], seed: number, margin: number, used: ReadonlySet<number>): Piece | null {
  // The lines whose runs rule the gutters; header lines join the block without (a header cell may
  // be wider than its column's text).
  let ruling = [lines[seed]!];
  const block = [lines[seed]!];
  let free = gutters(ruling);
  const groups: Line[] = [];
  const numberGutter = (g: Interval[]) => g.length >= Math.min(2, free.length) && g.length > 0 && g[0]!.x0 <= margin + NUMBER_WIDTH;
  const take = (next: Line[]) => {
    const after = gutters(next);
    if (!numberGutter(after) || (free.length && !(after[0]!.x0 < free[0]!.x1 && after[0]!.x1 > free[0]!.x0))) return null;
    const closed = free.filter((g) => !after.some((a) => a.x0 < g.x1 && a.x1 > g.x0)).length;
    // A young block's gutters are a line's word gaps; an established one's are its columns'.
    return closed <= (ruling.length < ESTABLISHED ? 1 : 0) ? after : null;
  };
  for (const direction of [1, -1]) {
    let blanks = 0;
    for (let j = seed + direction; j >= 0 && j < lines.length; j += direction) {
      const line = lines[j]!;
      // A line another piece holds ends this one (pieces of one table join afterwards).
      if (used.has(j)) break;
      if (!line.runs.length) {
        if (++blanks > MAX_BLANKS) break;
        continue;
      }
      if (isPageNumber(line, margin)) break;
      if (isGroupLine(line, margin) && free.length >= 3) {
        groups.push(line);
        blanks = 0;
        continue;
      }
      let next = direction > 0 ? [...ruling, line] : [line, ...ruling];
      let after = take(next);
      // A cell's text that ran up to the next column's with one space between them; only where two
      // lines already agree on the gutters (one line's gutters are its word gaps: a heading typed
      // with doubled spaces would cut the sentence under it at them).
      if (!after && ruling.length >= 2) {
        const split = splitAtGutters(line, free);
        next = direction > 0 ? [...ruling, split] : [split, ...ruling];
        after = split.runs.length > line.runs.length ? take(next) : null;
        if (after) lines[j] = split;
      }
      if (!after) {
        if (!isHeaderLine(line) || free.length < 2 || (line.runs[0]!.x0 < free[0]!.x1 - 1 && line.runs[0]!.x1 > free[0]!.x0 + 1)) break;
        block.push(line);
        blanks = 0;
        continue;
      }
      ruling = next;
      block.push(lines[j]!);
      free = after;
      blanks = 0;
    }
  }
  if (free.length < 2 || ruling.length < 2) return null;
  block.sort((a, b) => a.index - b.index);
  const x0 = Math.min(...ruling.map((l) => l.runs[0]!.x0));
  const x1 = Math.max(...ruling.flatMap((l) => l.runs.map((r) => r.x1)));
  const columns = [x0, ...free.map((g) => (g.x0 + g.x1) / 2), x1];
  // Group rows at the block's edges stand outside it.
  const top = block[0]!.index;
  const bottom = block[block.length - 1]!.index;
  return { lines: block, columns, groups: groups.filter((g) => g.index > top && g.index < bottom) };
}

/**
 * Columns only one space apart in every line (a tight table) leave no gutter between them; their
 * header cells, apart on the header's lines, show them. A column over two header cells is cut at
 * the strip between those cells that no word of any line crosses, its runs split there.
 */
function withHeaderColumns(piece: Piece): Piece {
  const headerRuns = piece.lines.filter(isHeaderLine).flatMap((l) => l.runs.map((run) => ({ ...run, line: l.index })));
  const edges = [...piece.columns];
  for (let c = 1; c + 1 < piece.columns.length; c++) {
    const [left, right] = [piece.columns[c]!, piece.columns[c + 1]!];
    // Header cells wholly inside the column (a cell wider than its column's text reaches over its gutter).
    const heads = headerRuns.filter((r) => r.x0 >= left && r.x1 <= right).sort((a, b) => a.x0 - b.x0);
    // Two cells side by side on one header line (one a page repeats is seen once).
    const pairs = heads.flatMap((a) =>
      heads
        .filter((b) => b.line === a.line && b.x0 > a.x1 && !heads.some((m) => m.line === a.line && m.x0 > a.x1 && m.x0 < b.x0))
        .map((b) => [a, b] as const),
    );
    const inColumn = piece.lines.filter((l) => l.runs.some((r) => r.x0 < right && r.x1 > left));
    for (const [a, b] of pairs) {
      const cut = freeStrip(inColumn, a.x1, b.x0);
      if (cut !== null && !edges.some((e) => Math.abs(e - cut) < 3)) edges.push(cut);
    }
  }
  if (edges.length === piece.columns.length) return piece;
  const columns = edges.sort((a, b) => a - b);
  const added = columns.filter((x) => !piece.columns.includes(x));
  const split = (line: Line): Line => ({ index: line.index, runs: line.runs.flatMap((run) => splitAt(run, added)) });
  return { lines: piece.lines.map(split), columns, groups: piece.groups };
}

/** Lines a column edge may cross (their cells' lines wrap a little wider there), at most this share. */
const CROSSING = 0.25;
/** A run is cut at the space nearest an edge it runs over, this many characters away at most. */
const CUT_REACH = 4;

/**
 * The middle of the widest strip in [from, to) that the fewest lines' words cover, when few do
 * (pdftotext sets each line's words a little apart from the next line's), or null.
 */
function freeStrip(lines: Line[], from: number, to: number): number | null {
  const width = Math.max(0, Math.ceil(to - from));
  const covering = new Array<number>(width).fill(0);
  for (const line of lines) {
    const hits = new Set<number>();
    for (const run of line.runs)
      for (const word of run.text.matchAll(/\S+/gu)) {
        const [x0, x1] = [run.x0 + word.index, run.x0 + word.index + word[0].length];
        for (let x = Math.max(from, x0); x < Math.min(to, x1); x++) hits.add(Math.floor(x - from));
      }
    for (const i of hits) covering[i]!++;
  }
  const least = Math.min(...covering);
  if (!width || least > CROSSING * lines.length) return null;
  let best: [number, number] | null = null;
  let start = -1;
  for (let i = 0; i <= width; i++) {
    const low = i < width && covering[i] === least;
    if (low && start < 0) start = i;
    if (!low && start >= 0) {
      if (!best || i - start > best[1] - best[0]) best = [start, i];
      start = -1;
    }
  }
  return best ? from + (best[0] + best[1]) / 2 : null;
}

/** A run cut at the column edges it runs over, each at the space nearest the edge. */
function splitAt(run: Run, columns: number[]): Run[] {
  const spaces = [...run.text.matchAll(/ /gu)].map((m) => m.index);
  const cuts = columns
    .filter((x) => x > run.x0 && x < run.x1)
    .map((x) => spaces.reduce((best, i) => (Math.abs(run.x0 + i - x) < Math.abs(run.x0 + best - x) ? i : best), -100))
    .filter((i) => i >= 0 && spaces.includes(i))
    .filter((i, k, all) => all.indexOf(i) === k)
    .sort((p, q) => p - q);
  const near = cuts.filter((i) => columns.some((x) => Math.abs(run.x0 + i - x) <= CUT_REACH));
  const out: Run[] = [];
  let from = 0;
  for (const cut of near) {
    const text = run.text.slice(from, cut).trim();
    if (text) out.push({ ...run, text, x0: run.x0 + from, x1: run.x0 + cut });
    from = cut + 1;
  }
  const text = run.text.slice(from).trim();
  if (text) out.push({ ...run, text, x0: run.x0 + from, x1: run.x1 });
  return out;
}

/** A line whose runs are cut at the single space nearest each gutter they run over. */
function splitAtGutters(line: Line, free: Interval[]): Line {
  const runs = line.runs.flatMap((run) => {
    // Never at the number column's gutter: a line over it is prose, not a row's cells.
    const cuts = free
      .slice(1)
      .filter((g) => run.x0 < g.x0 && run.x1 > g.x1)
      .map((g) => {
        const middle = (g.x0 + g.x1) / 2 - run.x0;
        let best = -1;
        for (let i = run.text.indexOf(' '); i >= 0; i = run.text.indexOf(' ', i + 1))
          if (best < 0 || Math.abs(i - middle) < Math.abs(best - middle)) best = i;
        return best >= 0 && Math.abs(best + run.x0 - (g.x0 + g.x1) / 2) <= (g.x1 - g.x0) / 2 + 2 ? best : -1;
      })
      .filter((i) => i > 0);
    if (!cuts.length) return [run];
    const out: Run[] = [];
    let from = 0;
    for (const cut of [...new Set(cuts)].sort((a, b) => a - b)) {
      out.push({ ...run, text: run.text.slice(from, cut), x0: run.x0 + from, x1: run.x0 + cut });
      from = cut + 1;
    }
    out.push({ ...run, text: run.text.slice(from), x0: run.x0 + from, x1: run.x1 });
    return out;
  });
  return { index: line.index, runs };
}

/** The column a run falls in (by its middle). */
function columnOf(run: Run, columns: number[]): number {
  const x = (run.x0 + run.x1) / 2;
  const c = columns.findIndex((_, i) => i + 1 < columns.length && x < columns[i + 1]!);
  return c < 0 ? columns.length - 2 : c;
}

/**
 * A piece's rows: a header row (the lines about the "TT" cell made of header words), numbered rows
 * read around their numbers, group rows; `rest`: the lines above the first row that continue a
 * row the page before began (they start in lower case), as a row's cells.
 */
function rowsOfPiece(piece: Piece): { rows: ColumnRow[]; rest: ColumnRow | null } {
  const { columns } = piece;
  const width = columns.length - 1;
  const numberText = (line: Line) =>
    line.runs
      .filter((r) => columnOf(r, columns) === 0)
      .map((r) => r.text)
      .join(' ');
  // Header rows (the first, and one a page repeats): the lines about each "TT" cell made of header words.
  const headers: Line[][] = [];
  const inHeader = new Set<number>();
  piece.lines.forEach((line, at) => {
    if (inHeader.has(line.index) || !HEAD_NUMBER.test(numberText(line))) return;
    const block = [line];
    for (const direction of [1, -1]) {
      for (let j = at + direction; j >= 0 && j < piece.lines.length; j += direction) {
        const next = piece.lines[j]!;
        const number = numberText(next);
        const near = Math.abs(next.index - piece.lines[j - direction]!.index) <= 2;
        if (!near || !isHeaderLine(next) || (number && !/^s[ốo]$/iu.test(number) && !HEAD_NUMBER.test(number))) break;
        block.push(next);
      }
    }
    block.sort((a, b) => a.index - b.index);
    for (const l of block) inHeader.add(l.index);
    headers.push(block);
  });
  // Group rows and header rows part the piece into runs of numbered rows.
  const breaks = [
    ...piece.groups.map((g) => ({ from: g.index, to: g.index, row: groupRow(g, width) })),
    ...headers.map((h) => ({ from: h[0]!.index, to: h[h.length - 1]!.index, row: rowOf('header', h, columns, width) })),
    { from: Infinity, to: Infinity, row: null },
  ].sort((a, b) => a.from - b.from);
  const rows: ColumnRow[] = [];
  let rest: ColumnRow | null = null;
  let after = -Infinity;
  // At the piece's top, and under a header a page repeats, lines may go on the row of the page before.
  let mayContinue = true;
  for (const cut of breaks) {
    const lines = piece.lines.filter((l) => l.index > after && l.index < cut.from && !inHeader.has(l.index));
    const anchors = lines.filter((l) => ROW_NUMBER.test(numberText(l))).map((l) => l.index);
    // Lines with no number under them at all, or above the first starting in lower case.
    const first = lines.find((l) => !numberText(l));
    const restAt = mayContinue && first && (!anchors.length || (first.index < anchors[0]! && startsLowerCase(first))) ? first.index : null;
    const all = restAt === null ? anchors : [restAt, ...anchors];
    const fragments: Fragment[] = lines.flatMap((l) =>
      l.runs.map((r) => ({ line: l.index, column: columnOf(r, columns), text: r.text })).filter((f) => f.column > 0),
    );
    rowsAroundAnchors(fragments, all).forEach((parts, k) => {
      const anchor = all[k]!;
      if (anchor !== restAt) {
        rows.push(fromFragments(parts, anchor, numberText(lines.find((l) => l.index === anchor)!), width));
        return;
      }
      const going = fromFragments(parts, anchor, '', width);
      if (rows.some((r) => r.kind === 'row')) joinRest(rows, going, columns, columns);
      else rest = going;
    });
    if (cut.row) rows.push(cut.row);
    mayContinue = cut.row?.kind === 'header';
    after = cut.to;
  }
  return { rows, rest };
}

function isHeaderLine(line: Line): boolean {
  const words = fold(line.runs.map((r) => r.text).join(' '))
    .split(/[\s,;/()]+/u)
    .filter((w) => w.length > 1);
  return words.length > 0 && words.filter((w) => HEADER_WORDS.has(w)).length >= 0.75 * words.length;
}

const startsLowerCase = (line: Line) => line.runs.some((r) => /^\p{Ll}/u.test(r.text));

function rowOf(kind: ColumnRow['kind'], lines: Line[], columns: number[], width: number): ColumnRow {
  const parts = lines.flatMap((l) => l.runs.map((r) => ({ line: l.index, column: columnOf(r, columns), text: r.text })));
  const cells = Array.from({ length: width }, (_, c) => cellItems(parts.filter((p) => p.column === c).map((p) => p.text)));
  return { kind, start: lines[0]!.index, end: lines[lines.length - 1]!.index, cells };
}

function fromFragments(parts: Fragment[], anchor: number, number: string, width: number): ColumnRow {
  const cells = Array.from({ length: width }, (_, c) =>
    c === 0 ? (number ? [number] : []) : cellItems(parts.filter((p) => p.column === c).map((p) => p.text)),
  );
  const lines = [anchor, ...parts.map((p) => p.line)];
  return { kind: 'row', start: Math.min(...lines), end: Math.max(...lines), cells };
}

function groupRow(line: Line, width: number): ColumnRow {
  const cells = Array.from({ length: width }, (_, c) => (c < 2 ? [line.runs[c]!.text] : []));
  return { kind: 'group', start: line.index, end: line.index, cells };
}

/** A cell's lines as items: a new item at a bullet ("- ", "+ "), the rest joined with spaces. */
function cellItems(texts: string[]): string[] {
  const items: string[] = [];
  for (const text of texts) {
    if (!items.length || /^[-+•–]\s/u.test(text)) items.push(text);
    else items[items.length - 1] += ` ${text}`;
  }
  return items;
}

/** The rest of a cut row joined to the table's last numbered row, each cell to the column nearest it. */
function joinRest(rows: ColumnRow[], rest: ColumnRow, before: number[], after: number[]): void {
  const last = rows.findLast((r) => r.kind === 'row');
  if (!last) return;
  const middles = (columns: number[]) => columns.slice(0, -1).map((x, i) => (x + columns[i + 1]!) / 2);
  const target = middles(before);
  const shift = after[0]! - before[0]!;
  middles(after).forEach((m, c) => {
    const items = rest.cells[c];
    if (!items?.length) return;
    const to = target.reduce((best, t, i) => (Math.abs(t + shift - m) < Math.abs(target[best]! + shift - m) ? i : best), 0);
    const cell = last.cells[to];
    if (!cell) return;
    if (cell.length && !/^[-+•–]\s/u.test(items[0]!)) cell[cell.length - 1] += ` ${items[0]}`;
    else cell.push(items[0]!);
    cell.push(...items.slice(1));
  });
  last.end = Math.max(last.end, rest.end);
}
