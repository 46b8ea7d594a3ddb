// No silent loss (issues 16 §5, 19): every line of a plan's task sections ends up in a task or in a
// diagnostic saying why not. The task sections are the body's sections that hold tasks (by their
// title, or because tasks were read from them), the stretch from a plan's first task to its last,
// and each appendix from its first row (an OCR'd one's from below its first header) to its end.
// Blank lines, page furniture and headings are structure; any other line outside every task's span
// is reported, run by run, with the reason.
import type { VFile } from 'vfile';
import type { Appendix, Root, Section } from '../tree/types.js';
import type { Task } from '../schema/document.js';
import { fold } from '../vietnamese/fold.js';
import { TABLE_CAPTION_CELL } from '../knowledge/table-header.js';
import { columnsNamed, findHeader, mostlyHeaderWords } from '../segment/ocr/ruled-header.js';

interface Region {
  start: number;
  end: number;
  /** Where the region is: "section II", "Phụ lục 01", "the task list". */
  where: string;
  /** The region holds no task the document reports (its tasks were read elsewhere). */
  tasksElsewhere: boolean;
}

/** A line that carries no text of its own: blank, a page number, a rule, a stray mark. */
const isFurniture = (text: string) => !/\p{L}{2,}/u.test(text) || /^\s*[-–—]?\s*(?:trang\s*)?\d{1,3}\s*[-–—]?\s*$/iu.test(text);

// A table's column captions (knowledge/table-header.ts), repeated at each page break ("TT | Nội dung
// thực hiện | Sản phẩm | Cơ quan chủ trì …"), on one line or a caption a line (OCR'd tables).
const isCaptionLine = (text: string) => {
  const plain = fold(text.replace(/<[^>]*>|\*\*/gu, '').trim());
  // An OCR'd caption row runs its cells together: "TT Nội dung thực hiện Sản phẩm …".
  if (/^s?tt\s+(?:noi dung|nhiem vu|ten nhiem vu)\b/u.test(plain)) return true;
  // The header printed again across a page's top, single-spaced: two columns named, header words nearly all.
  if (columnsNamed(text) >= 2 && mostlyHeaderWords(text, 0.9)) return true;
  const cells = plain.split(/\s*(?:\t|\||\s{2,})\s*/u).filter(Boolean);
  return cells.length > 0 && cells.every((cell) => cell.split(' ').length <= 6 && TABLE_CAPTION_CELL.test(cell));
};
/**
 * A line that is structure, not text of a task: furniture, a table's captions, a heading of the task
 * list (`lines`: the input, `line` 1-based, `taskStarts`: the lines tasks start on).
 */
export function isStructureLine(lines: readonly string[], line: number, taskStarts: ReadonlySet<number>): boolean {
  const text = lines[line - 1] ?? '';
  return isFurniture(text) || isCaptionLine(text) || isHeadingBlock(lines, line, taskStarts);
}

/**
 * A heading of the task list: a group row in capitals, or a short numbered block (wrapped over at
 * most three lines, no closing stop) that the next task follows.
 */
function isHeadingBlock(lines: readonly string[], line: number, taskStarts: ReadonlySet<number>): boolean {
  const text = lines[line - 1] ?? '';
  // In capitals (an OCR'd heading may have a letter or two in lower case).
  const letters = text.replace(/[^\p{L}]/gu, '');
  const lower = letters.replace(/\P{Ll}/gu, '').length;
  if (letters.length >= 6 && lower <= letters.length / 10) return true;
  let first = line,
    last = line;
  while (first > 1 && lines[first - 2]!.trim()) first--;
  while (last < lines.length && lines[last]!.trim()) last++;
  const block = lines
    .slice(first - 1, last)
    .join(' ')
    .trim();
  if (last - first >= 3 || block.split(/\s+/u).length > 30 || /[.;:]$/u.test(block)) return false;
  if (!/^(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4}|[a-zđ])\s*[.)]/u.test(block)) return false;
  let next = last + 1;
  while (next <= lines.length && !lines[next - 1]!.trim()) next++;
  return taskStarts.has(next);
}

// The closing of a plan: its summing-up formula, the request to carry it out, the recipients and signature.
const CLOSING = /^(?:tren day la|noi nhan|tm\.\s|kt\.\s|trong qua trinh (?:to chuc )?(?:trien khai )?thuc hien,? neu)/u;

/** Every body section, depth first, with the lines it spans (its heading to its last descendant). */
function sectionExtents(sections: Section[], nextStart: number): Array<{ section: Section; start: number; end: number; path: string }> {
  const out: Array<{ section: Section; start: number; end: number; path: string }> = [];
  const walk = (list: Section[], limit: number, path: string[]) => {
    list.forEach((section, i) => {
      const start = section.position?.start.line ?? 1;
      const following = list[i + 1]?.position?.start.line;
      const end = (following ?? limit) - 1;
      const here = [...path, section.label];
      out.push({ section, start, end, path: here.join('.') });
      walk(
        section.children.filter((c): c is Section => c.type === 'section'),
        end + 1,
        here,
      );
    });
  };
  walk(sections, nextStart, []);
  return out;
}

const within = (line: number, start: number, end: number) => line >= start && line <= end;

/**
 * Accounts for the plan's lines (diagnostics on `file`) and returns the tasks with their spans reaching
 * the detail lines under them (`absorbDetails`).
 */
export function accountPlanLines(tree: Root, found: Task[], lines: string[], file: VFile): Task[] {
  const sections = tree.children.filter((n): n is Section => n.type === 'section');
  const appendices = tree.children.filter((n): n is Appendix => n.type === 'appendix');
  const tasks = absorbDetails(found, lines, [
    ...sectionExtents(sections, lines.length + 1),
    ...appendices.map((a) => ({ start: a.position?.start.line ?? 1, end: a.position?.end.line ?? lines.length })),
  ]);
  const fromTables = tasks.some((t) => t.appendix !== '' || t.reader === 'flat-table');
  const bodyTasks = tasks.filter((t) => t.appendix === '' && t.reader !== 'flat-table');
  const firstAppendix = appendices.map((a) => a.position?.start.line ?? Infinity).reduce((a, b) => Math.min(a, b), Infinity);
  const closingLine = closingLines(lines);
  const bodyEnd = Math.min(firstAppendix, closingLine(1) ?? Infinity, lines.length + 1);

  const regions: Region[] = [];
  const extents = sectionExtents(sections, bodyEnd);
  const holdsTask = (start: number, end: number) => bodyTasks.some((t) => t.source.startLine <= end && t.source.endLine >= start);
  const isTaskSection = (s: Section): boolean =>
    s.kind === 'tasks' || s.kind === 'responsibilities' || s.children.some((c) => c.type === 'section' && isTaskSection(c));
  // The outermost sections that hold tasks: by their title, or because a reader read tasks from them.
  for (const extent of extents) {
    const inside = regions.some((r) => within(extent.start, r.start, r.end));
    if (inside) continue;
    const taskSection = isTaskSection(extent.section) || holdsTask(extent.start, extent.end);
    if (!taskSection) continue;
    const end = Math.min(extent.end, (closingLine(extent.start) ?? Infinity) - 1);
    regions.push({
      start: extent.start,
      end,
      where: `section ${extent.path}`,
      tasksElsewhere: !holdsTask(extent.start, end) && fromTables,
    });
  }
  // The body's task list from its first task to its last, wherever the sections are.
  if (bodyTasks.length) {
    const start = Math.min(...bodyTasks.map((t) => t.source.startLine));
    const end = Math.max(...bodyTasks.map((t) => t.source.endLine));
    regions.push({ start, end, where: "the plan's task list", tasksElsewhere: false });
  }
  for (const appendix of appendices) {
    const first = appendix.children[0]?.position?.start.line;
    if (first === undefined) continue;
    const start = appendixRegionStart(appendix, first, lines);
    const end = Math.min(appendix.position?.end.line ?? first, (closingLine(start) ?? Infinity) - 1);
    regions.push({ start, end, where: appendix.label ? `Phụ lục ${appendix.label}` : 'the task table', tasksElsewhere: false });
  }
  if (!regions.length) return tasks;

  const covered = new Uint8Array(lines.length + 2);
  for (const task of tasks) for (let l = task.source.startLine; l <= Math.min(task.source.endLine, lines.length); l++) covered[l] = 1;

  const starts = new Set(tasks.map((t) => t.source.startLine));
  const reported = new Uint8Array(lines.length + 2);
  for (const region of regions) {
    let run: number[] = [];
    const flush = () => {
      if (run.length) report(run[0]!, run.at(-1)!, region, extents, lines, file);
      run = [];
    };
    for (let l = region.start; l <= Math.min(region.end, lines.length); l++) {
      if (covered[l] || isStructureLine(lines, l, starts)) {
        // A blank line does not end a run of unread prose; a task or a heading does.
        if (covered[l]) flush();
        continue;
      }
      if (reported[l]) continue;
      reported[l] = 1;
      run.push(l);
    }
    flush();
  }
  return tasks;
}

/**
 * Where an appendix's task region starts. An OCR'd table's reader may lose rows above the first it
 * read (a header taken from a later page drops every row above it), so its region starts right
 * below the table's first header: the rows lost there are reported. Where no header is found above
 * the first row, and for tables read whole from their header on, it starts at the first row (the
 * label's title and reference lines are no task's text).
 */
function appendixRegionStart(appendix: Appendix, firstRow: number, lines: readonly string[]): number {
  const label = appendix.position?.start.line;
  if (!appendix.reader?.startsWith('ocr-') || label === undefined || label >= firstRow) return firstRow;
  const above = lines.slice(label, firstRow - 1);
  // The first header by its words; else the one the reader's header finder sees (garbled beyond its words).
  const end = firstHeaderEnd(above) ?? findHeader([...above])?.end;
  return end === undefined ? firstRow : label + 1 + Math.min(end, above.length);
}

/**
 * A line of a table's header: captions, or header words naming a column ("TT", "Cơ quan chủ trì thực"
 * ⏎ "hiện"); not the appendix's title in capitals ("PHÂN CÔNG NHIỆM VỤ").
 */
const isHeaderLine = (text: string) =>
  !isCapitalTitle(text) && (isCaptionLine(text) || (columnsNamed(text) > 0 && mostlyHeaderWords(text)));
const isCapitalTitle = (text: string) => text.trim().split(/\s+/u).length >= 3 && !/\p{Ll}/u.test(text);

/** Words of two letters or more: a stray mark ("¬", "Ỗ") is none. */
const wordsOf = (text: string) => text.split(/\s+/u).filter((w) => /\p{L}{2}/u.test(w)).length;
/** A header cell's line: a column named in a few words, or the number column's head and more ("TT Nội dung …", "Số TT …"). */
const namesColumnShortly = (text: string) => columnsNamed(text) > 0 && (wordsOf(text) <= 6 || /^(?:so )?s?tt\b/u.test(fold(text.trim())));

/**
 * The index below the first header among `lines` (its lines, the blank lines between its cells and
 * after it), else null. The first, not the one a reader took: that may be a later page's. A header
 * goes on in lines naming a column and in short lines (a wrapped cell's "hiện", "thành"), never in
 * a row's line (a row number, a sentence).
 */
function firstHeaderEnd(lines: readonly string[]): number | null {
  const at = lines.findIndex(isHeaderLine);
  if (at < 0) return null;
  const goesOn = (text: string, previous: string) =>
    !text.trim() ||
    isHeaderLine(text) ||
    mostlyHeaderWords(text) ||
    (!/^\s*\d/u.test(text) && (namesColumnShortly(text) || (previous.trim() !== '' && wordsOf(text) <= 3)));
  let end = at + 1;
  while (end < lines.length && goesOn(lines[end]!, lines[end - 1]!)) end++;
  return end;
}

// A line's own marker: a Roman heading, a numbered item (with its depth), a lettered item, a bullet.
type Marker = { rank: number; depth: number } | null;
function markerOf(text: string): Marker {
  const t = text.trim();
  // "II. …", and a table's group row "IV Thực hiện …"; a row number alone ("12", "a)") opens a row.
  if (/^[IVX]{1,4}\.?\s+\p{Lu}|^[IVX]{1,4}\.?$/u.test(t)) return { rank: 0, depth: 0 };
  if (/^(?:\d{1,3}|[a-zđ])[.)]?$/u.test(t)) return { rank: 0, depth: 0 };
  const numbered = /^(\d{1,2}(?:\.\d{1,2})*)[.)]?(?:\s|$)/u.exec(t);
  if (numbered) return { rank: 1, depth: numbered[1]!.split('.').length };
  if (/^[a-zđ][.)]\s/u.test(t)) return { rank: 2, depth: 0 };
  if (/^[-–+•*](?:\s|$)/u.test(t)) return { rank: 3, depth: 0 };
  return null;
}
/** A marker under the task's own: a deeper number, a letter under a number, a bullet under a letter. */
const isUnder = (line: Marker, task: Marker) =>
  line === null || task === null
    ? line === null || (task === null && line.rank >= 2)
    : line.rank > task.rank || (line.rank === task.rank && line.rank === 1 && line.depth > task.depth);

/**
 * A task's span reaches the detail lines printed under it that no reader read: continuation lines and
 * items under its own marker (the "a. Thời gian …", "- Địa điểm …" under "1.1.1. Đối với vùng …"), up to
 * the next task, a heading, an item of its own rank or above, the plan's closing, or the end of the
 * innermost section or appendix it starts in. Its fields keep what the reader read; the words of the
 * absorbed lines that went into no field lower the task's confidence (extract/confidence, row:unexplained).
 */
function absorbDetails(tasks: Task[], lines: string[], extents: Array<{ start: number; end: number }>): Task[] {
  const starts = [...new Set(tasks.map((t) => t.source.startLine))].sort((a, b) => a - b);
  const taskStarts = new Set(starts);
  const covered = new Uint8Array(lines.length + 2);
  for (const task of tasks) for (let l = task.source.startLine; l <= Math.min(task.source.endLine, lines.length); l++) covered[l] = 1;
  return tasks.map((task) => {
    const { startLine, endLine } = task.source;
    const nextStart = starts.find((s) => s > endLine) ?? lines.length + 1;
    const innermost = extents.filter((e) => within(startLine, e.start, e.end)).reduce((end, e) => Math.min(end, e.end), lines.length);
    const limit = Math.min(nextStart - 1, innermost, lines.length);
    const own = markerOf(lines[startLine - 1] ?? '');
    let last = endLine;
    for (let l = endLine + 1; l <= limit; l++) {
      const text = lines[l - 1]!;
      if (covered[l]) break;
      const marker = markerOf(text);
      // A row number or group numeral alone is furniture to the accounting, but it opens another row here.
      if (marker?.rank === 0) break;
      if (marker === null && (isFurniture(text) || isCaptionLine(text))) continue;
      if (isHeadingBlock(lines, l, taskStarts) || !isUnder(marker, own) || CLOSING.test(fold(text.trim()))) break;
      last = l;
    }
    return last === endLine ? task : { ...task, source: { ...task.source, endLine: last } };
  });
}

/**
 * The first closing line at or after a given line (the plan's summing-up, recipients, signature).
 * Each line is folded and tested once, whatever the number of sections and appendices asking.
 */
function closingLines(lines: string[]): (from: number) => number | null {
  const next = new Array<number | null>(lines.length + 2).fill(null);
  for (let l = lines.length; l >= 1; l--) next[l] = CLOSING.test(fold(lines[l - 1]!.trim())) ? l : next[l + 1]!;
  return (from) => next[Math.max(1, from)] ?? null;
}

function report(
  start: number,
  end: number,
  region: Region,
  extents: ReturnType<typeof sectionExtents>,
  lines: string[],
  file: VFile,
): void {
  const section = extents.filter((e) => within(start, e.start, e.end)).at(-1);
  const where = section ? `section ${section.path}` : region.where;
  const text = lines
    .slice(start - 1, end)
    .join(' ')
    .trim();
  // A sentence ending in a colon introduces what follows it ("… triển khai thực hiện các nhiệm vụ sau:").
  const leadIn = /:\s*$/u.test(text);
  const [reason, ruleId, severity] = region.tasksElsewhere
    ? (["the plan's tasks are read from its task tables", 'plan-lines-described', 'info'] as const)
    : leadIn
      ? (['a lead-in to the tasks below it', 'plan-lines-lead-in', 'info'] as const)
      : ([start === end ? 'no reader read it as a task' : 'no reader read them as a task', 'plan-lines-unread', 'warning'] as const);
  const range = start === end ? `line ${start}` : `lines ${start}–${end}`;
  const message = `${range} of ${where} ${start === end ? 'is' : 'are'} in no task: ${reason}`;
  const place = { start: { line: start, column: 1 }, end: { line: end, column: 1 } };
  if (severity === 'info') file.info(message, { place, ruleId, source: 'extract' });
  else file.message(message, { place, ruleId, source: 'extract' });
}
