// Pages of boxes → the Markdown the pipeline reads (the form a .docx takes, read/docx.ts):
// a paragraph a line with a blank line after it, wholly bold ones as `**…**`, a table row a line
// of tab-separated cells (several paragraphs of a cell as <p>…</p>). Every line remembers its
// page and its line on the page, which the document's source spans report.
import type { PagePlace } from '../types.js';
import { median, type PageBoxes } from './geometry.js';
import { joinLines, paragraphs, segments, visualLines, type VisualLine } from './lines.js';
import { ruledTables } from './tables.js';
import { escapeHtml, escapeLineStart } from '../markdown.js';

type Block =
  | { kind: 'paragraph'; y0: number; lines: VisualLine[] }
  | { kind: 'row'; y0: number; cells: string[][] };

export interface Written {
  text: string;
  places: Array<PagePlace | null>;
}

export function writeMarkdown(pages: PageBoxes[]): Written {
  const lines: string[] = [];
  const places: Array<PagePlace | null> = [];
  let previous: Block['kind'] | null = null;
  for (const page of pages) {
    const lineOfY = pageLineNumbers(page);
    for (const block of pageBlocks(page)) {
      // Rows of one table stay together, across a page break too.
      if (previous === 'row' && block.kind !== 'row') push('', null);
      const place = { page: page.page, line: lineOfY(block.y0) };
      if (block.kind === 'row') push(rowLine(block.cells), place);
      else {
        push(paragraphLine(block.lines), place);
        push('', null);
      }
      previous = block.kind;
    }
  }
  return { text: lines.join('\n') + '\n', places };

  function push(line: string, place: PagePlace | null) {
    lines.push(line);
    places.push(place);
  }
}

function pageBlocks(page: PageBoxes): Block[] {
  const { tables, rest } = ruledTables(page.runs, page.rules, page.unit);
  const lines = visualLines(rest).flatMap(segments).filter((l) => !isPageFurniture(l, page));
  const rightEdge = lines.length ? Math.max(...lines.map((l) => l.x1)) : page.width;
  // Lines split into segments (two header columns, cells of an unruled table) read left to right.
  const ordered = lines.sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0);
  const blocks: Block[] = [];
  for (const group of splitAtTables(ordered, tables.map((t) => t.y0))) {
    blocks.push(...paragraphs(group, rightEdge).map((ls) => ({ kind: 'paragraph' as const, y0: ls[0]!.y0, lines: ls })));
  }
  for (const table of tables) blocks.push(...table.rows.map((row) => ({ kind: 'row' as const, y0: row.y0, cells: row.cells })));
  return blocks.sort((a, b) => a.y0 - b.y0);
}

/** Lines cut into runs that a table between them separates (no paragraph spans a table). */
function splitAtTables(lines: VisualLine[], tableTops: number[]): VisualLine[][] {
  const groups: VisualLine[][] = [[]];
  let next = [...tableTops].sort((a, b) => a - b);
  for (const line of lines) {
    if (next.length && line.y0 > next[0]!) {
      groups.push([]);
      next = next.filter((y) => y >= line.y0);
    }
    groups[groups.length - 1]!.push(line);
  }
  return groups.filter((g) => g.length);
}

/** A page number alone in the top or bottom margin ("2", "- 2 -", "Trang 2"). */
function isPageFurniture(line: VisualLine, page: PageBoxes): boolean {
  const margin = page.height * 0.08;
  return (line.y1 < margin || line.y0 > page.height - margin) && /^(?:-\s*)?(?:trang\s+)?\d{1,3}(?:\s*-)?$/iu.test(line.text);
}

/** 1-based line on the page for a y: visual lines of every run on the page, counted from the top. */
function pageLineNumbers(page: PageBoxes): (y: number) => number {
  const tops = visualLines(page.runs).map((l) => l.y0);
  const size = median(page.runs.map((r) => r.size)) || 10;
  return (y) => {
    const index = tops.findIndex((top) => top >= y - size * 0.3);
    return index < 0 ? Math.max(1, tops.length) : index + 1;
  };
}

function paragraphLine(lines: VisualLine[]): string {
  const text = joinLines(lines);
  return lines.every((l) => l.bold) ? `**${text}**` : escapeLineStart(text);
}

function rowLine(cells: string[][]): string {
  const written = cells.map((paras) => (paras.length === 1 ? escapeHtml(paras[0]!) : paras.map((p) => `<p>${escapeHtml(p)}</p>`).join('')));
  // The Markdown layout takes a line with two tabs or more for a table row.
  while (written.length < 3) written.push('');
  return written.join('\t');
}
