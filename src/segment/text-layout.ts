// Plain or OCR'd text → layout lines. A Markdown pipe table inside a text file
// ("| STT | Nội dung | … |" over "| --- | --- |") is a table all the same: its rows are rows, and
// so are a table's laid out at character columns (`pdftotext -layout`: ./column-text.ts), a row a
// layout line over the input lines its cells are on.
import type { LayoutLine } from '../read/layout-line.js';
import { cellItems, splitTabRow, tabRowOverLimit } from './tab-row.js';
import { columnTables } from './column-text.js';

const PIPE_ROW = /^\s*\|.*\|\s*$/u;
const PIPE_DELIMITER = /^\s*\|(?:\s*:?-{3,}:?\s*\|)+\s*$/u;

export function textLayout(text: string): LayoutLine[] {
  const raw = text.split(/\r?\n/);
  const piped = raw.some((line) => PIPE_DELIMITER.test(line));
  const lines = raw.map((raw, index) => {
    if (piped && PIPE_ROW.test(raw)) return pipeRow(raw, index + 1);
    const tabLed = raw.startsWith('\t');
    const body = raw.replace(/\u00a0/g, ' ');
    const line: LayoutLine = { line: index + 1, text: body.trim(), tabLed, emphasis: false };
    // A line with several tab-separated cells that does not start with a tab is a whole table row.
    if (!tabLed && (body.match(/\t/g)?.length ?? 0) >= 2) {
      line.cells = splitTabRow(body);
      const overLimit = tabRowOverLimit(body);
      if (overLimit) line.overLimit = overLimit;
    }
    return line;
  });
  return piped ? lines : withColumnTables(raw, lines);
}

/** The lines of column-aligned tables replaced by their rows, each at its first line. */
function withColumnTables(raw: string[], lines: LayoutLine[]): LayoutLine[] {
  // Tab-separated rows are read as such; a text that has them is not laid out at columns.
  if (lines.some((l) => l.cells)) return lines;
  const tables = columnTables(raw);
  if (!tables.length) return lines;
  const taken = new Set(tables.flatMap((t) => [...t.lines]));
  const rows: LayoutLine[] = tables.flatMap((t) =>
    t.rows.map((row) => {
      const line: LayoutLine = {
        line: row.start + 1,
        text: row.cells
          .map((items) => items.join(' '))
          .join(' ')
          .replace(/\s+/gu, ' ')
          .trim(),
        tabLed: false,
        emphasis: false,
      };
      // A group row ("II  <group title>") is a heading between rows, no task.
      if (row.kind !== 'group') line.cells = row.cells;
      if (row.end > row.start) line.endLine = row.end + 1;
      return line;
    }),
  );
  return [...lines.filter((l) => !taken.has(l.line - 1)), ...rows].sort((a, b) => a.line - b.line);
}

/** One row of a pipe table: its cells' items; the delimiter row is a row of no text. */
function pipeRow(raw: string, line: number): LayoutLine {
  if (PIPE_DELIMITER.test(raw)) return { line, text: '', tabLed: false, emphasis: false };
  const cells = raw
    .trim()
    .slice(1, -1)
    .split(/(?<!\\)\|/u)
    .map((cell) => cellItems(cell.replace(/\\\|/gu, '|')));
  return {
    line,
    text: cells
      .map((items) => items.join(' '))
      .join(' ')
      .trim(),
    tabLed: false,
    emphasis: false,
    cells,
  };
}
