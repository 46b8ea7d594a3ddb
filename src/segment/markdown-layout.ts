// Markdown → layout lines, through remark-parse: the mdast gives each line its
// plain text (emphasis markers gone) and tells which lines are headings or wholly
// bold/italic. Lines holding tab-separated cells are table rows, read from the
// raw source (remark would take "1.\t…" for a list item); GFM pipe tables
// ("| TT | Nội dung | … |") are rows too, read through remark-gfm.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Nodes, Root as MdastRoot, TableCell } from 'mdast';
import type { LayoutLine } from '../read/layout-line.js';
import { cellItems, cellOverLimit, splitTabRow, tabRowOverLimit } from './tab-row.js';

const markdownParser = unified().use(remarkParse);
// remark-gfm costs two to three times the parse; only pipe tables need it here.
const gfmParser = unified().use(remarkParse).use(remarkGfm);
const PIPE_TABLE_DELIMITER = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+\|?\s*$/mu;

interface Piece {
  text: string;
  emphasis: boolean;
}

/** Which of a document's prose lines (0-based) are taken as their own text instead of given to remark. */
export type PlainLineChoice = (proseLines: string[]) => Set<number>;

export const markdownLayout = (text: string): LayoutLine[] => layoutMarkdown(text, plainParagraphLines);

/**
 * The layout lines of `text`, sparing remark the lines `choosePlain` picks. Invariant: the lines are
 * the same for every choice that picks only plain paragraphs (plainParagraphLines picks those; the
 * tests compare it with picking none).
 */
export function layoutMarkdown(text: string, choosePlain: PlainLineChoice): LayoutLine[] {
  const raw = text.split(/\r?\n/);
  const pieces = new Map<number, Piece[]>();
  const add = (line: number, piece: Piece) => {
    const list = pieces.get(line) ?? [];
    list.push(piece);
    pieces.set(line, list);
  };
  const tableRows = new Map<number, string[][]>();
  // Lines read as plain text, not given to remark (or a cell not read as HTML): why, by line.
  const overLimit = new Map<number, string>();
  // A pipe-table cell as written (markup and <br> inside it read by cellItems).
  // `offset`: lines before the stretch remark was given (see remarkStretches).
  let offset = 0;
  const cellSource = (cell: TableCell) => {
    const at = cell.position;
    if (!at) return '';
    return stripInline(raw[offset + at.start.line - 1]!.slice(at.start.column - 1, at.end.column - 1).replace(/^\|?\s*|\s*\|?$/gu, ''));
  };
  const walk = (node: Nodes, emphasis: boolean) => {
    if (node.type === 'tableRow' && node.position) {
      const sources = node.children.map(cellSource);
      tableRows.set(offset + node.position.start.line, sources.map(cellItems));
      const limit = sources.map(cellOverLimit).find((r) => r !== null);
      if (limit) overLimit.set(offset + node.position.start.line, limit);
      return;
    }
    const strong = emphasis || node.type === 'strong' || node.type === 'emphasis' || node.type === 'heading';
    if ((node.type === 'text' || node.type === 'inlineCode' || node.type === 'html') && node.position) {
      const value = node.type === 'html' ? '' : node.value;
      value.split('\n').forEach((part, i) => add(offset + node.position!.start.line + i, { text: part, emphasis: strong }));
      return;
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes, strong);
  };
  // Table rows are read from the raw lines below; blanking them keeps remark's
  // work (and its line numbers) to the prose. Plain paragraphs are their own text
  // (see plainParagraphLines): remark is given a placeholder line for each, "x", which
  // still is a paragraph where it stands (a blank line instead would not close a list
  // before it, and an indented line after it would then read as the list's).
  const proseLines = raw.map((line) => ((line.match(/\t/g)?.length ?? 0) >= 2 ? '' : line));
  const plain = choosePlain(proseLines);
  // A line remark would take more than linear time over (or overflow its stack on) is its own plain text.
  proseLines.forEach((line, index) => {
    const limit = proseOverLimit(line);
    if (!limit) return;
    overLimit.set(index + 1, limit.reason);
    proseLines[index] = stripInline(limit.text);
    plain.add(index);
  });
  const given = proseLines.map((line, index) => (plain.has(index) ? 'x' : line));
  for (const [from, to] of remarkStretches(given)) {
    const prose = given.slice(from, to).join('\n');
    const parser = PIPE_TABLE_DELIMITER.test(prose) ? gfmParser : markdownParser;
    offset = from;
    walk(parser.parse(prose) as MdastRoot, false);
  }
  for (const index of plain) pieces.set(index + 1, [{ text: proseLines[index]!, emphasis: false }]);

  const lines: LayoutLine[] = [];
  raw.forEach((source, index) => {
    const line = index + 1;
    const pipeRow = tableRows.get(line);
    const limit = overLimit.get(line);
    const limited = limit ? { overLimit: limit } : {};
    if (pipeRow) {
      lines.push({
        line,
        text: pipeRow
          .map((items) => items.join(' '))
          .join(' ')
          .trim(),
        tabLed: false,
        emphasis: false,
        cells: pipeRow,
        ...limited,
      });
      return;
    }
    const tabs = source.match(/\t/g)?.length ?? 0;
    if (tabs >= 2) {
      const rowLimit = tabRowOverLimit(stripInline(source));
      lines.push({
        line,
        text: stripInline(source.replace(/<[^>]+>/g, ' ')).trim(),
        tabLed: false,
        emphasis: false,
        cells: splitTabRow(stripInline(source)),
        ...(rowLimit ? { overLimit: rowLimit } : {}),
      });
      return;
    }
    const parts = pieces.get(line) ?? [];
    const joined = parts.map((p) => p.text).join('');
    const emphasis = parts.length > 0 && parts.filter((p) => p.text.trim()).every((p) => p.emphasis);
    // "**II. …****1. …**": two headings glued together stay two lines.
    for (const piece of joined.split('****')) {
      lines.push({ line, text: piece.replace(/\s+$/u, '').trim(), tabLed: source.startsWith('\t'), emphasis, ...limited });
    }
  });
  return lines;
}

/**
 * What remark is given at most: its cost grows faster than the input with the nesting of blocks
 * ("- - - … x", "> > > … x": a stack overflow at a few thousand) and on very long lines.
 */
const MAX_NESTING = 32;
const MAX_LINE = 20_000;
const BLOCK_MARKERS = /^(?:[ \t]*(?:[-*+>]|\d{1,9}[.)])(?=[ \t]|$)[ \t]*)+/u;

function proseOverLimit(line: string): { reason: string; text: string } | null {
  const markers = BLOCK_MARKERS.exec(line)?.[0];
  const depth = markers ? markers.match(/[-*+>]|\d{1,9}[.)]/gu)!.length : 0;
  if (depth > MAX_NESTING)
    return {
      reason: `${depth} nested list or quote markers (at most ${MAX_NESTING} are read as Markdown)`,
      text: line.slice(markers!.length),
    };
  if (line.length > MAX_LINE)
    return { reason: `a line of ${line.length} characters (at most ${MAX_LINE} are read as Markdown)`, text: line };
  return null;
}

/**
 * remark's time grows with the square of a long document (seed 003 repeated forty times: 7.5 s,
 * ten times: 0.8 s), so it is given stretches of about STRETCH_LINES lines, each cut where a
 * block starts afresh: after a blank line, before a line that does not continue a list by its
 * indentation. Line numbers are the stretch's own; the walk adds where the stretch starts.
 */
const STRETCH_LINES = 2000;

function remarkStretches(lines: string[]): Array<[number, number]> {
  const stretches: Array<[number, number]> = [];
  if (lines.some((line) => MULTI_BLOCK.test(line))) return [[0, lines.length]]; // fenced code or raw HTML may run across blank lines
  let from = 0;
  for (let i = from + STRETCH_LINES; i < lines.length; i++) {
    if (i - from < STRETCH_LINES || !BLANK.test(lines[i - 1]!) || BLANK.test(lines[i]!) || /^[ \t]/u.test(lines[i]!)) continue;
    stretches.push([from, i]);
    from = i;
  }
  stretches.push([from, lines.length]);
  return stretches;
}

const stripInline = (s: string) => s.replace(/\*\*|__/g, '').replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1');

// Anything that can make a line more than its own text in CommonMark or GFM: emphasis, code,
// HTML, links, escapes, entities, tables, strikethrough, setext underlines …
const MARKUP = /[*_`<>[\]!\\&|~=#]/;
// … and what a line may start with to open a block: indentation, list markers, rules.
const BLOCK_START = /^[\s\d+-]/;
// A blank line in Markdown: spaces and tabs only.
const BLANK = /^[ \t]*$/;
// Blocks that run across blank lines (fenced code, raw HTML): with one of these, remark reads everything.
const MULTI_BLOCK = /```|~~~|<[!?]|<(?:pre|script|style|textarea)\b/i;

/**
 * Lines of paragraphs that carry no Markdown at all, by index: remark would give each line as its
 * own text, without emphasis, so they need not be parsed (half of a decision's prose, typically).
 * Paragraphs are cut at blank lines; one marked-up line sends its whole paragraph to remark.
 */
function plainParagraphLines(lines: string[]): Set<number> {
  const plain = new Set<number>();
  if (lines.some((line) => MULTI_BLOCK.test(line))) return plain;
  let start = 0;
  for (let i = 0; i <= lines.length; i++) {
    if (i < lines.length && !BLANK.test(lines[i]!)) continue;
    const block = lines.slice(start, i);
    if (block.length && !block.some((line) => MARKUP.test(line) || BLOCK_START.test(line))) {
      for (let j = start; j < i; j++) plain.add(j);
    }
    start = i + 1;
  }
  return plain;
}
