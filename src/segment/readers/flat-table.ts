// T1 — a task table flattened one cell per line (LAYOUTS.md §4), as web and Word exports print it:
//   STT ⏎ Nội dung thực⏎hiện ⏎ Cơ quan chủ trì ⏎ Cơ quan phối hợp ⏎ Thời gian ⏎ Sản phẩm   ← header
//   I ⏎ <GROUP TITLE>                                                                     ← group row
//   1 ⏎ <task text, wrapped …> ⏎ <Agency> ⏎ <Agency, Agency> ⏎ Quý IV/2025 ⏎ <product>    ← a row
// Rows start at an ordinal alone on its line, in sequence; a row's lines are cut into cells where
// a cell ends, and the cells take the header's roles in order, each cell by what it looks like
// (an agency, a deadline, anything) when the row prints fewer cells than the header.
// Clean text only: an OCR'd table goes to the OCR readers (segment/ocr).
import type { CellRole, Row } from '../../tree/types.js';
import { insideSentence } from '../blank-in-sentence.js';
import type { LayoutLine } from '../../read/layout-line.js';
import { fold } from '../../vietnamese/fold.js';
import { isAgencyParent, isAgencySubHeader, oneDeadlineColumn, roleOf } from '../tables/columns.js';
import { startsWithHead } from '../../knowledge/agencies/index.js';
import { isDeadlineCell } from '../../knowledge/deadlines/index.js';
import { cooperatingIn } from './cooperating.js';
import { hasRowsOfItsOwn, row, type LayoutReader, type ReaderContext } from './reader.js';
import { cutMergedRows } from './merged-rows.js';
import { endsNameBegunAbove } from './name-across-lines.js';
import { isRunningHeader, runningHeaders } from './running-headers.js';

const NAME = 'flat-table';
const ORDINAL_HEADER = /^(?:s\.?\s*)?t\.?\s*t\.?$|^so\s*t\.?t\.?$|^so thu tu$/u;
// "1", "01", "2.3", "5.1.1", "1." — a row's number alone on its line.
const ORDINAL = /^(?<number>\d{1,3}(?:\.\d{1,2}){0,3})\.?$/u;
// "2. Đẩy mạnh …": a numbered part's heading on one line.
const NUMBERED_PART = /^(?<number>\d{1,2})\.\s+\p{Lu}/u;
// "III.1.3 Nhóm …", "2.3 Thực hiện …": a number with sub-levels, then its text on the same line.
const NUMBERED_LINE = /^(?<number>(?:[IVX]{1,5}|\d{1,2})(?:\.\d{1,2}){1,3})\.?\s+(?<text>\p{Lu}.*)$/u;
const ROMAN_LED = /^[IVX]/u;
const SUBGROUP_LABEL = /^[IVX]{1,5}(?:\.\d{1,2}){1,3}\.?$/u;
// "I", "II.", "A" alone, or "I. Nhiệm vụ cải cách thể chế" — a group row.
const GROUP = /^(?<label>[IVX]{1,5}|[A-ZĐ])\.?(?:\s+(?<title>\S.*))?$/u;
const CONTENT_HEADER = /noi dung|nhiem vu|cong viec|hoat dong|giai phap|^ten\b|de an|du an|chuong trinh/u;
const AGENCY_HEADER = /chu tri|phoi hop|thuc hien|soan thao|co quan|don vi/u;
// Tables that assign no tasks: budgets, courses, sites, scoring (§9).
const NOT_TASKS = /don gia|don vi tinh|^dvt$|toa do|diem chuan|so lop|hoc vien|so luong|thanh tien|tong muc|dia diem to chuc/u;
// A catalogue of administrative procedures (TTHC): each row names a procedure and the body that
// handles it ("Tên thủ tục hành chính" ⏎ "Lĩnh vực" ⏎ "Cơ quan thực hiện"), not a task and its lead.
// A plan reviewing procedures names who leads the review ("Cơ quan chủ trì rà soát"): still a task table.
const PROCEDURE_NAME = /thu tuc|tthc/u;
const ASSIGNS = /chu tri|phoi hop/u;
const isProcedureCatalogue = (folded: string[]) =>
  folded.some((c) => CONTENT_HEADER.test(c) && PROCEDURE_NAME.test(c)) && !folded.some((c) => ASSIGNS.test(c));
const TABLE_END = /^(?:noi nhan|phu luc\b|tm\.|kt\.|(?:ke hoach|quyet dinh|chuong trinh|de an)\s*$)/u;
// What ends a table: a recipients list, a signature, the next appendix, or a new title in capitals
// ("ĐỀ ÁN" alone; "Đề án" alone is a task text's last wrapped words).
const endsTable = (line: LayoutLine) =>
  TABLE_END.test(fold(line.text)) && (/^(?:noi nhan|phu luc|tm|kt)\b/u.test(fold(line.text)) || line.text === line.text.toUpperCase());
// A running page header, or a page number (a number out of the rows' sequence).
const PAGE_NUMBER = /^\d{1,3}$/u;
const HEADER_LINES = 18;
// A line of dots alone ("….......", ". . . . .").
const ELISION = /^(?=.*(?:…|\.{3}))[.…·\s]+$/u;
const INTERLEAVED_HEADER = /^(?:nhiem vu|noi dung|cong viec) chu tri$/u;
// A capital "Các" opens a cell of its own ("Các bộ, cơ quan ngang bộ" ⏎ "Các bộ, ngành, cơ quan liên quan"):
// inside a phrase the word is written "các".
const OPENS_CELL = /^Các\s/u;
// Words a wrapped cell line may end with, the cell going on below.
const DANGLING =
  /(?:[,\-–(/&]|(?:^|\s)(?:và|các|của|về|cho|với|tại|trong|theo|để|những|hoặc|từ|đến|trên|là|được|có|cơ|sở|ban|bộ|ủy|uỷ|ngày|tháng|năm|quý|trước|số|Các|Cơ|Sở|Ban|Bộ|Ủy|Uỷ))$/u;

// A cell that opens with an agency's name. "Báo" heads a newspaper's ("Báo Nhân Dân"), but a cell
// opening "Báo cáo …" is a report: a product, or a task text's wrapped line.
const REPORT = /^Báo\s+cáo(?![\p{L}\p{N}])/u;
// "Chính phủ số", "Chính phủ điện tử": digital government, what a task is about, not who leads it.
const GOVERNMENT_AS_SUBJECT = /^Chính\s+phủ\s+(?:số|điện\s+tử)(?![\p{L}\p{N}])/u;
// "Ban hành …" (issue), "Hội nghị …" (a meeting): what a task does, not who does it (19 dev task
// texts open "Ban hành", in tnt and p8 plans; "Hội nghị" in tnt-d5ff and lm-MTTQ).
const TASK_VERB = /^(?:Ban\s+hành|Hội\s+nghị)(?![\p{L}\p{N}])/u;
// A cell printed as list items, one a line ("- Vụ Pháp chế" ⏎ "- Văn phòng Bộ": lvn-07, lvn-120;
// LAYOUTS.md §4's "- Sản phẩm: …" items): an item opens what its text opens.
const ITEM_MARK = /^[-–+•]\s*/u;
const itemText = (text: string) => text.replace(ITEM_MARK, '');
const opensAgencyCell = (printed: string) => {
  const text = itemText(printed);
  return startsWithHead(text) && !REPORT.test(text) && !GOVERNMENT_AS_SUBJECT.test(text) && !TASK_VERB.test(text);
};
// A product named inside the task text's cell, as an item of it (LAYOUTS.md §4: "- Sản phẩm: …").
const PRODUCT_ITEM = /^[-–+•]\s*(?:Sản phẩm|Kết quả)(?:\s+dự kiến)?\s*:\s*/iu;
const PRODUCT_ITEM_INSIDE = /\s+(?=[-–+•]\s*(?:Sản phẩm|Kết quả)(?:\s+dự kiến)?\s*:)/iu;
/** A task text and the products it names as items. */
function productItems(content: string): { content: string; products: string[] } {
  const [text, ...items] = content.split(PRODUCT_ITEM_INSIDE);
  return { content: text!, products: items.map((item) => item.replace(PRODUCT_ITEM, '')) };
}
/** An agency cell's names without their item marks ("- Vụ Pháp chế; - Văn phòng Bộ"). */
const withoutItemMarks = (text: string) => text.replace(/(^|;\s*)[-–+•]\s*/gu, '$1');

export const flatTable: LayoutReader = {
  name: NAME,
  family: 'T1',
  recognise(context) {
    if (hasRowsOfItsOwn(context.lines)) return 0;
    return findTables(context.lines).length ? 1 : 0;
  },
  read(context: ReaderContext): Row[] {
    const headers = context.runningHeaders ?? runningHeaders(context.lines);
    return findTables(context.lines).flatMap((table) => readRows(table, context.lines, headers));
  },
};

interface Table {
  roles: CellRole[];
  /** The group heading printed over the header ("II. Các văn bản …" ⏎ "STT"): the rows' group. */
  group: string;
  /** The header's lines as printed (folded, blank lines left out), "STT" first. */
  header: string[];
  /** Index in `lines` of the first line after the header. */
  start: number;
}

function findTables(lines: LayoutLine[]): Table[] {
  const tables: Table[] = [];
  let ended = true;
  for (let i = 0; i < lines.length; i++) {
    if (endsTable(lines[i]!)) ended = true;
    if (lines[i]!.cells || lines[i]!.tabLed || !ORDINAL_HEADER.test(fold(lines[i]!.text))) continue;
    // The header printed again on the next page goes on with the table above (readRows reads through it).
    const repeated = !ended ? repeatedHeader(lines, i, tables.at(-1)) : null;
    if (repeated !== null) {
      i = repeated - 1;
      continue;
    }
    const header = readHeader(lines, i + 1);
    if (!header) continue;
    const above = lines
      .slice(0, i)
      .findLast((l) => l.text)
      ?.text.match(GROUP)?.groups;
    tables.push({ ...header, group: above?.title ? above.label! : '' });
    ended = false;
    i = header.start - 1;
  }
  return tables;
}

/** Where the rows go on when the lines from `at` repeat `table`'s header word for word (a page's repeated header); else null. */
function repeatedHeader(lines: LayoutLine[], at: number, table: Table | undefined): number | null {
  if (!table) return null;
  let k = 0;
  let i = at;
  for (; i < lines.length && k < table.header.length; i++) {
    if (!lines[i]!.text) continue;
    if (fold(lines[i]!.text) !== table.header[k]) return null;
    k++;
  }
  if (k < table.header.length) return null;
  // Rows numbered from 1 again under it: a table of its own with the same columns.
  const first = lines
    .slice(i)
    .find((l) => l.text)
    ?.text.match(ORDINAL)?.groups?.number;
  return first === '1' ? null : i;
}

/** The header cells after "STT", joined where they wrap, up to the first group row or ordinal. */
function readHeader(lines: LayoutLine[], from: number): Omit<Table, 'group'> | null {
  const cells: string[] = [];
  let i = from;
  for (; i < lines.length && i < from + HEADER_LINES; i++) {
    const text = lines[i]!.text;
    if (!text) continue;
    // A row number, a group row, or a numbered part's heading row ("1. Nhóm nhiệm vụ …"): no header cell opens with a number.
    if (ORDINAL.test(text) || GROUP.test(text) || NUMBERED_PART.test(text)) break;
    // A row printed without its number (its number cell merged over several rows): a task text, longer than any header cell.
    if (cells.length >= 3 && namesTaskColumns(cells) && isRowText(text)) break;
    const previous = cells.at(-1);
    // A header cell goes on in lower case, after a dangling word, or with a note in brackets ("(Bộ/ngành/địa phương)").
    if (previous !== undefined && (/^[\p{Ll}(]/u.test(text) || DANGLING.test(previous))) cells[cells.length - 1] = `${previous} ${text}`;
    else cells.push(text);
  }
  const header = lines
    .slice(from - 1, i)
    .filter((l) => l.text)
    .map((l) => fold(l.text));
  const folded = cells.map((c) => fold(c));
  if (
    !folded.some((c) => CONTENT_HEADER.test(c)) ||
    !folded.some((c) => AGENCY_HEADER.test(c)) ||
    folded.some((c) => NOT_TASKS.test(c)) ||
    isProcedureCatalogue(folded)
  )
    return null;
  const roles = subHeadersInPlace(oneDeadlineColumn(cells.map(roleOf), cells), cells).map((role, k) =>
    role === 'other' && CONTENT_HEADER.test(folded[k]!) ? 'content' : role,
  );
  // Two header cells a PDF's text printed interleaved: "Đơn vị" ⏎ "Nhiệm vụ chủ trì" is "Đơn vị chủ trì" and "Nhiệm vụ".
  folded.forEach((cell, k) => {
    if (k > 0 && INTERLEAVED_HEADER.test(cell) && /^(?:don vi|co quan)$/u.test(folded[k - 1]!)) {
      roles[k - 1] = 'lead';
      roles[k] = 'content';
    }
  });
  if (!roles.includes('content') || !(roles.includes('lead') || roles.includes('cooperating'))) return null;
  // A row numbering the columns ("1 2 3 …") under the header is not a row.
  while (i < lines.length && (!lines[i]!.text || isColumnNumbers(lines, i))) i += lines[i]!.text ? cells.length : 1;
  return { roles, header, start: i };
}

/**
 * A header printed over two rows, flattened row by row: the first row's cells, one of them merged
 * over the agency columns ("Trách nhiệm thực hiện"), then the second row's "Chủ trì" ⏎ "Phối hợp"
 * (LAYOUTS.md §5). The sub-headers' roles take the merged cell's place, in their order; they are
 * the header's last cells, so a one-row header of bare words ("CHỦ TRÌ" ⏎ "PHỐI HỢP" ⏎ "THỜI GIAN",
 * tnt-1920) is left as printed. The roles are one a column: the merged cell stands for none.
 */
function subHeadersInPlace(roles: CellRole[], cells: string[]): CellRole[] {
  let subs = 0;
  while (subs < cells.length && isAgencySubHeader(cells[cells.length - 1 - subs]!)) subs++;
  if (subs < 2) return roles;
  const at = cells.length - subs;
  const parent = cells.slice(0, at).findLastIndex((cell, k) => (roles[k] === 'other' || roles[k] === 'lead') && isAgencyParent(cell));
  if (parent < 0) return roles;
  return [...roles.slice(0, parent), ...roles.slice(at), ...roles.slice(parent + 1, at)];
}

/** A line too long for a header cell that names no column, once the header named the task and agency columns. */
const isRowText = (text: string) =>
  text.length > 30 &&
  /^\P{Ll}/u.test(text) &&
  roleOf(text) === 'other' &&
  !CONTENT_HEADER.test(fold(text)) &&
  !AGENCY_HEADER.test(fold(text));
const namesTaskColumns = (cells: string[]) =>
  cells.some((c) => CONTENT_HEADER.test(fold(c))) && cells.some((c) => AGENCY_HEADER.test(fold(c)));

function isColumnNumbers(lines: LayoutLine[], at: number): boolean {
  const next = lines
    .slice(at, at + 4)
    .filter((l) => l.text)
    .map((l) => l.text);
  return next.length >= 3 && next[0] === '1' && next[1] === '2' && next[2] === '3';
}

function readRows(table: Table, printed: LayoutLine[], headers: ReadonlySet<string>): Row[] {
  const lines = [
    ...printed.slice(0, table.start),
    ...printed.slice(table.start).filter((l, k, rest) => l.text || !insideSentence(rest, k)),
  ];
  const rows: Row[] = [];
  const contentFirst = table.roles.find((r) => r !== 'ordinal') === 'content';
  const wrapped = isWrapped(lines.slice(table.start, table.start + 200), contentFirst);
  let group = table.group;
  let previous: string | null = null;
  // `pageBreak`: how many of the row's lines stand before the page broke it.
  let current: { ordinal: string; lines: LayoutLine[]; pageBreak?: number } | null = null;
  const broken = () => {
    if (current?.lines.length) current.pageBreak ??= current.lines.length;
  };
  const flush = () => {
    if (current) {
      const { main, subRows } = wrapped ? { main: current.lines, subRows: [] } : splitSubRows(current.lines);
      const { read, merged } = toRows(current.ordinal, main, table.roles, wrapped, Math.min(current.pageBreak ?? main.length, main.length));
      // In the order printed: the row, the tasks under its merged cells, then its blank-separated task texts.
      if (read) rows.push(read);
      rows.push(...merged);
      if (read) rows.push(...subRows.map((block) => subRow(read, block)));
    }
    current = null;
  };
  for (let i = table.start; i < lines.length; i++) {
    const line = lines[i]!;
    const folded = fold(line.text);
    if (endsTable(line)) break;
    if (ORDINAL_HEADER.test(folded)) {
      // A page's repeated header: the rows, their group and numbering go on below it.
      const next = repeatedHeader(lines, i, table);
      if (next === null) break;
      broken();
      // As under a header of its own, the first number below it opens a row whatever came before.
      previous = null;
      i = next - 1;
      continue;
    }
    // An elision (LAYOUTS.md §0, tnt-c5d9): rows left out; the numbering may restart below it.
    if (ELISION.test(line.text)) {
      flush();
      previous = null;
      continue;
    }
    const ordinal = line.text.match(ORDINAL)?.groups?.number;
    if (ordinal && besideRunningHeader(lines, i, headers)) {
      broken();
      continue;
    }
    if (ordinal && plausible(ordinal, previous)) {
      flush();
      previous = ordinal;
      current = { ordinal: group ? `${group}.${ordinal}` : ordinal, lines: [] };
      continue;
    }
    if (PAGE_NUMBER.test(folded) || isRunningHeader(line.text, headers)) {
      broken();
      continue;
    }
    const groupRow = line.text.match(GROUP);
    // A group heading over the next table's header: this table ends.
    if (groupRow?.groups?.title && ORDINAL_HEADER.test(fold(lines.slice(i + 1).find((l) => l.text)?.text ?? ''))) break;
    if (
      groupRow?.groups &&
      (!groupRow.groups.title ||
        isGroupTitle(
          groupRow.groups.title,
          lines.slice(i + 1).find((l) => l.text),
        ))
    ) {
      flush();
      group = groupRow.groups.label!;
      previous = null;
      continue;
    }
    // A part's heading row ("2. Đẩy mạnh nghiên cứu …", maybe wrapped) over its first row "2.1", or
    // over the next table's header: the row before it ends there, and the heading is no cell of it.
    const part = line.text.match(NUMBERED_PART)?.groups?.number;
    const below = part ? belowPartHeading(lines, i) : null;
    if (below === 'header' || (below !== null && below === `${part}.1`)) {
      flush();
      if (below !== 'header') previous = part!;
      continue;
    }
    // A sub-group's label alone on its line ("III.1.3" ⏎ "Nhóm các nền tảng …", tnt-2edf): the row
    // before ends there; the label's title lines, before the next row's number, are no cell of any row.
    if (SUBGROUP_LABEL.test(line.text)) {
      flush();
      continue;
    }
    // A number with sub-levels and its text on one line: a sub-group's heading ("III.1 Nhóm …") ends
    // the row before it as its label alone does; a number that follows the rows' ("2.3 Thực hiện …",
    // a gazette PDF's row, p8-105) opens the next row, its text the row's first line.
    const rowOpen: boolean = Boolean((current as { lines: LayoutLine[] } | null)?.lines.length);
    const numbered: Record<string, string> | undefined = rowOpen ? line.text.match(NUMBERED_LINE)?.groups : undefined;
    if (numbered && (ROMAN_LED.test(numbered.number!) || plausible(numbered.number!, previous))) {
      flush();
      if (!ROMAN_LED.test(numbered.number!)) {
        previous = numbered.number!;
        current = { ordinal: group ? `${group}.${numbered.number}` : numbered.number!, lines: [{ ...line, text: numbered.text! }] };
      }
      continue;
    }
    if (current) current.lines.push(line);
  }
  flush();
  return rows;
}

// A part's heading wraps over a line or two at most.
const PART_HEADING_LINES = 3;

/**
 * What stands below a part's heading line and its wrapped lines: a row number (the number), a
 * table header ("header"), or null when neither comes within the heading's few lines.
 */
function belowPartHeading(lines: LayoutLine[], at: number): string | 'header' | null {
  const next = lines
    .slice(at + 1)
    .filter((l) => l.text)
    .slice(0, PART_HEADING_LINES);
  for (const line of next) {
    if (ORDINAL_HEADER.test(fold(line.text))) return 'header';
    const number = line.text.match(ORDINAL)?.groups?.number;
    if (number) return number;
  }
  return null;
}

/** A page number printed over or under a running header ("CÔNG BÁO/Số …" ⏎ "58"). */
function besideRunningHeader(lines: LayoutLine[], at: number, headers: ReadonlySet<string>): boolean {
  const near = (step: number) => {
    for (let j = at + step; j >= 0 && j < lines.length && Math.abs(j - at) <= 3; j += step) if (lines[j]!.text) return lines[j]!.text;
    return '';
  };
  return isRunningHeader(near(-1), headers) || isRunningHeader(near(1), headers);
}

/** A row number follows the one before: the next at its level, a first sub-number, or 1 after a group. */
function plausible(ordinal: string, previous: string | null): boolean {
  if (previous === null) return true;
  const next = ordinal.split('.').map(Number);
  const last = previous.split('.').map(Number);
  if (next.length === last.length + 1) return next.slice(0, -1).join('.') === last.join('.') && next.at(-1) === 1;
  if (next.length > last.length + 1) return false;
  const level = next.length - 1;
  if (next.slice(0, level).join('.') === last.slice(0, level).join('.') && next[level] === last[level]! + 1) return true;
  // The first row of the next part, its heading row printed as text ("2. Đẩy mạnh …"): "2.1" after "1.7".
  return next.length === last.length && next.length > 1 && next[0] === last[0]! + 1 && next.slice(1).every((n) => n === 1);
}

const isGroupTitle = (title: string, next: LayoutLine | undefined) =>
  title === title.toUpperCase() || Boolean(next && ORDINAL.test(next.text));

/**
 * Exported text wraps long cells at a fixed width: most long lines are of about one length. A web
 * export wraps at 80 or so; a PDF's text wraps each cell at its column's width (30–50), where the
 * lines pile up under that width: most lines of at least half of it come within a fifth of it.
 * A Word export prints a cell a line, of any length (a fifth of them or so near the longest).
 * The narrow width is read only where the task text is the first cell: with an agency cell first,
 * merged over several task rows, the rows are not cut at the cells' ends this way.
 */
function isWrapped(lines: LayoutLine[], contentFirst: boolean): boolean {
  const lengths = lines.map((l) => l.text.length).filter((n) => n > 0);
  const long = lengths.filter((n) => n >= 60);
  if (long.length >= 3 && long.filter((n) => n <= 100).length >= 0.9 * long.length) return true;
  if (!contentFirst) return false;
  const sorted = [...lengths].sort((a, b) => a - b);
  const cap = sorted[Math.floor(0.95 * sorted.length)] ?? 0;
  const near = lengths.filter((n) => n >= 0.8 * cap && n <= cap).length;
  const half = lengths.filter((n) => n >= 0.5 * cap).length;
  return near >= PILED_UP_LINES && near >= 0.5 * half;
}
const PILED_UP_LINES = 8;

/** The row (null without a task text of its own), and the tasks printed under its merged cells (./merged-rows.ts). */
function toRows(
  ordinal: string,
  lines: LayoutLine[],
  roles: CellRole[],
  wrapped: boolean,
  pageBreak = lines.length,
): { read: Row | null; merged: Row[] } {
  const contentFirst = roles.find((r) => r !== 'ordinal') === 'content';
  const cells = cutCells(lines.slice(0, pageBreak), wrapped, contentCell(roles));
  // A row the page broke goes on, on the next page, from its first cell: text that continues a
  // sentence there ends the task text, not the row's last cell.
  const rest = cutCells(lines.slice(pageBreak), wrapped, -1);
  if (cells.length > 1 && contentFirst && rest[0] && /^[\p{Ll},;]/u.test(rest[0].text)) {
    const going = rest.shift()!;
    cells[0] = { ...cells[0]!, text: `${cells[0]!.text} ${going.text}`, endLine: going.endLine };
  }
  cells.push(...rest);
  if (!cells.length) return { read: null, merged: [] };
  const cellRoles = roles.filter((r) => r !== 'ordinal');
  const [own, ...later] = cutMergedRows(cells, cellRoles, { opensAgency: opensAgencyCell, isDeadline: isDeadlineCell });
  // A row cut from the tasks below it reads its cells by what they look like, as it did whole: its
  // count of cells matching the header's is no sign that each cell stands in its column.
  const fields = (part: CutCell[], partRoles: CellRole[]) => {
    const assigned = assign(
      part.map((c) => c.text),
      partRoles,
      later.length === 0,
    );
    const field = (role: CellRole) => assigned.filter((a) => a.role === role).map((a) => a.text);
    const { lead, cooperating } = performers(field('lead').map(withoutItemMarks), field('cooperating').map(withoutItemMarks));
    const task = productItems(field('content').join(' '));
    return {
      content: task.content,
      lead,
      cooperating,
      deadline: field('deadline').join(' ') || null,
      products: [...task.products, ...field('products')],
    };
  };
  const parent = fields(own!, cellRoles);
  const first = parent.content
    ? row(NAME, {
        ordinal,
        ...parent,
        startLine: lines[0]!.line,
        endLine: lines.at(-1)!.endLine ?? lines.at(-1)!.line,
      })
    : null;
  // A task under the row's merged cells reads its own cells from its text on; the rest are the row's.
  const taskRoles = cellRoles.slice(Math.max(0, cellRoles.indexOf('content')));
  const merged = later.flatMap((part) => {
    const own = fields(part, taskRoles);
    if (!own.content) return [];
    return [
      row(NAME, {
        ordinal,
        content: own.content,
        lead: own.lead.length ? own.lead : parent.lead,
        cooperating: own.cooperating.length ? own.cooperating : parent.cooperating,
        deadline: own.deadline ?? parent.deadline,
        products: own.products.length ? own.products : parent.products,
        startLine: part[0]!.startLine,
        endLine: part.at(-1)!.endLine,
      }),
    ];
  });
  return { read: first, merged };
}

/**
 * An agency cell that says who leads and who helps, as the body's sentences do (LAYOUTS.md §10):
 * "Sở X chủ trì, phối hợp với Sở Y" leads with X and cooperates with Y; "Các địa phương chủ trì"
 * leads with the localities. A cell that is only names is left as printed.
 */
function performers(leadCells: string[], cooperatingCells: string[]): { lead: string[]; cooperating: string[] } {
  const said = leadCells.map((text) => text.match(LEADS)?.groups).map((g) => (g && startsWithHead(g.agency!) ? g : null));
  if (!said.some(Boolean)) return { lead: leadCells, cooperating: cooperatingCells };
  return {
    lead: leadCells.map((text, k) => said[k]?.agency ?? text),
    cooperating: cooperatingCells.length ? cooperatingCells : said.flatMap((g) => (g ? cooperatingIn(`chủ trì${g.rest ?? ''}`) : [])),
  };
}
// "<agency> chủ trì[, phối hợp (với) <agencies>]": the name ends where its duty begins.
// ("… được giao chủ trì soạn thảo" is part of a name: the duty there goes on).
const LEADS = /^(?<agency>\S.*?)\s+chủ trì(?<rest>(?:\s*[,;:]|\s+phối hợp).*)?$/u;

/**
 * A row whose cells other than the task text were merged over the rows below it (Word and
 * LibreOffice exports print such a row's next task texts alone, each after blank lines that stand
 * for the merged cells: lvn-120's "- Chỉ thị số 32-CT/TW …" under "- Hiến pháp sửa đổi 2013",
 * lvn-228's three tasks of row 7): the row's own lines, and each later task text of its own.
 * A trailing block is a task text when it is one line, neither an agency nor a deadline, as long as one.
 */
function splitSubRows(lines: LayoutLine[]): { main: LayoutLine[]; subRows: LayoutLine[] } {
  const subRows: LayoutLine[] = [];
  // The row's own task text: its first line that is neither an agency nor a deadline.
  const taskText = lines.find((l) => l.text && !startsWithHead(l.text) && !isDeadlineCell(l.text))?.text ?? '';
  let end = lines.length;
  while (end > 0 && !lines[end - 1]!.text) end--;
  for (;;) {
    const candidate = lines[end - 1];
    if (!candidate || end < 2 || lines[end - 2]!.text || !isSubRowText(candidate.text, taskText)) break;
    let before = end - 1;
    while (before > 0 && !lines[before - 1]!.text) before--;
    // The row keeps its own task text and at least one more cell.
    if (lines.slice(0, before).filter((l) => l.text).length < 2) break;
    subRows.unshift(candidate);
    end = before;
  }
  return { main: lines.slice(0, end), subRows };
}

// As long as a task text (the row's own, or 60 characters): a short cell after a blank one ("Theo phân công của Thủ tướng Chính phủ") is the row's last cell.
const isSubRowText = (text: string, taskText: string) =>
  text.length >= Math.min(60, Math.max(30, taskText.length)) &&
  /^(?:[-–+]\s*)?\p{Lu}/u.test(text) &&
  !startsWithHead(text.replace(/^[-–+]\s*/u, '')) &&
  !isDeadlineCell(text);

/** A task text printed alone under a row whose other cells were merged over it: those cells are its own. */
function subRow(parent: Row, line: LayoutLine): Row {
  const position = { start: { line: line.line, column: 1 }, end: { line: line.endLine ?? line.line, column: 1 } };
  return {
    ...parent,
    children: parent.children.map((cell) =>
      cell.role === 'content' ? { ...cell, items: [line.text], text: line.text, position } : structuredClone(cell),
    ),
    position,
  };
}

interface CutCell {
  text: string;
  startLine: number;
  endLine: number;
}

/** A row's lines cut into cells: a line goes on the cell above when it plainly continues it. */
/**
 * Which of a row's cells holds the task text, so that an agency cell opening below it ends it: the
 * content column's place after the number where only agency columns stand before it (lvn-228's
 * "Cơ quan chủ trì" ⏎ "Nội dung thực hiện"), else -1. A row whose lead cell was merged over it
 * (p8-175) prints its task text first; its next agency cell opens on its own line anyway.
 */
function contentCell(roles: CellRole[]): number {
  const cellRoles = roles.filter((r) => r !== 'ordinal');
  const at = cellRoles.indexOf('content');
  return cellRoles.slice(0, at).every((r) => r === 'lead' || r === 'cooperating') ? at : -1;
}

function cutCells(lines: LayoutLine[], wrapped: boolean, contentAt: number): CutCell[] {
  const cells: Array<{ text: string; lines: number; last: string; startLine: number; endLine: number }> = [];
  const width = wrapped ? Math.max(...lines.map((l) => l.text.length), 0) : Infinity;
  for (const line of lines) {
    const text = line.text;
    if (!text) {
      if (cells.length) cells.push({ text: '', lines: 0, last: '', startLine: line.line, endLine: line.line });
      continue;
    }
    const cell = cells.at(-1);
    // The task text ends where the first agency cell opens (LAYOUTS.md §4).
    const opensAgency = contentAt >= 0 && cells.length === contentAt + 1 && opensAgencyCell(text);
    // … and begins after the agency cells printed before it, however their last word dangles ("Vụ Tổ chức cán bộ" ⏎ "Kiểm tra …").
    const opensTask = contentAt > 0 && cells.length === contentAt && cell !== undefined && opensAgencyCell(cell.text) && isTaskLine(text);
    const continues =
      cell !== undefined &&
      cell.lines > 0 &&
      !opensTask &&
      (/^[\p{Ll}(,;.]/u.test(text) ||
        PRODUCT_ITEM.test(text) ||
        namesOnInItems(cell, text) ||
        // An item ("- Tổng cục Thuế") is a paragraph of its own, whatever the line above ends with ("… trình Bộ").
        (!ITEM_MARK.test(text) && endsNameBegunAbove(cell.last, text)) ||
        (DANGLING.test(cell.last) && !OPENS_CELL.test(text) && !ITEM_MARK.test(text) && !opensDeadline(cell.last, text)) ||
        opensBracket(cell.text) ||
        (wrapped &&
          !opensAgency &&
          !followsAgencyCell(cell, text) &&
          !followsDeadlineCell(cell, text) &&
          // A deadline cell ("Thường xuyên", "Quý IV/2026") after a full line of task text opens
          // its column (LAYOUTS.md §4's deadline shapes; the deadline before the agencies, lvn-166;
          // after the results, tnt-2edf, tnt-ec00).
          !(/^\p{Lu}/u.test(text) && isWholeDeadline(text) && opensDeadline(cell.last, text)) &&
          (isFull(cell.last, width) || (cell.lines === 1 && isFull(text, width)))));
    if (continues) {
      cell.text = `${cell.text}${namesOnInItems(cell, text) ? '; ' : ' '}${text}`;
      cell.lines++;
      cell.last = text;
      cell.endLine = line.endLine ?? line.line;
    } else {
      cells.push({ text, lines: 1, last: text, startLine: line.line, endLine: line.endLine ?? line.line });
    }
  }
  // Blank lines stand for empty cells only where the export prints one line a cell.
  return cells.filter((c) => c.text || !wrapped).map((c) => ({ text: c.text, startLine: c.startLine, endLine: c.endLine }));
}

/**
 * An item that opens no agency after an agency cell's item ("- Sở Tài chính" ⏎ "- cơ quan, địa
 * phương liên quan"; lvn-120's "- Thời báo tài chính …") is one more name of that cell: a column
 * with no agency head word (a status, a product) does not open with an item under an agency's.
 */
const namesOnInItems = (cell: { text: string; last: string }, text: string) =>
  ITEM_MARK.test(text) &&
  ITEM_MARK.test(cell.last) &&
  opensAgencyCell(cell.text) &&
  !opensAgencyCell(text) &&
  !isDeadlineCell(itemText(text));

/** A line that opens a task text: a capital, as long as one, neither an agency nor a deadline (merged-rows.ts's task text). */
const isTaskLine = (text: string) => text.length >= 30 && /^\p{Lu}/u.test(text) && !opensAgencyCell(text) && !isDeadlineCell(text);

/**
 * After an agency cell, a line that opens another agency ("Trung tâm Chuyển đổi số" ⏎ "Sở Tài chính,
 * Sở Nội vụ, …") or a deadline ("… UBND các xã" ⏎ "Quý IV/2026") opens the next cell, however full
 * the lines: the width only tells where a task text wraps.
 */
const followsAgencyCell = (cell: { text: string; last: string }, text: string) =>
  opensAgencyCell(cell.text) && ((/^\p{Lu}/u.test(text) && opensAgencyCell(text)) || opensDeadline(cell.last, text));

/**
 * A whole deadline cell ("2025", "Quý IV/2026") is no short first line: a capital line after it
 * opens the next cell, however full (a task under the row's merged cells, LAYOUTS.md §4's
 * number spanning two rows; or the next column).
 */
const followsDeadlineCell = (cell: { text: string; lines: number }, text: string) =>
  cell.lines === 1 && isDeadlineCell(cell.text) && /^\p{Lu}/u.test(text);

/** A deadline cell that reads as nothing else: a date, or a few words ("Thường xuyên"; not "Từ điển dữ liệu dùng chung"). */
const isWholeDeadline = (text: string) => isDeadlineCell(text) && (/\d/u.test(text) || text.split(/\s+/u).length <= 3);

/** A deadline cell after an agency's dangling head word ("Các đơn vị thuộc Bộ" ⏎ "Năm 2014"); after "ngày", "tháng" … it is the date going on. */
const opensDeadline = (last: string, text: string) => !DATE_WORD_END.test(last) && isDeadlineCell(text);
const DATE_WORD_END = /(?:^|\s)(?:ngày|tháng|năm|quý|trước|từ|đến|trong|sau|theo)$/iu;

/** A bracket left open: the cell goes on to its ")" ("(thay thế Thông tư" ⏎ "34/2014/TT-BKHCN)"). */
const opensBracket = (text: string) => (text.match(/\(/gu)?.length ?? 0) > (text.match(/\)/gu)?.length ?? 0);

const isFull = (text: string, width: number) => text.length >= Math.min(70, width - 12);

/** Cells to the header's roles, in order (`byPosition`: one a column when they are as many); a cell skips the roles it cannot fill. */
function assign(cells: string[], roles: CellRole[], byPosition = true): Array<{ role: CellRole; text: string }> {
  if (byPosition && cells.length === roles.length) return cells.map((text, k) => ({ role: roles[k]!, text })).filter((a) => a.text);
  const out: Array<{ role: CellRole; text: string }> = [];
  let next = 0;
  const filled = cells.filter(Boolean);
  roles = leadFilledFirst(filled, roles);
  for (const [index, text] of filled.entries()) {
    let k = next;
    // The row's last cell under a last deadline column may run long: "Thực hiện thường xuyên, lồng ghép trong …".
    const lastDeadline = index === filled.length - 1 && roles.at(-1) === 'deadline' && isDeadlineCell(firstWords(text));
    while (k < roles.length && !fits(roles[k]!, text, out.length === 0) && !(lastDeadline && roles[k] === 'deadline')) k++;
    // A deadline goes to the deadline column still to come, not to a column of no role before it
    // ("Cấp phê duyệt"), nor to a products or results column whose cell the row left empty
    // (LAYOUTS.md §4: results before the deadline, tnt-2edf, tnt-ec00).
    const deadlineAt = roles.indexOf('deadline', k);
    if (k < roles.length && (roles[k] === 'other' || roles[k] === 'products') && deadlineAt > k && isDeadlineCell(text)) k = deadlineAt;
    if (k >= roles.length) {
      // Nothing left it fits: it goes on the cell before, an agency after an agency as one more name.
      const last = out.at(-1);
      if (last) last.text = `${last.text}${anotherName(last, text) ? '; ' : ' '}${text}`;
      continue;
    }
    out.push({ role: roles[k]!, text });
    next = k + 1;
  }
  return out;
}

/**
 * A row printing fewer agency cells than the header has agency columns left its cooperating cell
 * empty, never its lead: every row of the dev plans' task tables names a lead (579 of 579), and
 * rows under a cooperating column leave it empty in lvn-07 (17 of 86), lvn-228 (3 of 9) and p8-175
 * (2 of 31). Where the cooperating column comes first ("Cơ quan phối hợp" ⏎ "Cơ quan chủ trì"),
 * the one agency cell is the lead's.
 */
function leadFilledFirst(filled: string[], roles: CellRole[]): CellRole[] {
  const leadAt = roles.indexOf('lead');
  const before = roles.filter((r, k) => r === 'cooperating' && k < leadAt).length;
  if (leadAt < 0 || !before) return roles;
  const columns = roles.filter((r) => r === 'lead' || r === 'cooperating').length;
  // The task text opens the row where the header puts it first; it may open with a name.
  const from = roles[0] === 'content' ? 1 : 0;
  const agencies = filled.slice(from).filter(opensAgencyCell).length;
  if (agencies >= columns) return roles;
  let dropped = columns - agencies;
  return roles.filter((r, k) => !(r === 'cooperating' && k < leadAt && dropped-- > 0));
}

/**
 * A row prints more agency cells than the header has agency columns (a PDF's narrow column, an
 * agency a line: "Bộ Khoa học và Công nghệ" ⏎ "Cơ quan, tổ chức và doanh nghiệp liên quan"): the
 * one left over is a name of its own in the column before, unless it ends a name begun there
 * ("Thanh tra" ⏎ "Chính phủ") or the cell before breaks off on a dangling word; an item ("- Vụ
 * Pháp chế") always is.
 */
const anotherName = (last: { role: CellRole; text: string }, text: string) =>
  (last.role === 'lead' || last.role === 'cooperating') &&
  (ITEM_MARK.test(text) ||
    (opensAgencyCell(text) && !/[,;:]$/u.test(last.text) && !DANGLING.test(last.text) && !endsNameBegunAbove(last.text, text)));

const firstWords = (text: string) => text.split(/\s+/u).slice(0, 8).join(' ');

function fits(role: CellRole, text: string, first: boolean): boolean {
  const agency = opensAgencyCell(text);
  const deadline = isDeadlineCell(text);
  switch (role) {
    case 'content':
      return first || (!agency && !deadline);
    case 'lead':
    case 'cooperating':
      return agency;
    case 'deadline':
      return deadline;
    default:
      return !agency || role === 'other';
  }
}
