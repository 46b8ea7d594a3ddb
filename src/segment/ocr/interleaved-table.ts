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
import { findDeadline, findDeadlines } from '../../knowledge/deadlines/index.js';
import { ocrTokens } from './text.js';
import { sideSpots, splitByColumn } from './lead-column.js';
import { matchingBullet } from './body-mirror.js';
import { dropJunkRuns } from './junk.js';
import { findHeader } from './ruled-header.js';
import { blockRows, blocksOf, readsCellByCell } from './ruled-blocks.js';
import { rowOfCells } from './cell-row.js';
import { completeRowLeads } from './lead-completion.js';
import { printedAgency } from './printed-agency.js';

/** The share of rows read from blocks that must have a side cell for the blocks to be read as cells. */
const SIDED_ROWS = 0.6;
/** The text column's width when no column bar tells it. */
const DEFAULT_WIDTH = 42;

interface RowDraft {
  ordinal: string;
  /** How the row was found: its own number, a garbled mark in sequence, or only its first line. */
  found: 'number' | 'mark' | 'start';
  lines: LayoutLine[];
  /** Lines above the task's first line that belong to the side cells. */
  sideAbove: number;
}

/** Does this appendix hold a table the OCR read across the page? */
export function isInterleavedTable(lines: LayoutLine[]): boolean {
  const text = lines.filter((l) => l.text);
  return text.length >= 6 && !text.some((l) => l.cells || l.tabLed) && text.filter((l) => opensTask(l.text)).length >= 2;
}

/** `bullets`: the body's task bullets this appendix mirrors (their cleaner wording is preferred). */
export function readInterleavedTable(label: string, body: LayoutLine[], file: VFile, bullets: TaskItem[] = []): Row[] {
  const cellByCell = readCellByCell(label, body, file);
  if (cellByCell) return cellByCell;
  const lines = dropPageFurniture(body).filter((l) => l.text);
  const width = textWidth(lines);
  return completeRowLeads(
    label,
    findRows(lines).map((draft) => toRow(label, draft, width, file, bullets)),
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

function findRows(lines: LayoutLine[]): RowDraft[] {
  const marks = marksOf(lines);
  const numbers = trustedNumbers(marks);
  const starts: Array<{ index: number; opensAt: number; ordinal: string; found: RowDraft['found'] }> = [];

  if (numbers.size) {
    const last = Math.max(...numbers.keys());
    let floor = 0;
    for (let value = 1; value <= last; value++) {
      const at = numbers.get(value);
      const ceiling = at ?? nextNumberedLine(numbers, value, lines.length);
      const window = range(floor, at !== undefined ? at + 1 : ceiling);
      const start =
        window.find((i) => opensTask(lines[i]!.text)) ?? window.find((i) => /^\p{Lu}/u.test(withoutRowNumber(lines[i]!.text))) ?? at;
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
    lines.forEach((l, index) => {
      if (index === 0 || opensTask(l.text)) starts.push({ index, opensAt: index, ordinal: String(starts.length + 1), found: 'start' });
    });
  }

  // Side cells that sit above their row's first line ("- Tổ chức thực hiện: …") belong to it.
  for (const start of starts.slice(1)) {
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
  }));
}

function nextNumberedLine(numbers: Map<number, number>, value: number, fallback: number): number {
  for (let v = value + 1; v <= value + 20; v++) if (numbers.has(v)) return numbers.get(v)!;
  return fallback;
}

const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);

/** The text column's width: where column bars stand after it, most often. */
function textWidth(lines: LayoutLine[]): number {
  const bars = lines
    .map((l) => withoutRowNumber(l.text).search(/\s?\|/u))
    .filter((p) => p >= 25 && p <= 70)
    .sort((a, b) => a - b);
  return bars.length >= 3 ? bars[Math.floor(bars.length / 2)]! : DEFAULT_WIDTH;
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
    const cut = body.indexOf(' ', width - 2);
    return cut < 0 ? { content: body, side: '' } : { content: body.slice(0, cut), side: body.slice(cut) };
  }
  if (!first && looksLikeSideCell(body)) {
    // "tinh. UBND tinh. quan. 11/2024.": the last words of the task, then the cells beside.
    const tail = body.match(/^([\p{Ll}\p{N}][^|.;]*[.;])\s+/u);
    return tail ? { content: tail[1]!, side: body.slice(tail[0].length) } : { content: '', side: body };
  }
  return { content: body, side: '' };
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
  const { lead, cooperating } = splitByColumn(agencies, spots) ?? firstNamedLeads(agencies);
  // A cell may give two deadlines, the work's and its report's: both are kept, in order.
  const deadline = findDeadlines(side).join('; ') || null;

  const first = draft.lines[0]?.line ?? 1;
  const last = draft.lines.at(-1)?.line ?? first;
  const position = { start: { line: first, column: 1 }, end: { line: last, column: 1 } };
  const cells: Array<[CellRole, string[]]> = [
    ['products', products],
    ['lead', lead.map((a) => printedAgency(a, side, spots) ?? a.name)],
    ['cooperating', cooperating.map((a) => a.name)],
    ['deadline', deadline ? [deadline] : []],
  ];
  const missing = cells.filter(([, items]) => !items.length).map(([role]) => role);
  // A lead read without one of the words that tell it from other bodies may be another body's
  // ("36 Xav dun", Sở Xây dựng, read by a "Thông" and a product's "UBND tỉnh" as Văn phòng UBND
  // tỉnh): it is given, less sure, with what was read and what was not.
  const words = ocrTokens(side);
  const partial = lead.filter((a) => unreadTellingWords(a, words).length);
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
  const confidence = Math.round(base * (0.5 + (0.5 * (5 - missing.length)) / 5) * (partial.length ? 0.6 : 1) * 100) / 100;
  return { type: 'row', ordinal: draft.ordinal, confidence, children, position };
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
