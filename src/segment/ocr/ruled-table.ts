// A ruled task table as OCR reads it: line by line across the page, each line holding the part
// of every cell that stands on it, left to right, cells glued together or kept apart by a rule
// the OCR read as "|", "[" or "_":
//
//   Cục Đăng ký |Nghị định quy định về điều tra cơ |Vụ Pháp Tháng 9/2024     ← a row's first line
//   và Dữ liệu  |bản đất đai; đăng ký, cấp giấy chế                          ← the cells go on
//
// The header gives the columns' order (./ruled-header.ts). Cells start on their row's first line
// (top-aligned), so a row starts at a line that opens its first cell and more: a row number in
// sequence, a deadline, an agency name or a list item starting past the first cell. Each line is
// cut into the columns still open by a least-cost split (./ruled-cells.ts): a cell's part is no
// wider than its column, opens as its column's cells do (a capital, an agency, a deadline shape,
// "- "), and stops at a rule. Column widths are learnt from the table's own lines.
import type { VFile } from 'vfile';
import type { Row } from '../../tree/types.js';
import { isDateRest, isDeadlineCutBeforeYear } from '../../knowledge/deadlines/index.js';
import type { LayoutLine } from '../../read/layout-line.js';
import { cellByCellHeaderAt, findHeader, type Column } from './ruled-header.js';
import { cutLine, lineTokens, opensCell, startWidths, type LineTokens, type Widths } from './ruled-cells.js';
import { blockRows, blocksOf, readsCellByCell, textWidth } from './ruled-blocks.js';
import { acrossHeaderIn, numberedRunIn } from './across-run.js';
import { withSideWords } from './side-words.js';
import { rowOfCells } from './cell-row.js';
import { isParTable } from './par-table.js';
import { isInterleavedTable } from './interleaved-table.js';
import { opensTask, rowNumberOf, trustedNumbers, withoutRowNumber } from './row-starts.js';
import { leadFirstByBody } from './lead-first.js';
import { cellsEnded, usualLength } from './cells-ended.js';
import { deadlinePlacedByBody } from './deadline-column.js';
import { orderedByBody } from './column-order.js';
import { isWholeName } from './agency-spelling.js';
import { completeRowLeads } from './lead-completion.js';
import { wordPairs, type WordPairs } from './word-pairs.js';
import { ocrTokens } from './text.js';

/** A cell that goes on below: "Trước ngày" ⏎ "30/6/2024", "Sở Khoa học và" ⏎ "Công nghệ", "các cơ quan, đơn" ⏎ "vị". */
const DANGLING = /(?:^|\s)(?:ngày|đến|từ|tháng|và|các|của|cơ|đơn|liên|sở|ban|ủy|phòng|trung|văn|với)$|[-–/,&]$/iu;
const SIDE = new Set<Column>(['lead', 'cooperating']);
/** An agency cell's line that leaves its list open: a comma, a dash or "và" at its end. */
const LIST_GOES_ON = /(?:[,&–-]|\svà)$/u;
/** A deadline that fills its line goes on below unless it ends as a deadline ends: "Tháng 9/2024", "Quý IV/2026", "Thường xuyên", "hằng năm". */
const DEADLINE_ENDS = /(?:\d|xuyên|năm|quý)$/iu;
/** Short lines left above a part's first row number, at most. */
const LEFT_ABOVE = 4;
/** Rows the rows read above a part may have missed, at most: its first number may be that far past them. */
const SKIPPED = 2;
/** Blocks too few to tell how a page was read (./ruled-blocks.ts readsCellByCell needs six). */
const FEW_BLOCKS = 6;
/** Evidence a line needs to open a row (see rowStartScore). */
const ROW_START = 3;

/**
 * Does this appendix hold a ruled table read across the page: a header naming two columns on
 * one line (a clean table flattened one cell per line names one, and prints its row numbers
 * alone on their lines), and cells printed from their row's top? Where the row numbers stand half-way down their rows (the
 * words after them go on a sentence: cells centred in their rows, seed 000), the rows' first
 * lines do not open every cell, and the interleaved reader (./interleaved-table.ts) reads them.
 */
export function isRuledTable(lines: LayoutLine[]): boolean {
  const header = findHeader(lines.map((l) => l.text));
  const marks = lines.flatMap((l, index) => {
    const n = rowNumberOf(l.text);
    return n ? [{ index, value: n.value }] : [];
  });
  const numbered = [...trustedNumbers(marks).values()];
  const opening = numbered.filter((i) => /^[^\p{L}]*[\p{Lu}]/u.test(withoutRowNumber(lines[i]!.text))).length;
  // Numbers on their rows' first lines, a run of them wherever it starts (a page read across
  // below pages read cell by cell, whose rows lost their numbers).
  const run = [...trustedNumbers(marks, true).values()];
  const onTop =
    run.length >= NUMBERS_ON_TOP &&
    run.filter((i) => /^[^\p{L}]*[\p{Lu}]/u.test(withoutRowNumber(lines[i]!.text))).length / run.length >= ON_TOP_SHARE;
  // A table read cell by cell whose rows open with task verbs or numbers is the interleaved
  // reader's, which also reads a row's cells around a number printed half-way down (seed 000).
  if (header?.cellByCell && !onTop && (!readsCellByCell(blocksOf(lines.slice(header.end)), true) || isInterleavedTable(lines)))
    return false;
  if (!header || lines.filter((l) => /^\d{1,3}\.?$/u.test(l.text)).length >= 2 || isParTable(lines)) return false;
  if (numbered.length < 2) return true;
  return opening / numbered.length >= 0.5;
}

/** Numbered lines, at least, and the share of them opening a task text, that tell row numbers printed on their rows' first lines. */
const NUMBERS_ON_TOP = 3;
const ON_TOP_SHARE = 0.8;

interface Draft {
  ordinal: string;
  numbered: boolean;
  lines: LayoutLine[];
  /** Per line: true at a page's repeated header (all cells open again below it). */
  afterBreak: boolean[];
}

export function readRuledTable(label: string, lines: LayoutLine[], file: VFile): Row[] {
  const header = findHeader(lines.map((l) => l.text));
  if (!header) return [];
  const bodyTexts = lines.slice(header.end).map((l) => l.text);
  const read = (header.cellByCell ? header.columns : deadlinePlacedByBody(leadFirstByBody(header.columns, bodyTexts), bodyTexts)).filter(
    (c) => c !== 'stt',
  );
  const columns = header.cellByCell ? read : orderedByBody(read, bodyTexts);
  const texts = lines.map((l) => l.text);
  const rows: Row[] = [];
  // Page by page where a page's header was read again cell by cell: the page below it is read
  // the way the OCR read it, its rows numbered on from the page above's.
  let from = header.end;
  let cellByCell = header.cellByCell ?? false;
  const whole = readsCellByCell(blocksOf(lines.slice(from).filter((_, i) => !header.furniture.has(i + from))), cellByCell);
  // Below a header read across, a body read cell by cell as a whole, its first page too, reads on
  // over its pages' headers read cell by cell: they are page furniture, and a cell the page broke
  // goes on below them. (Below a header read cell by cell the body is one part already.)
  const paged = withPageHeaders(texts, from, header.furniture);
  const [firstPage] = pagesOf(texts, from, paged);
  const onePart =
    whole &&
    !header.cellByCell &&
    firstPage !== undefined &&
    readsCellByCell(blocksOf(lines.slice(firstPage[0], firstPage[1]).filter((_, i) => !paged.has(i + firstPage[0]))), cellByCell);
  const furniture = onePart ? paged : header.furniture;
  // Under a header read cell by cell, a first page the OCR read across (its rows' numbers opening
  // their lines' text) is read apart from the pages below it, read cell by cell.
  const firstAcross = header.cellByCell === true && whole && firstPage !== undefined && readAcross(texts.slice(firstPage[0], firstPage[1]));
  for (;;) {
    let page: { at: number; end: number } | null = null;
    // A body read cell by cell under a header read so is one part; under a header read across, a page's header read cell by cell starts one.
    if (!onePart && (!whole || !header.cellByCell || firstAcross))
      for (let at = from + 1; at < lines.length && !page; at++) {
        const end = cellByCellHeaderAt(texts, at);
        if (end !== null) page = { at, end };
      }
    // A body that reads cell by cell as a whole reads so above its first such page header too, unless its blocks there say otherwise (too few to tell: read across).
    const part = {
      from,
      to: page?.at ?? lines.length,
      cellByCell: firstAcross && from === header.end ? false : cellByCell || whole,
      first: rows.length + 1,
      belowPageHeader: from !== header.end,
    };
    rows.push(...readPart(label, lines, part, furniture, columns, file));
    if (!page) return completeRowLeads(label, rows, lines, file);
    from = page.end;
    cellByCell = true;
  }
}

/** Numbered lines opening their text, at least, that tell a page read across. */
const ACROSS_NUMBERS = 2;

/** Lines of a page read across: row numbers opening lines that go on with a capital ("2 Đề xuất danh sách …"). */
const readAcross = (texts: string[]) =>
  texts.filter((t) => {
    const n = rowNumberOf(t);
    return n?.value != null && /^\s*["“(]?\p{Lu}/u.test(n.rest);
  }).length >= ACROSS_NUMBERS;

/** The header's furniture and the lines of every page header read cell by cell below line `from`. */
function withPageHeaders(texts: string[], from: number, furniture: ReadonlySet<number>): Set<number> {
  const out = new Set(furniture);
  for (let at = from + 1; at < texts.length; at++) {
    const end = cellByCellHeaderAt(texts, at);
    if (end === null) continue;
    for (let i = at; i < end; i++) out.add(i);
    at = end - 1;
  }
  return out;
}

/** The body's pages from line `from`: the runs of lines between page furniture, each of text. */
function pagesOf(texts: string[], from: number, furniture: ReadonlySet<number>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = from;
  for (let i = from; i <= texts.length; i++) {
    if (i < texts.length && !furniture.has(i)) continue;
    if (texts.slice(start, i).some((t) => t.trim())) out.push([start, i]);
    start = i + 1;
  }
  return out;
}

interface Part {
  from: number;
  to: number;
  /** Below a header read cell by cell. */
  cellByCell: boolean;
  /** The number of the part's first row. */
  first: number;
  /** Read across the page, whatever its blocks look like (./across-run.ts found it so). */
  across?: boolean;
  /** Below a page's header read cell by cell (the table's own header above the first part). */
  belowPageHeader?: boolean;
}

function readPart(label: string, lines: LayoutLine[], part: Part, furniture: Set<number>, columns: Column[], file: VFile): Row[] {
  const blocksIn = (from: number, to: number) => blocksOf(lines.slice(from, to).filter((_, i) => !furniture.has(i + from)));
  const readOn = (from: number, above: Row[]) =>
    readPart(
      label,
      lines,
      { from, to: part.to, cellByCell: false, across: true, first: part.first + above.length },
      furniture,
      columns,
      file,
    );
  // A page read cell by cell, then the header printed again across the page: the page below is read across.
  const page = part.across ? null : acrossHeaderIn(lines, part, furniture);
  // Too few blocks above the header to tell (a page's last row or two): read as the page's header above them was.
  const above = page ? blocksIn(part.from, page.at) : [];
  if (page && (readsCellByCell(above, part.cellByCell) || (part.belowPageHeader && above.length < FEW_BLOCKS))) {
    const rowsAbove = readPart(label, lines, { ...part, to: page.at }, furniture, columns, file);
    return [...rowsAbove, ...readOn(page.from, rowsAbove)];
  }
  const blocks = blocksIn(part.from, part.to);
  // Too few blocks below a page's header read cell by cell to tell (a page's last row or two): read as that header was.
  const asHeaderAbove = part.belowPageHeader === true && part.cellByCell && blocks.length >= 2 && blocks.length < FEW_BLOCKS;
  if (!part.across && (asHeaderAbove || readsCellByCell(blocks, part.cellByCell))) {
    // Read cell by cell down to a row the OCR read across, if it did.
    const across = acrossCutter(columns, textWidth(blocks));
    const run = numberedRunIn(
      lines,
      part,
      furniture,
      (at) => blockRows(blocksIn(part.from, at), columns, across).length,
      textWidth(blocks),
    );
    const rows = blockRows(run ? blocksIn(part.from, run.at) : blocks, columns, across).map((r, i) =>
      rowOfCells(label, { ordinal: String(part.first + i), numbered: false, lines: r.lines }, columns, r.cells, file),
    );
    return run ? [...rows, ...readOn(run.from, rows)] : rows;
  }
  const body: LayoutLine[] = [];
  const breaks = new Set<LayoutLine>();
  let broken = false;
  for (let i = part.from; i < part.to; i++) {
    if (furniture.has(i)) broken = true;
    else if (lines[i]!.text) {
      if (broken && body.length) breaks.add(lines[i]!);
      broken = false;
      body.push(lines[i]!);
    }
  }
  // Short lines above the part's first row number are no row of their own, and the numbers keep
  // their sequence: the header's last words read below it ("quả thực hiện| thực hiện", "hgp
  // kién"), or the words of the row above that a page's header cut off ("định. Tổ quốc" ⏎ "Việt Nam").
  // The part's first number may be a row or two past the rows read above it, where those missed one.
  const firstNumber = body.findIndex((l, i) => {
    const n = lineTokens(l.text).number;
    return i <= LEFT_ABOVE && n !== null && n >= part.first && n <= part.first + SKIPPED;
  });
  let first = part.first;
  if (firstNumber === 0) first = lineTokens(body[0]!.text).number!;
  else if (firstNumber > 0 && body.slice(0, firstNumber).every((l) => ocrTokens(l.text).length <= 6)) {
    first = lineTokens(body[firstNumber]!.text).number!;
    const left = body.splice(0, firstNumber);
    file.message(
      `Phụ lục ${label}: ${left.length} short line(s) above row ${first} read as no row (a header's or a row's words cut off by the page)`,
      {
        place: { start: { line: left[0]!.line, column: 1 }, end: { line: left.at(-1)!.line, column: 1 } },
        ruleId: 'ocr-lines-left-out',
        source: 'cchc-segment',
      },
    );
  }
  if (!body.length) return [];
  const tokens = body.map((l) => lineTokens(l.text));
  const drafts = findRows(body, tokens, columns, breaks, first);
  let widths = startWidths(columns, tokens);
  const pairs = wordPairs(tokens.map((t) => t.words.map((w) => w.text)));
  // Widths learnt from the cuts they make, twice over.
  for (let round = 0; round < 2; round++) widths = learnWidths(columns, drafts, tokens, body, widths, pairs);
  return drafts.map((draft) => rowOfCells(label, draft, columns, cutRow(draft, columns, widths, body, tokens, pairs).parts, file));
}

/**
 * Lines of a part read cell by cell that the OCR read across (a row's first lines), cut into
 * their columns' parts as one row's lines: the task text's column as wide as its blocks' lines
 * (`textWidth`), the other columns sharing the rest of the line.
 */
function acrossCutter(columns: Column[], textWidth: number): (lines: LayoutLine[]) => Map<Column, string[]> {
  return (lines) => {
    const tokens = lines.map((l) => lineTokens(l.text));
    const widths = startWidths(columns, tokens);
    const full = Math.max(...tokens.map((t) => (t.words.length ? t.words.at(-1)!.end - t.words[0]!.start : 0)));
    const others = columns.filter((c) => c !== 'content').length || 1;
    for (const c of columns) widths.set(c, c === 'content' ? textWidth : Math.max(6, Math.round((full - textWidth) / others)));
    const draft: Draft = { ordinal: '', numbered: false, lines, afterBreak: lines.map(() => false) };
    const parts = cutRow(draft, columns, widths, lines, tokens, wordPairs(tokens.map((t) => t.words.map((w) => w.text)))).parts;
    // A list item naming an agency ("- các sở, ban, ngành,") is the cooperating cell's, not a product.
    const products = parts.get('products') ?? [];
    if (products.length && !parts.get('cooperating')?.length && opensCell('lead', lineTokens(products[0]!).words, 0)) {
      parts.set('cooperating', products);
      parts.set('products', []);
    }
    return new Map([...parts].filter(([, list]) => list.length));
  };
}

/** An agency's name opening this far into the usual line, or further, opens a side cell (a task text names agencies nearer its start, or its sentence ended above). */
const SIDE_AT = 0.5;

/** How strongly a line opens a row: a number in sequence, its first cell opening, other cells opening on it. */
function rowStartScore(line: LineTokens, columns: Column[], expected: number, previous: string, usual: number): number {
  let score = 0;
  if (line.number === expected) score += 3;
  else if (line.number !== null) score += 1;
  const words = line.words;
  if (!words.length) return -10;
  if (opensCell(columns[0]!, words, 0)) score += 1.5;
  else if (/^\p{Ll}/u.test(words[0]!.text)) score -= 2;
  // A task's usual first words ("Tham mưu", "Xây dựng") open the task text's cell.
  if (columns[0] === 'content' && opensTask(words.map((w) => w.text).join(' '))) score += 0.5;
  // Not the rest of a date the line above cut ("trước ngày 13 tháng" ⏎ "… 12 năm 2025"): that deadline goes on.
  const dateAbove = isDeadlineCutBeforeYear(previous.split(/\s+/u).slice(-4).join(' '));
  const deadlineOpens = (i: number) =>
    opensCell('deadline', words, i) &&
    !(
      dateAbove &&
      isDateRest(
        words
          .slice(i)
          .map((w) => w.text)
          .join(' '),
      )
    );
  if (columns.includes('deadline') && words.some((_, i) => i > 0 && deadlineOpens(i))) score += 1.5;
  let others = 0;
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    if (!w.barBefore && !/^[-–]$/u.test(words[i - 1]!.text)) continue;
    if (/^\p{Lu}/u.test(w.text) || opensCell('lead', words, i)) others++;
  }
  score += Math.min(2, others);
  const ended = cellsEnded(previous, usual);
  if (ended) score += 1;
  // Below a row whose cells ended, an agency's name far along the line opens the lead's cell
  // where no rule was read before it ("Căn cứ tiêu chuẩn … chấm Sở Y tế").
  if (ended && !others && columns[0] !== 'lead' && words.some((w, i) => i > 0 && w.start >= SIDE_AT * usual && opensCell('lead', words, i)))
    score += 1;
  return score;
}

function findRows(body: LayoutLine[], tokens: LineTokens[], columns: Column[], breaks: Set<LayoutLine>, first: number): Draft[] {
  const drafts: Draft[] = [];
  let current: Draft | null = null;
  // The number printed on the row above: the next row's follows it, whatever rows above were
  // missed (a part below a page's header numbers on from the rows read above it).
  let printed: number | null = null;
  const usual = usualLength(body.map((l) => l.text));
  body.forEach((line, i) => {
    const expected = drafts.length + first;
    const number = tokens[i]!.number;
    const inSequence = number !== null && printed !== null && number === printed + 1;
    const score = rowStartScore(tokens[i]!, columns, inSequence ? number : expected, current?.lines.at(-1)?.text ?? '.', usual);
    if (!current || score >= ROW_START) {
      current = { ordinal: String(expected), numbered: number === expected || inSequence, lines: [], afterBreak: [] };
      drafts.push(current);
      printed = number !== null && Math.abs(number - expected) <= 2 ? number : null;
    }
    current.lines.push(line);
    current.afterBreak.push(breaks.has(line));
  });
  return drafts;
}

interface Cut {
  parts: Map<Column, string[]>;
  /** Each column's part on the row's first line (the line every cell opens on). */
  firstParts: Map<Column, string>;
  cost: number;
}

/** A part this much narrower than its column is its cell's last line: text wraps only when a line is full. */
const FULL = 0.6;
/** The same for the narrow columns, whose short names may fill most of a line and stop. */
const FULL_SIDE = 0.8;

function cutRow(draft: Draft, columns: Column[], widths: Widths, body: LayoutLine[], tokens: LineTokens[], pairs: WordPairs): Cut {
  const parts = new Map<Column, string[]>(columns.map((c) => [c, []]));
  const firstParts = new Map<Column, string>();
  let open = new Set(columns);
  let going = new Set<Column>();
  let listed = new Set<Column>();
  let above = new Map<Column, number>();
  let lastWords = new Map<Column, string>();
  const dashed = new Map<Column, boolean>();
  let cost = 0;
  draft.lines.forEach((line, k) => {
    const t = tokens[body.indexOf(line)]!;
    // Below a page's repeated header every cell of the row may go on.
    if (draft.afterBreak[k]) open = new Set(columns);
    const below = draft.lines[k + 1];
    const nextFirst = below && !draft.afterBreak[k + 1] ? tokens[body.indexOf(below)]!.words[0]?.text : undefined;
    const dateCut = isDeadlineCutBeforeYear(parts.get('deadline')?.join(' ') ?? '');
    const cut = cutLine(t, columns, widths, { first: k === 0, open, going, listed, above, lastWords, pairs, dashed, nextFirst, dateCut });
    cut.cells = withSideWords(cut.cells, columns, parts);
    cost += cut.cost;
    going = new Set();
    listed = new Set();
    above = new Map(columns.map((c, j) => [c, cut.cells[j]!.length]));
    lastWords = new Map(columns.map((c, j) => [c, cut.cells[j]!.split(' ').at(-1) ?? '']));
    columns.forEach((c, j) => {
      const text = cut.cells[j]!;
      if (k === 0) firstParts.set(c, text);
      if (!text) {
        // Cells are printed from their row's top, unbroken: one that skipped a line has ended.
        open.delete(c);
        return;
      }
      if (!dashed.has(c)) dashed.set(c, /^[-–+•]/u.test(text));
      parts.get(c)!.push(text);
      const full = text.length >= (c === 'content' ? FULL : FULL_SIDE) * (widths.get(c) ?? 20);
      // A deadline is a short phrase: it goes on only where it is plainly unfinished. A list's
      // next item ("- Các sở, ban," after "- Sở Tư pháp") opens its cell again.
      // An agency cell of two words or fewer that names no body whole ("Cục Quy", "Công an", "Các
      // doanh") is a name cut by its column's edge: agencies' names run to three syllables or more.
      const cellText = parts
        .get(c)!
        .join(' ')
        .replace(/^[-–+•]\s*/u, '');
      const cutName = SIDE.has(c) && cellText.split(/\s+/u).length <= 2 && !isWholeName(cellText);
      const wrapped =
        !/[.!?]$/u.test(text) && (DANGLING.test(text) || cutName || (full && (c !== 'deadline' || !DEADLINE_ENDS.test(text))));
      // An agency cell that holds a whole name ("Sở Xây dựng") goes on only with a list's next item:
      // a dashed one, or any body's name where its list goes on past the name's comma ("Ủy ban Mặt
      // trận … tỉnh," ⏎ "các tổ chức …").
      if (
        SIDE.has(c) &&
        isWholeName(
          parts
            .get(c)!
            .join(' ')
            .replace(/^[-–+•]\s*/u, ''),
        )
      ) {
        open.delete(c);
        if (LIST_GOES_ON.test(text)) listed.add(c);
      } else if (wrapped) {
        going.add(c);
        open.add(c);
      } else if (SIDE.has(c) && !/[.!?;]$/u.test(text)) open.add(c);
      // A deadline cut before its year ("trong" ⏎ "tháng 12" ⏎ "năm 2025") stays open for the date's rest (./ruled-cells.ts dateCut).
      else if (c === 'deadline' && isDeadlineCutBeforeYear(cellText)) open.add(c);
      else open.delete(c);
    });
  });
  return { parts, firstParts, cost };
}

/**
 * A column's width: the first parts' length that this share of them reach. An agency column's
 * first parts run over more often (a cooperating name's words read into the lead's part), and a
 * width learnt too wide takes a name's next line for no part of it (its first word "would have
 * fitted" above): its width is read lower.
 */
const WIDTH_SHARE = 0.85;
const SIDE_WIDTH_SHARE = 0.7;

function learnWidths(
  columns: Column[],
  drafts: Draft[],
  tokens: LineTokens[],
  body: LayoutLine[],
  widths: Widths,
  pairs: WordPairs,
): Widths {
  const lengths = new Map<Column, number[]>(columns.map((c) => [c, []]));
  for (const draft of drafts) {
    for (const [column, text] of cutRow(draft, columns, widths, body, tokens, pairs).firstParts)
      if (text) lengths.get(column)!.push(text.length);
  }
  const out: Widths = new Map(widths);
  for (const [column, list] of lengths) {
    if (list.length < 2) continue;
    list.sort((a, b) => a - b);
    out.set(column, Math.max(6, list[Math.floor(list.length * (SIDE.has(column) ? SIDE_WIDTH_SHARE : WIDTH_SHARE))]!));
  }
  return out;
}
