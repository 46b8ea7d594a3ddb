// Tables the OCR read line by line across the page (seed 000, "Phụ lục số
// 01–07": TT | Nội dung thực hiện | Sản phẩm/Kết quả | Cơ quan chủ trì | Cơ
// quan phối hợp | Thời gian hoàn thành), so a row's cells come shuffled
// together, line by line, with stray marks and garbled row numbers:
//
//   Xay dung chinh sach khen thuong cho                 ← task text, top of the row
//   tich cao tai cac ky thi (cudc thi) udc gia, | - Bao cao, trinh Ban :
//   1. N 2 2 . |- Bao céo, trinh|Khen thuéng (S¢ | thao va Du lich;   ← row number, mid-row
//   dao tao, thé duc … khoa hoc va HDND tinh Noi vu) - Co quan lién quan 02/2022
//
// Rows are found from their numbers and first lines (row-starts.ts); within a
// row, each line's task text is its left part (up to a column bar or the
// table's text width) and the rest is read by vocabulary: products
// (product-shapes.ts), agencies (agencies.ts; lead or cooperating by where they
// stand on the line, lead-column.ts), deadlines (knowledge/deadlines/ocr-shapes.ts).
// Some pages print a row cell by cell instead, each cell a block of short
// lines; a short line is a side cell when it looks like one.
import type { VFile } from 'vfile';
import type { Cell, CellRole, Row, TaskItem } from '../../tree/types.js';
import type { LayoutLine } from '../../read/layout-line.js';
import { dropPageFurniture } from './page-furniture.js';
import { opensTask, rowNumberOf, trustedNumbers, withoutRowNumber } from './row-starts.js';
import { findAgencies, unreadTellingWords, type FoundAgency } from './agencies.js';
import { findProducts } from './product-shapes.js';
import { findDeadline, findDeadlines, withoutNextCell } from '../../knowledge/deadlines/index.js';
import { ocrTokens } from './text.js';
import { sideSpots, splitByColumn } from './lead-column.js';
import { matchingBullet } from './body-mirror.js';
import { dropJunkRuns } from './junk.js';
import { findHeader } from './ruled-header.js';
import { blockRows, blocksOf, readsCellByCell } from './ruled-blocks.js';
import { rowOfCells } from './cell-row.js';
import { completeRowLeads } from './lead-completion.js';
import { printedAgency } from './printed-agency.js';
import { leadAsRead, otherHeadBefore, readPastLine } from './lead-as-read.js';
import { lineTokens, opensCell } from './ruled-cells.js';
import { fold } from '../../vietnamese/fold.js';

/** The share of rows read from blocks that must have a side cell for the blocks to be read as cells. */
const SIDED_ROWS = 0.6;
/** The share of numbered lines opening with a capital that tells numbers printed at their rows' top. */
const TOP_NUMBERS = 0.75;
/** The text column's width when no column bar tells it. */
const DEFAULT_WIDTH = 42;

interface RowDraft {
  ordinal: string;
  /** How the row was found: its own number, a garbled mark in sequence, or only its first line. */
  found: 'number' | 'mark' | 'start';
  lines: LayoutLine[];
  /** Lines above the task's first line that belong to the side cells. */
  sideAbove: number;
  /** The row's cells all open on its first line (the table's cells are aligned to the top). */
  onTop: boolean;
}

/** Does this appendix hold a table the OCR read across the page? */
export function isInterleavedTable(lines: LayoutLine[]): boolean {
  const text = lines.filter((l) => l.text);
  return text.length >= 6 && !text.some((l) => l.cells || l.tabLed) && text.filter((l) => opensTask(l.text)).length >= 2;
}

/**
 * Does this appendix hold a table read across the page whose rows its numbers or its sentences
 * tell, where no task verb does: row numbers in sequence from 1, or two rows whose task text and
 * side cells open on one line (./ruled-table.ts reads those whose header it finds first).
 */
export function hasInterleavedRows(lines: LayoutLine[]): boolean {
  if (isInterleavedTable(lines)) return true;
  const { lines: text, breaks } = tableLines(lines);
  if (text.length < 6 || text.some((l) => l.cells || l.tabLed)) return false;
  if (numbersOf(text).size >= 2) return true;
  const width = textWidth(text);
  return text.filter((_, i) => opensRowBySentence(text, i, width, breaks)).length >= 2;
}

/** `bullets`: the body's task bullets this appendix mirrors (their cleaner wording is preferred). */
export function readInterleavedTable(label: string, body: LayoutLine[], file: VFile, bullets: TaskItem[] = []): Row[] {
  const cellByCell = readCellByCell(label, body, file);
  if (cellByCell) return cellByCell;
  const { lines, breaks } = tableLines(body);
  const width = textWidth(lines);
  return completeRowLeads(
    label,
    findRows(lines, width, breaks).map((draft) => toRow(label, draft, width, file, bullets)),
    lines,
    file,
  );
}

/**
 * A table whose header and body the OCR read cell by cell, one block of lines a cell (the task
 * text's block opening its row, the side cells' blocks after it): its rows from the blocks, each
 * cell as printed, with the columns the header names. Not where row numbers were read: those
 * stand half-way down their rows (seed 000), and a row's blocks lie around them.
 * A task-text block opens each row, whatever verb it opens with (the verbs tell rows only where
 * the OCR read the page across).
 */
function readCellByCell(label: string, body: LayoutLine[], file: VFile): Row[] | null {
  const header = findHeader(body.map((l) => l.text));
  if (!header?.cellByCell || numbersOf(body).size) return null;
  const blocks = blocksOf(body.slice(header.end).filter((_, i) => !header.furniture.has(i + header.end)));
  if (!readsCellByCell(blocks, true)) return null;
  const columns = header.columns.filter((c) => c !== 'stt');
  const rows = blockRows(blocks, columns);
  // Blocks read as cells give most task texts a side cell after them; where they do not, the OCR
  // read part of the page across (seed 000's Phụ lục 04: 4 of 8), and the rows are read line by line.
  if (rows.filter((r) => [...r.cells.keys()].some((k) => k !== 'content')).length < SIDED_ROWS * rows.length) return null;
  return rows.map((r, i) => rowOfCells(label, { ordinal: String(i + 1), numbered: false, lines: r.lines }, columns, r.cells, file));
}

/** Row numbers read in sequence: line index per number. */
function numbersOf(lines: LayoutLine[]): Map<number, number> {
  return trustedNumbers(marksOf(lines));
}

function marksOf(lines: LayoutLine[]): Array<{ index: number; value: number | null }> {
  return lines.flatMap((l, index) => {
    const n = rowNumberOf(l.text);
    return n ? [{ index, value: n.value }] : [];
  });
}

/**
 * The table's lines of text below its header, without the header printed again on later pages
 * and page numbers. The header is looked for in the lines as printed first: a header read cell by
 * cell is told by the blank lines between its cells, and once page furniture is dropped what is
 * left of it ("Nhiệm vụ" ⏎ "Kết quả, sản") no longer reads as one, and a page's header below
 * would be taken for the table's.
 */
function tableLines(body: LayoutLine[]): { lines: LayoutLine[]; breaks: Set<LayoutLine> } {
  const lines = textBelowHeader(body);
  // A kept line below lines of text dropped between two kept ones: a page's header printed again.
  const kept = new Set(lines);
  const breaks = new Set<LayoutLine>();
  let started = false;
  let dropped = false;
  for (const line of body) {
    if (kept.has(line)) {
      if (dropped) breaks.add(line);
      started = true;
      dropped = false;
    } else if (started && line.text) dropped = true;
  }
  return { lines, breaks };
}

function textBelowHeader(body: LayoutLine[]): LayoutLine[] {
  const lines = dropPageFurniture(body).filter((l) => l.text);
  const printed = findHeader(body.map((l) => l.text));
  if (!printed) return belowHeader(lines);
  const kept = new Set(lines);
  const firstNumber = Math.min(...[...numbersOf(body).values()]);
  if (printed.end > firstNumber) return lines;
  return body.filter((l, i) => kept.has(l) && i >= printed.end && !printed.furniture.has(i));
}

/**
 * The table's lines below its header (and without the header printed again on later pages),
 * where a header names the columns above every row number; else all of them.
 */
function belowHeader(lines: LayoutLine[]): LayoutLine[] {
  const header = findHeader(lines.map((l) => l.text));
  if (!header) return lines;
  const firstNumber = Math.min(...numbersOf(lines).values());
  if (header.end > firstNumber) return lines;
  return lines.filter((_, i) => i >= header.end && !header.furniture.has(i));
}

function findRows(lines: LayoutLine[], width: number, breaks: ReadonlySet<LayoutLine>): RowDraft[] {
  const marks = marksOf(lines);
  const numbers = trustedNumbers(marks);
  const starts: Array<{ index: number; opensAt: number; ordinal: string; found: RowDraft['found'] }> = [];
  // Rows whose cells all open on their first line: a line above a row's start is the row above's.
  let onTop = false;

  if (numbers.size) {
    const last = Math.max(...numbers.keys());
    onTop = numbersOnTop(lines, numbers);
    let floor = 0;
    for (let value = 1; value <= last; value++) {
      const at = numbers.get(value);
      const ceiling = at ?? nextNumberedLine(numbers, value, lines.length);
      const window = range(floor, at !== undefined ? at + 1 : ceiling);
      const start =
        (onTop ? at : undefined) ??
        window.find((i) => opensTask(lines[i]!.text)) ??
        window.find((i) => /^\p{Lu}/u.test(withoutRowNumber(lines[i]!.text))) ??
        at;
      if (start === undefined) continue;
      const own = marks.find((m) => m.index === at);
      starts.push({
        index: start,
        opensAt: start,
        ordinal: String(value),
        found: own?.value === value ? 'number' : at !== undefined ? 'mark' : 'start',
      });
      floor = Math.max(start, at ?? start) + 1;
    }
  } else {
    const bySentence = lines.map((_, index) => opensRowBySentence(lines, index, width, breaks));
    // Rows told by where a sentence and the side cells start together: top-aligned cells.
    onTop = bySentence.filter(Boolean).length >= 2;
    lines.forEach((l, index) => {
      if ((index === 0 && !onTop) || opensTask(l.text) || bySentence[index])
        starts.push({ index, opensAt: index, ordinal: String(starts.length + 1), found: 'start' });
    });
  }

  // Side cells that sit above their row's first line ("- Tổ chức thực hiện: …") belong to it.
  for (const start of onTop ? [] : starts.slice(1)) {
    while (
      start.index > 0 &&
      /^[-–]/u.test(lines[start.index - 1]!.text.replace(/^[^\p{L}\p{N}\-–]*(?:\d\s+)?/u, '')) &&
      !opensTask(lines[start.index - 1]!.text)
    )
      start.index--;
  }
  const first = starts[0]?.index ?? 0;
  if (starts[0]) starts[0].index = 0;
  return starts.map((s, i) => ({
    ordinal: s.ordinal,
    found: s.found,
    lines: lines.slice(s.index, starts[i + 1]?.index ?? lines.length),
    sideAbove: i === 0 ? first : s.opensAt - s.index,
    onTop,
  }));
}

/**
 * Are the row numbers printed on their rows' first lines (cells aligned to the top): most
 * numbered lines go on with a capital, as a task text opens? Centred numbers (seed 000) stand
 * mid-sentence.
 */
function numbersOnTop(lines: LayoutLine[], numbers: Map<number, number>): boolean {
  const at = [...numbers.values()];
  const opening = at.filter((i) => /^[^\p{L}]*\p{Lu}/u.test(withoutRowNumber(lines[i]!.text))).length;
  return at.length >= 3 && opening / at.length >= TOP_NUMBERS;
}

/**
 * Does a row start at this line though no number tells it: its task text opens with a capital
 * where the task text above ended a sentence, and a side cell opens beside it on the same line
 * (an agency, a deadline, a product: the row's cells open on its first line)?
 */
/** A line shorter than this share of the text's width ends its paragraph. */
const SHORT_LAST = 0.6;

function opensRowBySentence(lines: LayoutLine[], index: number, width: number, breaks: ReadonlySet<LayoutLine>): boolean {
  const body = withoutRowNumber(lines[index]!.text);
  if (!/^["“]?\p{Lu}/u.test(body) || body.length <= width + 6 || cutAtEdge(body, width).evidence < 2) return false;
  // Below a page's header printed again, the OCR may have lost the foot of the page above (the
  // sentence a row's text ended with): a line opening its task text and a side cell opens a row.
  if (breaks.has(lines[index]!)) return true;
  for (let above = index - 1; above >= 0; above--) {
    const { content } = splitAtColumn(lines[above]!.text, width, false);
    // A sentence's end, or a paragraph's short last line.
    if (content.trim()) return /[.;:!?…]["”)]?$/u.test(content.trim()) || content.trim().length < SHORT_LAST * width;
  }
  return true;
}

function nextNumberedLine(numbers: Map<number, number>, value: number, fallback: number): number {
  for (let v = value + 1; v <= value + 20; v++) if (numbers.has(v)) return numbers.get(v)!;
  return fallback;
}

const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);

/**
 * The text column's width: its lines' right edge; else where column bars stand, most often (a
 * bar read between two side columns stands further right than the text's edge).
 */
function textWidth(lines: LayoutLine[]): number {
  const edge = textEdge(lines);
  const side = sideStart(lines);
  // Side cells open a few characters right of the text's edge, whatever the font's widths.
  if (side !== null) return Math.min(edge ?? Infinity, side + SIDE_GAP);
  if (edge !== null) return edge;
  const bars = lines
    .map((l) => withoutRowNumber(l.text).search(/\s?\|/u))
    .filter((p) => p >= 25 && p <= 70)
    .sort((a, b) => a - b);
  return bars.length >= 3 ? bars[Math.floor(bars.length / 2)]! : DEFAULT_WIDTH;
}

/** Lines that must open a side cell for where they do to tell the text's edge; how far past it they open. */
const SIDE_LINES = 3;
const SIDE_GAP = 4;

/**
 * Where side cells open on the table's lines, most often: per line, the leftmost word past the
 * task text's shortest width that opens an agency's or a deadline's cell (the median of them).
 */
function sideStart(lines: LayoutLine[]): number | null {
  const starts = lines.flatMap((l) => {
    const { words } = lineTokens(withoutRowNumber(l.text));
    const i = words.findIndex(
      (w, k) => k > 0 && w.start >= 25 && w.start <= 75 && (opensCell('lead', words, k) || opensCell('deadline', words, k)),
    );
    return i > 0 ? [words[i]!.start] : [];
  });
  if (starts.length < SIDE_LINES) return null;
  return starts.sort((a, b) => a - b)[Math.floor(starts.length / 2)]!;
}

/** Lines a learnt text edge needs within EDGE_SPAN characters below it. */
const EDGE_LINES = 6;
const EDGE_SPAN = 8;

/**
 * Where the task text's lines end: left-aligned and wrapped at the column's width, its lines
 * that hold nothing beside them end within a few characters of one edge, the most crowded
 * stretch of line lengths; lines that hold side cells too are longer. Null when no stretch holds
 * enough lines to tell.
 */
function textEdge(lines: LayoutLine[]): number | null {
  const lengths = lines.map((l) => withoutRowNumber(l.text).trimEnd().length).filter((n) => n >= 20);
  let best: { edge: number; count: number } | null = null;
  for (let edge = 30; edge <= 75; edge++) {
    const count = lengths.filter((n) => n > edge - EDGE_SPAN && n <= edge).length;
    if (!best || count > best.count) best = { edge, count };
  }
  if (!best || best.count < EDGE_LINES) return null;
  // The stretch's longest line: the edge itself.
  return Math.max(...lengths.filter((n) => n > best.edge - EDGE_SPAN && n <= best.edge));
}

/** A line's task-text part and the part that belongs to the columns beside. */
function splitLine(text: string, width: number, first: boolean): { content: string; side: string } {
  const { content, side } = splitAtColumn(text, width, first);
  // A list item ("- Báo cáo, trình …", "- UBND cấp huyện") is a side cell's, never the task's.
  const item = content.search(/\s[-–]\s*\p{Lu}/u);
  return item > 0 ? { content: content.slice(0, item), side: `${content.slice(item)} ${side}` } : { content, side };
}

function splitAtColumn(text: string, width: number, first: boolean): { content: string; side: string } {
  const body = withoutRowNumber(text);
  const bar = body.search(/\s?\|/u);
  if (bar >= 0 && bar <= width + 10) return { content: body.slice(0, bar), side: body.slice(bar) };
  if (body.length > width + 6) {
    const cut = cutAtEdge(body, width).at;
    return cut < 0 ? { content: body, side: '' } : { content: body.slice(0, cut), side: body.slice(cut) };
  }
  if (!first && looksLikeSideCell(body)) {
    // "tinh. UBND tinh. quan. 11/2024.": the last words of the task, then the cells beside.
    const tail = body.match(/^([\p{Ll}\p{N}][^|.;]*[.;])\s+/u);
    return tail ? { content: tail[1]!, side: body.slice(tail[0].length) } : { content: '', side: body };
  }
  return { content: body, side: '' };
}

/** How far left of the text's edge a line's task text may end (proportional fonts, short last words). */
const CUT_REACH = 14;

/**
 * Where a line too long for the task text column leaves it: at the word near the column's edge
 * that opens a side cell as its column's cells open (an agency, a deadline, a product or list
 * item, at least a capital), the leftmost of the best; with none, past the last word
 * that fits (at -1 when the line has no word break there). `evidence`: 3 an agency or a
 * deadline opens there, 2 a product, 1 a capital, 0 none.
 */
function cutAtEdge(body: string, width: number): { at: number; evidence: number } {
  const { words } = lineTokens(body);
  let best: { at: number; evidence: number } | null = null;
  for (let i = 1; i < words.length; i++) {
    const at = words[i]!.start;
    if (at < width - CUT_REACH || at > width + 3) continue;
    const evidence =
      opensCell('lead', words, i) || opensCell('deadline', words, i)
        ? 3
        : opensCell('products', words, i)
          ? 2
          : /^["“(]?\p{Lu}/u.test(words[i]!.text)
            ? 1
            : 0;
    // The leftmost of the best: a lead cell's line goes on with its neighbours' ("Sở Nội vụ - Sở Tư pháp").
    if (!best || evidence > best.evidence) best = { at, evidence };
  }
  if (best?.evidence) return { at: best.at - 1, evidence: best.evidence };
  const fits = body.lastIndexOf(' ', width + 2);
  return { at: fits >= width - CUT_REACH ? fits : body.indexOf(' ', width - 2), evidence: 0 };
}

/** A short line printed as a cell of its own: a list item, an agency, a product, a deadline, a stray word. */
function looksLikeSideCell(text: string): boolean {
  const tokens = ocrTokens(text);
  if (/^[-–]/u.test(text) || tokens.length <= 2) return true;
  if (findProducts(text).length || findDeadline(text) || /\b\d{1,2}\/20\d\d\b/u.test(text)) return true;
  // Only a short line can be an agency's cell: longer ones are not searched.
  return tokens.length <= 6 && findAgencies(text, 0.6, 0.6).length > 0;
}

function toRow(label: string, draft: RowDraft, width: number, file: VFile, bullets: TaskItem[]): Row {
  const parts = draft.lines.map((l, i) =>
    i < draft.sideAbove && !opensTask(l.text) ? { content: '', side: l.text } : splitLine(l.text, width, i === draft.sideAbove),
  );
  const read = dropJunkRuns(clean(parts.map((p) => p.content).join(' ')));
  // The body's bullet for this task, when it says the same, is the cleaner reading.
  const mirror = matchingBullet(read, bullets);
  const content = mirror ? mirror.bullet.text : read;
  const side = parts.map((p) => p.side).join(' | ');

  const products = findProducts(side);
  const agencies = findAgencies(side);
  const spots = sideSpots(parts);
  const { lead, cooperating } =
    (draft.onTop ? openingLead(agencies, parts, draft.sideAbove) : null) ?? splitByColumn(agencies, spots) ?? firstNamedLeads(agencies);
  // A cell may give two deadlines, the work's and its report's: both are kept, in order.
  const found = findDeadlines(side);
  const printed = printedDeadline(parts[draft.sideAbove]?.side ?? '');
  // The cell as its row's first line prints it, where the shapes read none or only its opening words.
  const deadline =
    printed && (!found.length || (found.length === 1 && fold(printed).startsWith(fold(found[0]!))))
      ? withoutNextCell(printed)
      : found.join('; ') || null;

  const first = draft.lines[0]?.line ?? 1;
  const last = draft.lines.at(-1)?.line ?? first;
  const position = { start: { line: first, column: 1 }, end: { line: last, column: 1 } };
  // A lead read without one of the words that tell it from other bodies may be another body's
  // ("36 Xav dun", Sở Xây dựng, read by a "Thông" and a product's "UBND tỉnh" as Văn phòng UBND
  // tỉnh): it is given less sure, with what was read and what was not, and as the OCR read it
  // where those words contradict the name or open another's as well (./lead-as-read.ts).
  const words = ocrTokens(side);
  const partial = lead.filter((a) => unreadTellingWords(a, words).length);
  // A name read right after another body's head word ("Viện Văn hóa, …" read as Sở Văn hóa, …) is
  // that other body's: the cell is given as printed, and the row is less sure.
  const otherHeads = new Map(
    lead.flatMap((a) => {
      const printedCell = otherHeadBefore(a, side);
      return printedCell ? [[a, printedCell] as const] : [];
    }),
  );
  const leadNames = lead.map((a) => {
    const otherBody = otherHeads.get(a);
    if (otherBody) return otherBody;
    if (!partial.includes(a)) return printedAgency(a, side, spots) ?? a.name;
    const read = leadAsRead(a, side);
    return read ?? printedAgency(a, side, spots) ?? a.name;
  });
  const cells: Array<[CellRole, string[]]> = [
    ['products', products],
    ['lead', leadNames],
    // A name read mostly past the other body's cell (its words in the next cell) is the cooperating cell's.
    [
      'cooperating',
      [...cooperating, ...[...otherHeads.keys()].filter((a) => readPastLine(a, side, (w) => spots[w]?.line))].map((a) => a.name),
    ],
    ['deadline', deadline ? [deadline] : []],
  ];
  const missing = cells.filter(([, items]) => !items.length).map(([role]) => role);
  for (const [a, printedCell] of otherHeads)
    file.message(
      `Phụ lục ${label}, row ${draft.ordinal}: lead "${printedCell}" opens with another body's head than ${a.name}, read from its words: given as printed`,
      {
        place: position,
        ruleId: 'ocr-lead-uncertain',
        source: 'cchc-segment',
      },
    );
  for (const a of partial) {
    const read = a.words.map((w) => words[w]).join(' ');
    file.message(
      `Phụ lục ${label}, row ${draft.ordinal}: lead ${a.name} read from "${read}" without "${unreadTellingWords(a, words).join(' ')}": it may be another body`,
      {
        place: position,
        ruleId: 'ocr-lead-uncertain',
        source: 'cchc-segment',
      },
    );
  }
  if (missing.length) {
    file.message(`Phụ lục ${label}, row ${draft.ordinal}: ${missing.join(', ')} not recovered from the OCR'd table`, {
      place: position,
      ruleId: 'ocr-cell-unread',
      source: 'cchc-segment',
    });
  }
  const children: Cell[] = [cell('content', content ? [content] : [])];
  for (const [role, items] of cells) if (items.length) children.push(cell(role, items));
  const base = (draft.found === 'number' ? 0.8 : draft.found === 'mark' ? 0.6 : 0.5) + (mirror ? 0.1 : 0);
  const confidence =
    Math.round(base * (0.5 + (0.5 * (5 - missing.length)) / 5) * (partial.length || otherHeads.size ? 0.6 : 1) * 100) / 100;
  return { type: 'row', ordinal: draft.ordinal, confidence, children, position };
}

/**
 * In a row whose cells open on its first line, the agency whose name opens the side text there
 * is the lead (the column after the task text's, as most tables print it), a collective one
 * ("Các cơ quan, đơn vị") too; the others cooperate. Null when no agency opens it (a product
 * cell stands there) or it is a "… liên quan".
 */
function openingLead(
  agencies: FoundAgency[],
  parts: Array<{ content: string; side: string }>,
  first: number,
): { lead: FoundAgency[]; cooperating: FoundAgency[] } | null {
  const before = parts.slice(0, first).reduce((n, p) => n + ocrTokens(p.side).length, 0);
  const cell = openingCell(parts[first]?.side ?? '');
  if (!cell) return null;
  // The opening cell read alone: the words of the cells beside it cannot lend it theirs.
  const alone = findAgencies(cell)[0];
  const found = alone && ocrTokens(cell)[alone.words[0]!] !== undefined ? { ...alone, words: alone.words.map((w) => w + before) } : null;
  // The reading with more of its words in the opening cell; on a tie, the one read with the words below it.
  const size = ocrTokens(cell).length;
  const inCell = (a: FoundAgency) => a.words.filter((w) => w >= before && w < before + size).length;
  const opening = [...agencies.filter((a) => a.words.includes(before)), ...(found?.at === 0 ? [found] : [])].reduce<FoundAgency | null>(
    (best, a) => (!best || inCell(a) > inCell(best) ? a : best),
    null,
  );
  if (!opening || /liên quan/u.test(opening.name)) return null;
  return { lead: [opening], cooperating: agencies.filter((a) => a.id !== opening.id) };
}

/** The side text's first cell on a line: its words up to the next that opens an agency's or a deadline's cell. */
function openingCell(side: string): string | null {
  const { words } = lineTokens(side);
  if (!words.length) return null;
  const next = words.findIndex((_, k) => k > 0 && (opensCell('lead', words, k) || opensCell('deadline', words, k)));
  return side.slice(0, next < 0 ? undefined : words[next]!.start);
}

/**
 * The deadline cell on a row's first line (cells open on it, left to right): from the first
 * side word that opens as a deadline cell does ("2026", "Thường xuyên, theo", "Giai đoạn
 * 2026-2030") up to the next cell that opens as an agency's does; null when none opens there.
 */
function printedDeadline(side: string): string | null {
  const { words } = lineTokens(side);
  const from = words.findIndex((_, k) => opensCell('deadline', words, k));
  if (from < 0) return null;
  const to = words.findIndex((_, k) => k > from && opensCell('lead', words, k));
  const text = words
    .slice(from, to < 0 ? undefined : to)
    .map((w) => w.text)
    .join(' ')
    .replace(/[|_]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  return text.length >= 4 ? text : null;
}

/**
 * Without a line where two agencies stand side by side: the lead is the first named agency; a
 * generic one ("Các sở, ban, ngành") only when none is named, and "… liên quan" never: that is
 * the cooperating column's phrase.
 */
function firstNamedLeads(agencies: FoundAgency[]): { lead: FoundAgency[]; cooperating: FoundAgency[] } {
  const leadAt = agencies.findIndex((a) => !a.generic);
  const fallback = agencies.findIndex((a) => !/liên quan/u.test(a.name));
  const lead = leadAt >= 0 ? [agencies[leadAt]!] : fallback >= 0 ? [agencies[fallback]!] : [];
  return { lead, cooperating: agencies.filter((a) => !lead.includes(a)) };
}

/** Task text without the stray marks the columns left in it. */
function clean(text: string): string {
  return text
    .replace(/[|{}\\~]+/gu, ' ')
    .replace(/(^|\s)[^\p{L}\p{N}\s(]{1,3}(?=\s|$)/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

const cell = (role: CellRole, items: string[]): Cell => ({ type: 'cell', role, items, text: items.join(' ').replace(/\s+/gu, ' ').trim() });
