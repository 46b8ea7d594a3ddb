// The header of a ruled table as OCR reads it, and the columns' order it gives. Header cells wrap
// over two or three lines, and each OCR'd line holds the part of every header cell on it, left to
// right ("Đơn vị thực A A Cơ quan | Thời hạn hoàn" ⏎ "hiện Nội dung công việc phối hợp thành"):
// two columns named on one line are in that order; columns never named together are placed by
// where on their lines they stand. The header printed again on every page is page furniture.
import { TABLE_HEADER_WORDS as HEADER_WORDS } from '../../knowledge/table-header.js';
import { ocrTokens } from './text.js';
import { readAgainstHeader } from './header-echo.js';

export type Column = 'stt' | 'content' | 'lead' | 'cooperating' | 'deadline' | 'products';

// Folded header words per column. "thực hiện" names the lead column unless it follows "nội dung",
// "thời gian", "thời hạn", "công việc" or "phối hợp"; "chủ trì" as tesseract eng reads it too ("chi tri", "cht tri").
const KEYS: Array<[RegExp, Column]> = [
  [/(?:^| )s?tt(?: |$)|so thu tu/gu, 'stt'],
  [/noi dung|nhiem vu|cong viec|giai phap|ten nhiem|hoat dong/gu, 'content'],
  [/ch[uit] tri|(?:don vi|co quan) thuc|(?<!(?:dung|gian|han|viec|hop) )thuc hien/gu, 'lead'],
  [/ph[oe]i h[a-z]{0,3}p?\b/gu, 'cooperating'],
  [/thoi gian|thoi han|tien do|hoan thanh/gu, 'deadline'],
  [/san ph[a-z]{0,3}m|ket qua|\bpham ket\b/gu, 'products'],
];
/** Header lines are looked for among the first lines of an appendix. */
const HEADER_REACH = 25;

interface Mention {
  column: Column;
  line: number;
  /** Where on its line, 0 (left) to 1 (right). */
  x: number;
  at: number;
}

function mentions(text: string, line: number): Mention[] {
  const folded = ocrTokens(text).join(' ');
  const out: Mention[] = [];
  for (const [pattern, column] of KEYS) {
    for (const m of folded.matchAll(pattern)) {
      if (column === 'deadline' && /hoan thanh/u.test(m[0]) && out.some((o) => o.column === 'deadline')) continue;
      out.push({ column, line, at: m.index, x: (m.index + m[0].length / 2) / Math.max(1, folded.length) });
    }
  }
  // "Cơ quan phối hợp" wrapped so that only its "hợp" (read "hop", "hgp", "hqp"), perhaps with
  // "thực", ends a line naming other columns: the cooperating column stands there, at the right.
  const tail = folded.match(TAIL_HOP);
  if (tail && out.length && !out.some((o) => o.column === 'cooperating')) {
    const at = tail.index! + tail[0].length - tail.groups!.hop!.length;
    out.push({ column: 'cooperating', line, at, x: (at + 1.5) / Math.max(1, folded.length) });
  }
  return out.sort((a, b) => a.at - b.at);
}

/** A header line's last word or two: the cooperating header's "hợp" (OCR'd "hgp", "hqp"), perhaps "thực" after it; not "tổng hợp", "phù hợp", "kết hợp". */
const TAIL_HOP = /(?<!\b(?:tong|phu|ket|long|thich|hon))\s(?<hop>h[oqg]p)(?:\s+th[uy]c)?$/u;

const distinct = (list: Mention[]) => new Set(list.map((m) => m.column)).size;

/** How many columns a line names in header words. */
export const columnsNamed = (text: string): number => distinct(mentions(text, 0));

export interface Header {
  columns: Column[];
  /** Index of the first line below the header. */
  end: number;
  /** Indexes of lines that repeat the header further down (page breaks), and page numbers. */
  furniture: Set<number>;
  /** The header was read one cell a block: so must the body be. */
  cellByCell?: boolean;
  /** How many columns its words named (the others were put where tables print them). */
  named: number;
}

export function findHeader(lines: string[]): Header | null {
  const top = acrossHeader(lines) ?? cellByCellHeader(lines);
  if (top && top.named >= ALL_NAMED) return top;
  const again = pageHeaderBelow(lines, top?.end ?? 0);
  if (!again || again.named <= (top?.named ?? 0)) return top;
  if (top) return { ...top, columns: again.columns, named: again.named };
  const end = garbledTopEnd(lines, again.at);
  if (end === null) return null;
  return { columns: again.columns, named: again.named, end, furniture: repeatedHeaders(lines, end, vocabularyOf(lines.slice(0, end))) };
}

/** Columns a header names that leave no doubt of their order. */
const ALL_NAMED = 5;
/** Columns a page's header printed again must name for its order to stand for a header the OCR garbled. */
const PAGE_NAMED = 4;

/**
 * The header printed again on a later page, read cell by cell (as the OCR often reads a page's
 * top), where it names `PAGE_NAMED` columns or more: a second reading of the table's header, for
 * a first page's header whose words the OCR garbled ("Đơn vị về Nội dung công việc Cụ quan phê
 * Tiến độ", "Thì hạn hoàn thành | ©° 12" tổ hợp thực").
 */
function pageHeaderBelow(lines: string[], from: number): (Header & { at: number }) | null {
  for (let at = from + 1; at < lines.length; at++) {
    const end = cellByCellHeaderAt(lines, at);
    const found = end !== null ? cellByCellHeader(lines.slice(at, end)) : null;
    if (found && found.named >= PAGE_NAMED) return { ...found, at };
  }
  return null;
}

/** Lines of a first page's garbled header looked for at most, from the table's top. */
const TOP_REACH = 12;

/**
 * Where a first page's header ends that names too few columns to be found (each line naming one
 * or none: "Nội dung thực hiện on vieny| để hoàn cốt qua," ⏎ "trì phối thành | 52" phạm" ⏎ "hợp"):
 * the line after the first run of two lines or more among its first lines, each naming a column
 * or of header words; null where there is none.
 */
function garbledTopEnd(lines: string[], below: number): number | null {
  const reach = Math.min(TOP_REACH, below);
  const headerish = (i: number) =>
    lines[i]!.trim() !== '' &&
    !isTitle(lines[i]!) &&
    !/^\s*\d/u.test(lines[i]!) &&
    (mentions(lines[i]!, i).length > 0 || mostlyHeaderWords(lines[i]!));
  for (let i = 0; i < reach; i++) {
    if (!headerish(i)) continue;
    let end = i;
    while (end < reach && headerish(end)) end++;
    if (end - i >= 2) return end;
    i = end;
  }
  return null;
}

/**
 * Where a page's header, printed again, was read cell by cell from line `at` (a short line naming
 * one column, a blank line above it): the line below it, else null. The OCR may read one page of
 * a table across and the next cell by cell.
 */
export function cellByCellHeaderAt(lines: string[], at: number): number | null {
  const text = lines[at] ?? '';
  if (!text.trim() || (at > 0 && lines[at - 1]!.trim()) || distinct(mentions(text, at)) !== 1 || ocrTokens(text).length > 6) return null;
  // A header cell is a short block ("Thời gian" ⏎ "thực hiện"); a task text naming a column in its first words ("Theo chức năng, nhiệm vụ của") is not one.
  if (lines.slice(at, at + WRAPPED_LINES + 1).every((l) => l.trim())) return null;
  const found = cellByCellHeader(lines.slice(at, at + HEADER_REACH));
  return found && found.end <= HEADER_REACH ? at + found.end : null;
}

/**
 * A header read cell by cell: each header cell a short block of its own (a line or two between
 * blank lines), one column named in each, left to right. Only for a body read the same way (the
 * caller checks): a clean table flattened one cell per line prints its row numbers alone.
 */
function cellByCellHeader(lines: string[]): Header | null {
  const named: Mention[] = [];
  let end = -1;
  for (let i = 0; i < Math.min(lines.length, HEADER_REACH + 10); i++) {
    if (!lines[i]!.trim()) continue;
    // A header cell wrapped over its block's lines ("Sản" ⏎ "phẩm/Kết" ⏎ "quả") is read whole.
    const cell = wrappedCell(lines, i);
    const text = cell?.text ?? lines[i]!;
    if (cell) i = cell.last;
    // The appendix's title in capitals ("CÁC NHIỆM VỤ TRỌNG TÂM") above the header names no column.
    if (!named.length && isTitle(text)) continue;
    const here = mentions(text, i);
    const cells = distinct(here);
    if (cells === 1 && ocrTokens(text).length <= 6) {
      if (!named.some((m) => m.column === here[0]!.column)) named.push({ ...here[0]!, line: 0, at: named.length });
      end = i + 1;
    } else if (named.length >= 3 && !isStray(text) && !here.length) break;
    else if (cells > 1 || (named.length && !isStray(text))) {
      if (named.length >= 3) break;
      named.length = 0;
    }
  }
  if (distinct(named) < 3) return null;
  return {
    columns: withUnread(named.map((m) => m.column)),
    named: distinct(named),
    end,
    furniture: repeatedHeaders(lines, end, vocabularyOf(lines.slice(0, end))),
    cellByCell: true,
  };
}

/** A title line: three words or more, in capitals. */
const isTitle = (text: string) => ocrTokens(text).length >= 3 && !/\p{Ll}/u.test(text);

/** Lines a wrapped header cell takes at most, and words. */
const WRAPPED_LINES = 3;
const WRAPPED_WORDS = 6;

/**
 * The block from line `at` (a blank line above it, one below) as one header cell when its lines
 * name one column together ("Cơ quan" ⏎ "chủ trì", "Thời gian" ⏎ "thực hiện"); else null.
 */
function wrappedCell(lines: string[], at: number): { text: string; last: number } | null {
  if (at > 0 && lines[at - 1]!.trim()) return null;
  let last = at;
  while (last + 1 < lines.length && lines[last + 1]!.trim()) last++;
  const block = lines.slice(at, last + 1);
  if (block.length < 2 || block.length > WRAPPED_LINES) return null;
  const text = block.join(' ');
  return distinct(mentions(text, at)) === 1 && ocrTokens(text).length <= WRAPPED_WORDS ? { text, last } : null;
}

function acrossHeader(lines: string[]): Header | null {
  const found = lines.slice(0, HEADER_REACH).map(mentions);
  const first = found.findIndex(
    (m, i) => distinct(m) >= 2 || (distinct(m) === 1 && distinct(found[i + 1] ?? []) >= 1 && distinct([...m, ...found[i + 1]!]) >= 3),
  );
  if (first < 0) return null;
  // The header block: its lines that name a column, and short stray lines between them.
  let end = first + 1;
  while (end < found.length && end < first + 4 && ((found[end]!.length && headerLike(lines[end]!)) || isStray(lines[end]!))) end++;
  while (end > first + 1 && !found[end - 1]!.length) end--;
  // The header cells' last words, wrapped below the lines that name the columns ("hợp thành quả",
  // "phẩm"): short lines of header words, read before the first row.
  while (
    end < lines.length &&
    end < first + 6 &&
    !/^\s*\d/u.test(lines[end]!) &&
    ocrTokens(lines[end]!).length <= 8 &&
    mostlyHeaderWords(lines[end]!)
  )
    end++;
  const start = first > 0 && found[first - 1]!.length && lines[first - 1]!.length < 40 ? first - 1 : first;
  const block = found.slice(start, end).flat();
  if (distinct(block) < 3 || !found.slice(start, end).some((m) => distinct(m.filter((x) => x.column !== 'stt')) >= 2)) {
    // A first print the OCR garbled ("Tiến độ" read "Tiền a6") names its columns on a page's print of it further down.
    const again = distinct(found[first]!) >= 2 ? reprintedHeader(lines, end, block) : null;
    if (!again) return null;
    const vocabulary = vocabularyOf([...lines.slice(start, end), lines[again.line]!]);
    return {
      columns: withUnread(order(again.block)),
      named: distinct(again.block),
      end,
      furniture: repeatedHeaders(lines, end, vocabulary),
    };
  }
  return {
    columns: withUnread(order(block)),
    named: distinct(block),
    end,
    furniture: repeatedHeaders(lines, end, vocabularyOf(lines.slice(start, end))),
  };
}

/** Columns a page's print of the header names on one line, at least, to stand for a first print the OCR garbled. */
const REPRINT_COLUMNS = 3;

/**
 * The header printed again below line `from` on one line of header words naming three columns or
 * more, among them every column the first print named, in the same order: its mentions, with those
 * of the header lines around it, and its line.
 */
function reprintedHeader(lines: string[], from: number, first: Mention[]): { block: Mention[]; line: number } | null {
  const named = [...new Set(first.map((m) => m.column))];
  for (let i = from; i < lines.length; i++) {
    const here = mentions(lines[i]!, i);
    if (distinct(here) < REPRINT_COLUMNS || !mostlyHeaderWords(lines[i]!) || opensSentence(lines, i)) continue;
    const columns = here.map((m) => m.column);
    const inOrder = named.map((c) => columns.indexOf(c));
    if (inOrder.some((at) => at < 0) || inOrder.some((at, k) => k > 0 && at < inOrder[k - 1]!)) continue;
    const around = [i - 1, i + 1].filter((j) => j >= from && j < lines.length && lines[j]!.trim() && mostlyHeaderWords(lines[j]!));
    return { block: [...here, ...around.flatMap((j) => mentions(lines[j]!, j))], line: i };
  }
  return null;
}

/**
 * The columns the OCR did not read in the header, put where such tables print them: the task
 * text first (after the agency, where that comes first), the agencies, deadline and product
 * after the columns read. A column the table does not have only stays empty, but for one: where
 * the header names the number column and every other but one (`printedAll`), it printed that one
 * too, had it one; an unnamed products column there is one the table does not print, and would
 * only take the words at the right of other cells.
 */
function withUnread(columns: Column[]): Column[] {
  const out = [...columns];
  const skipped = new Set<Column>(printedAll(columns) ? ['products'] : []);
  if (!out.includes('content')) out.splice(out[0] === 'stt' ? 1 : 0, 0, 'content');
  // The lead and cooperating columns stand side by side, the lead first.
  if (!out.includes('lead') && out.includes('cooperating')) out.splice(out.indexOf('cooperating'), 0, 'lead');
  if (!out.includes('cooperating') && out.includes('lead')) out.splice(out.indexOf('lead') + 1, 0, 'cooperating');
  for (const column of ['lead', 'cooperating', 'deadline', 'products'] as const)
    if (!out.includes(column) && !skipped.has(column)) out.push(column);
  return out;
}

/** Columns other than the number's a header names, with the number column, that leave one column at most it did not name because the table has none. */
const NAMED_BESIDE_NUMBER = 4;
const printedAll = (columns: Column[]) => columns.includes('stt') && columns.filter((c) => c !== 'stt').length >= NAMED_BESIDE_NUMBER;

// A line printing the header again is mostly header words (knowledge/table-header.ts).
export const mostlyHeaderWords = (text: string, share = 0.6) => {
  const tokens = ocrTokens(text).filter((t) => t.length > 1);
  return tokens.length > 0 && tokens.length <= 16 && tokens.filter((t) => HEADER_WORDS.has(t)).length / tokens.length >= share;
};
/** Header words but for the OCR's odd slip: a header line, whatever follows it. */
const ALL_HEADER_WORDS = 0.9;
/**
 * A row's first line may name two columns in header words and go on as a sentence ("Chủ trì, phối
 * hợp các đơn vị liên quan" ⏎ "hướng dẫn, theo dõi …"); a header printed again names more, is
 * header words nearly all, or goes on in header words ("Cơ quan chủ trì thực" ⏎ "hiện Thời gian …").
 */
function opensSentence(lines: string[], at: number): boolean {
  if (distinct(mentions(lines[at]!, at)) > 2 || mostlyHeaderWords(lines[at]!, ALL_HEADER_WORDS)) return false;
  const next = lines.slice(at + 1, at + 3).find((l) => l.trim());
  return next !== undefined && /^\s*\p{Ll}/u.test(next) && !mostlyHeaderWords(next);
}

/**
 * A header line goes on in short lines of few words, or in header words however many ("Số TT Nhiệm
 * vụ, giải pháp Đơn vị chủ trì thực hiện thực hiện"); a row's first line ("1 Phối hợp hướng dẫn …") is no header's.
 */
const headerLike = (text: string) => !/^\s*\d/u.test(text) && (ocrTokens(text).length <= 12 || headerWordShare(text) >= HEADER_LINE_WORDS);
/** The share of header words on a long line that makes it a header line (six columns named across a landscape page run to 20 words). */
const HEADER_LINE_WORDS = 0.75;
const headerWordShare = (text: string) => {
  const tokens = ocrTokens(text).filter((t) => t.length > 1);
  return tokens.length ? tokens.filter((t) => HEADER_WORDS.has(t)).length / tokens.length : 0;
};

/** A line of stray marks or one or two letters (a header cell's rule, "Ẩ.", "š ` š"). */
const isStray = (text: string) => !text.trim() || ocrTokens(text).filter((t) => t.length > 1).length <= 1;

/** The columns ordered: by their order on a line that names both, else by where they stand. */
function order(block: Mention[]): Column[] {
  const columns = [...new Set(block.map((m) => m.column))];
  const meanX = (c: Column) => {
    const xs = block.filter((m) => m.column === c).map((m) => m.x);
    return xs.reduce((a, b) => a + b, 0) / xs.length;
  };
  const before = (a: Column, b: Column): number => {
    let votes = 0;
    for (const line of new Set(block.map((m) => m.line))) {
      const here = block.filter((m) => m.line === line);
      const pa = here.find((m) => m.column === a);
      const pb = here.find((m) => m.column === b);
      if (pa && pb) votes += pa.at < pb.at ? 1 : -1;
    }
    return votes;
  };
  // The number column is the leftmost wherever it was read; then the columns in the order the
  // lines naming two of them give (each line's votes), the rest by where they stand: of the
  // columns no line says must come after another, the leftmost first.
  const out: Column[] = [];
  const left = columns.filter((c) => c !== 'stt').sort((a, b) => meanX(a) - meanX(b));
  if (columns.includes('stt')) out.push('stt');
  while (left.length) {
    const free = left.find((c) => left.every((o) => o === c || before(o, c) <= 0)) ?? left[0]!;
    out.push(free);
    left.splice(left.indexOf(free), 1);
  }
  // The lead and cooperating columns named on different lines only: where on a short line a
  // wrapped header cell's words stand tells little ("Cơ quan" ⏎ "phối hợp" read left of "Đơn vị
  // thực hiện" above it), and tables print the lead first, as withUnread puts it.
  const lead = out.indexOf('lead');
  const cooperating = out.indexOf('cooperating');
  if (lead > cooperating && cooperating >= 0 && before('lead', 'cooperating') === 0)
    [out[lead], out[cooperating]] = ['cooperating', 'lead'];
  return out;
}

/**
 * The header's words, folded: the column header words and those of the table's own header lines
 * that name a column (not the appendix's title in capitals: "CÁC NHIỆM VỤ TRỌNG TÂM").
 */
function vocabularyOf(headerLines: string[]): Set<string> {
  const out = new Set(HEADER_WORDS);
  headerLines.forEach((text, i) => {
    if (mentions(text, i).length && !isTitle(text)) for (const t of ocrTokens(text)) if (t.length > 1) out.add(t);
  });
  return out;
}

/** Header words read as the header prints them ("ndi" for "noi") and stray marks, and no other word. */
function echoOf(text: string, vocabulary: ReadonlySet<string>) {
  const read = readAgainstHeader(text, vocabulary);
  return read && !read.words && read.headerWords ? read : null;
}

/**
 * The header printed again, garbled: header words and stray marks only, three header words or more
 * naming a column, and stray marks ("Pome thyc Ndi dung céng viéc shét her ess paemixes": no row's
 * line, whatever follows it) or a second column named ("Số TT Nội dung công việc thực hiện Đơn vị
 * phối hợp …" printed across the page; a row's line only where no sentence goes on below it).
 */
function garbledHeader(lines: string[], at: number, vocabulary: ReadonlySet<string>): boolean {
  const echo = echoOf(lines[at]!, vocabulary);
  if (!echo || echo.headerWords < 3) return false;
  const named = distinct(mentions(echo.folded, at));
  return (named >= 1 && echo.junk > 0) || (named >= 2 && !opensSentence(lines, at));
}

/**
 * Header words with stray marks, or four header words and nothing else ("Sản Cơ quan Có n ian": the
 * header's top line above a garbled one); an agency's line above ("Sở Nội vụ") names fewer.
 */
function headerCells(text: string, vocabulary: ReadonlySet<string>): boolean {
  const echo = echoOf(text, vocabulary);
  return echo !== null && (echo.junk > 0 || echo.headerWords >= 4);
}

/**
 * Lines further down that print the header again (two columns named, or garbled: `garbledHeader`),
 * with their stray lines and the header-word lines above them; page numbers.
 */
function repeatedHeaders(lines: string[], from: number, vocabulary: ReadonlySet<string>): Set<number> {
  const out = new Set<number>();
  for (let i = from; i < lines.length; i++) {
    const text = lines[i]!;
    if (/^\s*\d{1,3}\s*$/u.test(text) && !lines[i - 1]?.trim() && !lines[i + 1]?.trim()) out.add(i);
    const printedAgain =
      (distinct(mentions(text, i)) >= 2 && mostlyHeaderWords(text) && !opensSentence(lines, i)) || garbledHeader(lines, i, vocabulary);
    if (!printedAgain) continue;
    out.add(i);
    // Above: stray lines, lines naming a column, header words with stray marks ("San Co quan Co n ian").
    for (
      let j = i - 1;
      j >= i - 2 && j >= from && (isStray(lines[j]!) || mentions(lines[j]!, j).length || headerCells(lines[j]!, vocabulary));
      j--
    )
      out.add(j);
    for (
      let j = i + 1;
      j <= i + 2 && j < lines.length && (isStray(lines[j]!) || (mentions(lines[j]!, j).length && ocrTokens(lines[j]!).length <= 8));
      j++
    )
      out.add(j);
  }
  return out;
}
