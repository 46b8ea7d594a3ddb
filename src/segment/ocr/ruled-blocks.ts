// A ruled table the OCR read cell by cell instead of line by line: each cell a block of short
// lines between blank lines, a row's cells one after another, empty cells and row numbers often
// lost ("Các sở, cơ quan trực thuộc Sở … tổ chức" ⏎ "triển khai thực hiện Kế hoạch." ⏎ ⏎
// "Ủy ban Mặt" ⏎ "trận Tổ quốc" ⏎ ⏎ "Quý II/2026"). Each block is told by how it opens and how
// wide its lines are: a deadline, an agency (the lead first, then the cooperating ones), a
// product, or the task text, which opens a row.
import type { LayoutLine } from '../../read/layout-line.js';
import type { Column } from './ruled-header.js';
import { isDateRest, isDeadlineCutBeforeYear } from '../../knowledge/deadlines/index.js';
import { lineTokens, opensCell, opensLowerDeadline } from './ruled-cells.js';

export interface Block {
  lines: LayoutLine[];
  text: string;
}

/** Blocks narrower than this share of the widest line are another column's than the task text's. */
const NARROW = 0.5;
/** The share of lines in narrow blocks that tells a table read cell by cell. */
const CELL_BY_CELL = 0.35;
/**
 * The same below a header read cell by cell: the OCR read the page's cells one by one from its
 * top, so fewer narrow blocks tell it (long task texts take most lines).
 */
const CELL_BY_CELL_UNDER_HEADER = 0.25;

export function blocksOf(lines: LayoutLine[]): Block[] {
  const out: Block[] = [];
  let current: LayoutLine[] = [];
  const close = () => {
    if (current.length)
      out.push({
        lines: current,
        text: current
          .map((l) => l.text)
          .join(' ')
          .replace(/\s+/gu, ' ')
          .trim(),
      });
    current = [];
  };
  for (const line of lines) {
    if (line.text.trim()) current.push(line);
    else close();
  }
  close();
  return out;
}

/**
 * Below a header read cell by cell, the share of blocks that, narrow, open as a side column's
 * cell does (an agency, a deadline, a product) that tells the body read the same way, however
 * long its task texts (a long task cell takes many lines, its agency cell two or three).
 */
const SIDE_BLOCKS_UNDER_HEADER = 0.3;

/**
 * Lines read across the page with a blank line between each (the OCR double-spaced them) make
 * blocks of one wide line; read cell by cell, a block of one line is a side cell's, narrow (the
 * seed-16 dev tables read cell by cell: 0.08 of blocks at most; double-spaced ones: over half).
 */
const WIDE_LINE = 0.75;
const SPACED_ACROSS = 0.3;

/** Read cell by cell: many lines stand in blocks far narrower than the widest (side columns' cells on their own). */
export function readsCellByCell(blocks: Block[], headerCellByCell = false): boolean {
  if (blocks.length < 6) return false;
  const widest = textWidth(blocks);
  if (blocks.filter((b) => b.lines.length === 1 && b.lines[0]!.text.length >= widest * WIDE_LINE).length >= blocks.length * SPACED_ACROSS)
    return false;
  const all = blocks.reduce((n, b) => n + b.lines.length, 0);
  const narrow = blocks.filter((b) => isNarrow(b, widest)).reduce((n, b) => n + b.lines.length, 0);
  if (narrow / all >= (headerCellByCell ? CELL_BY_CELL_UNDER_HEADER : CELL_BY_CELL)) return true;
  const side = blocks.filter((b) => isNarrow(b, widest) && kindOf(b, widest) !== 'cooperating').length;
  if (headerCellByCell && side / blocks.length >= SIDE_BLOCKS_UNDER_HEADER) return true;
  return blocks.filter((b) => opensSideCell(b, widest)).length / blocks.length >= SIDE_OPENING_BLOCKS;
}

/**
 * The share of blocks opening as a side cell, on lines short of the task text's, that tells a
 * body read cell by cell whatever its columns' widths: side columns nearly as wide as the task
 * text's are never narrow, yet read across, a block opens with the task text (or, lead first,
 * runs to the task text's width). A row of few side cells gives one such block to a task text's
 * one or two (dev-04: 0.3; dev-06: 0.53 to 0.59); the dev tables read across on every page show 0.2 at most.
 */
const SIDE_OPENING_BLOCKS = 0.3;

function opensSideCell(block: Block, widest: number): boolean {
  if (!block.lines.every((l) => l.text.length < widest * SIDE_WIDTH)) return false;
  const words = lineTokens(block.text).words;
  return opensCell('lead', words, 0) || opensCell('deadline', words, 0);
}

const isNarrow = (block: Block, widest: number) => block.lines.every((l) => l.text.length < widest * NARROW);
/** Lines of an agency cell in a wider side column, at most, and its widest share of the task text's width. */
const SIDE_LINES = 3;
const SIDE_WIDTH = 0.75;
const isSideWide = (block: Block, widest: number) =>
  block.lines.length <= SIDE_LINES && block.lines.every((l) => l.text.length < widest * SIDE_WIDTH);

/** The task text's width: its lines are most of the lines, and a few longer ones (a title, a header glued across the page) are not its. */
const TEXT_WIDTH_SHARE = 0.9;

export function textWidth(blocks: Block[]): number {
  const lengths = blocks.flatMap((b) => b.lines.map((l) => l.text.length)).sort((a, b) => a - b);
  return lengths[Math.floor((lengths.length - 1) * TEXT_WIDTH_SHARE)] ?? 0;
}

export interface BlockRow {
  cells: Map<Column, string[]>;
  lines: LayoutLine[];
}

function kindOf(block: Block, widest: number): Column {
  const words = lineTokens(block.text).words;
  if (opensCell('deadline', words, 0) && words.length <= 12) return 'deadline';
  const narrow = isNarrow(block, widest);
  // A block is a cell: one on a side column's short lines may open its deadline in lower case ("trong" ⏎ "tháng 12").
  if ((narrow || isSideWide(block, widest)) && opensLowerDeadline(words, 0) && words.length <= 12) return 'deadline';
  if (narrow && opensCell('lead', words, 0)) return 'lead';
  // An agency cell a column nearly as wide as the task text's holds: a few lines, opening with an
  // agency or a list item's dash, not one reaching the task text's width.
  if (isSideWide(block, widest) && opensCell('lead', words, 0)) return 'lead';
  // A list of agencies ("- các sở, ban, ngành," ⏎ … ⏎ "- báo, đài") runs longer, on the same short lines.
  if (/^[-–+•]/u.test(words[0]?.text ?? '') && opensSideCell(block, widest)) return 'lead';
  if (narrow && opensCell('products', words, 0)) return 'products';
  return narrow ? 'cooperating' : 'content';
}

/** A line this much wider than the task text's was read across the page, every cell's part on it. */
const ACROSS = 1.3;
/** A cell's text that goes on below: a name or list cut at a comma or a joining word ("- các sở, ban, ngành,", "Sở Văn hóa và"). */
const DANGLING = /(?:[,\-–/&]|\s(?:và|các|của|với))$/u;
const endsSentence = (parts: string[] | undefined) => /[.;!?:]["”)]?$/u.test(parts?.at(-1) ?? '');

/** A block holding a line that opens with a row's number and its text's capital ("4 Chủ trì, …"). */
const holdsRowStart = (block: Block) =>
  block.lines.some((l) => {
    const t = lineTokens(l.text);
    return t.number !== null && /^["“(]?\p{Lu}/u.test(t.words[0]?.text ?? '');
  });

/**
 * Rows from the blocks: a task-text block opens one, the blocks after it fill its cells.
 * `across`: cuts lines read across the page into their columns' parts. The OCR may read a row's
 * first lines across and the rest of the page cell by cell: such a block opens a row with every
 * cell's first part, and a block opening in lower case below goes on the cell it continues.
 */
export function blockRows(blocks: Block[], columns: Column[], across?: (lines: LayoutLine[]) => Map<Column, string[]>): BlockRow[] {
  const widest = textWidth(blocks);
  const rows: BlockRow[] = [];
  let current: BlockRow | null = null;
  const leadFirst = columns[0] === 'lead';
  /** A lead-first row opened by its agency's block, its task text's block still to come. */
  let awaitingText = false;
  for (const [b, printed] of blocks.entries()) {
    let block = printed;
    const wide = across ? block.lines.findIndex((l) => l.text.length <= ACROSS * widest) : 0;
    if (across && wide !== 0) {
      const acrossLines = wide < 0 ? block.lines : block.lines.slice(0, wide);
      current = { cells: across(acrossLines), lines: [...acrossLines] };
      rows.push(current);
      if (wide < 0) continue;
      const rest = block.lines.slice(wide);
      block = { lines: rest, text: rest.map((l) => l.text).join(' ') };
    }
    let kind = kindOf(block, widest);
    // A deadline the OCR cut before its year, one block a line ("trong tháng 12" ⏎ "năm" ⏎ "2025"): the date's rest goes on it.
    if (current && isDeadlineCutBeforeYear(current.cells.get('deadline')?.join(' ') ?? '') && isDateRest(block.text)) kind = 'deadline';
    const lower = /^\p{Ll}/u.test(block.text);
    // Below a row read across, a block in lower case goes on a side cell left dangling there, else on the task text.
    if (current && lower && kind !== 'deadline' && !holdsRowStart(block)) {
      const dangling = [...current.cells].find(([c, parts]) => c !== 'content' && DANGLING.test(parts.at(-1) ?? ''));
      if (dangling && block.lines.every((l) => l.text.length < widest * SIDE_WIDTH)) kind = dangling[0];
      else if (!endsSentence(current.cells.get('content'))) kind = 'content';
    }
    // The task text that goes on below a page break, or in a second block, stays with its row;
    // not a block holding a row's number before its text ("hiện" ⏎ "4 Chủ trì, …": a header's last word above).
    const goesOn =
      current &&
      kind === 'content' &&
      lower &&
      (!current.cells.get('lead')?.length || (!endsSentence(current.cells.get('content')) && !holdsRowStart(block)));
    // Lead first: an agency block with a task text's block right below it opens the row that
    // text fills (an agency block after the task text and before another is the cooperating cell).
    const next = blocks[b + 1];
    const textBelow = next !== undefined && /^\p{Lu}/u.test(next.text) && kindOf(next, widest) === 'content';
    const leadOpens = leadFirst && kind === 'lead' && !lower && textBelow && (!current || Boolean(current.cells.get('content')?.length));
    if ((kind === 'content' && !goesOn && !awaitingText) || leadOpens) {
      current = { cells: new Map(), lines: [] };
      rows.push(current);
    }
    awaitingText = leadOpens ? true : kind === 'content' ? false : awaitingText;
    if (!current) continue;
    // An agency block: the lead's first, then the cooperating column's (where the table has one).
    if ((kind === 'lead' || kind === 'cooperating') && !(lower && current.cells.get(kind)?.length))
      kind = current.cells.get('lead')?.length || !columns.includes('lead') ? 'cooperating' : 'lead';
    if (!columns.includes(kind)) kind = 'content';
    const list = current.cells.get(kind) ?? [];
    list.push(block.text);
    current.cells.set(kind, list);
    current.lines.push(...block.lines);
  }
  return rows;
}
