// Plain or OCR'd text → layout lines. A Markdown pipe table inside a text file
// ("| STT | Nội dung | … |" over "| --- | --- |") is a table all the same: its rows are rows.
import type { LayoutLine } from '../read/layout-line.js';
import { cellItems, splitTabRow, tabRowOverLimit } from './tab-row.js';

const PIPE_ROW = /^\s*\|.*\|\s*$/u;
const PIPE_DELIMITER = /^\s*\|(?:\s*:?-{3,}:?\s*\|)+\s*$/u;

export function textLayout(text: string): LayoutLine[] {
  const raw = text.split(/\r?\n/);
  const piped = raw.some((line) => PIPE_DELIMITER.test(line));
  return raw.map((raw, index) => {
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
