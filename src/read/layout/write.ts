// Pages of boxes → the Markdown the pipeline reads (the form a .docx takes, read/docx.ts):
// a paragraph a line with a blank line after it, wholly bold ones as `**…**`, a table row a line
// of tab-separated cells (several paragraphs of a cell as <p>…</p>). Every line remembers its
// page and its line on the page, which the document's source spans report, and, for OCR'd words,
// each of its tokens' confidence (read/token-confidences.ts).
import type { PagePlace } from '../types.js';
import type { TokenConfidences } from '../token-confidences.js';
import { lineConfidences } from './confidences.js';
import { median, type PageBoxes, type Run } from './geometry.js';
import { columnSegments, joinLines, paragraphs, visualLines, type VisualLine } from './lines.js';
import { continuesCutRow, joinRowParts, repeatsHead, sameColumns, type OpenTable } from './page-breaks.js';
import { ruledTables, type Table } from './tables.js';
import { borderlessTables, tableAtPageEdge } from './borderless.js';
import { escapeHtml, escapeLineStart } from '../markdown.js';

type Block =
  { kind: 'paragraph'; y0: number; lines: VisualLine[] } | { kind: 'row'; y0: number; cells: string[][]; runs: Run[][]; table: Table };

export interface Written {
  text: string;
  places: Array<PagePlace | null>;
  /** Per line: its tokens' OCR confidences; absent when no run had one (a PDF's text layer). */
  confidences?: TokenConfidences;
}

/** The open table, with the page, the index of its last row's line and that row's cells. */
type WrittenTable = OpenTable & { page: number; line: number; cells: string[][]; runs: Run[][] };

export interface WriteOptions {
  /**
   * A table's row cut by a page break written as one row, its header row printed again on the
   * next page dropped (page-breaks.ts).
   */
  joinPageBreaks?: boolean;
  /** Tables drawn without borders found from their aligned columns (borderless.ts). */
  borderlessTables?: boolean;
}

export function writeMarkdown(pages: PageBoxes[], options: WriteOptions = {}): Written {
  const lines: string[] = [];
  const places: Array<PagePlace | null> = [];
  const confidences: Array<number[] | null> = [];
  let previous: Block['kind'] | null = null;
  // The table the last line written is a row of, and the index of that line.
  let open = null as WrittenTable | null;
  const laid = pages.map((page) => pageTables(page, options));
  if (options.borderlessTables) unruledAcrossPages(laid);
  pages.forEach((page, index) => {
    const lineOfY = pageLineNumbers(page);
    // Until a block other than a repeated header row is written on this page.
    let pageTop = true;
    for (const block of pageBlocks(page, laid[index]!)) {
      if (
        block.kind === 'row' &&
        options.joinPageBreaks &&
        open &&
        pageTop &&
        open.page < page.page &&
        sameColumns(open.table, block.table, page.unit)
      ) {
        if (repeatsHead(block.cells, open)) continue;
        pageTop = false;
        if (continuesCutRow(block.cells, block.table, open, page.unit)) {
          // The row keeps the place where it starts, on the page before.
          open.cells = joinRowParts(open.cells, block.cells);
          // Cell by cell, the part above the break is written first.
          open.runs = open.runs.map((runs, i) => [...runs, ...(block.runs[i] ?? [])]);
          open.rows[open.rows.length - 1] = open.cells;
          open.table = block.table;
          open.page = page.page;
          lines[open.line] = rowLine(open.cells);
          confidences[open.line] = lineConfidences(lines[open.line]!, open.runs.flat());
          continue;
        }
      }
      pageTop = false;
      // Rows of one table stay together, across a page break too.
      if (previous === 'row' && block.kind !== 'row') push('', null, []);
      const place = { page: page.page, line: lineOfY(block.y0) };
      if (block.kind === 'row') {
        const at = { table: block.table, page: page.page, line: lines.length, cells: block.cells, runs: block.runs };
        const same = open && (open.table === block.table || sameColumns(open.table, block.table, page.unit)) ? open : null;
        open = same ? { ...same, ...at, rows: [...same.rows, block.cells] } : { ...at, head: block.cells, rows: [block.cells] };
        push(rowLine(block.cells), place, block.runs.flat());
      } else {
        open = null;
        push(
          paragraphLine(block.lines),
          place,
          block.lines.flatMap((l) => l.runs),
        );
        push('', null, []);
      }
      previous = block.kind;
    }
  });
  const text = lines.join('\n') + '\n';
  return confidences.some((c) => c !== null) ? { text, places, confidences } : { text, places };

  function push(line: string, place: PagePlace | null, runs: Run[]) {
    lines.push(line);
    places.push(place);
    confidences.push(lineConfidences(line, runs));
  }
}

/** A page's tables, ruled and (when asked) unruled, and the runs outside them. */
interface PageTables {
  tables: Table[];
  /** The unruled ones among them. */
  unruled: Table[];
  rest: Run[];
}

function pageTables(page: PageBoxes, options: WriteOptions): PageTables {
  const ruled = ruledTables(page.runs, page.rules, page.unit);
  if (!options.borderlessTables) return { tables: ruled.tables, unruled: [], rest: ruled.rest };
  // Page numbers are no part of a table's columns.
  const furniture = new Set(
    visualLines(ruled.rest)
      .filter((l) => isPageFurniture(l, page))
      .flatMap((l) => l.runs),
  );
  const unruled = borderlessTables(ruled.rest.filter((r) => !furniture.has(r)));
  return { tables: [...ruled.tables, ...unruled.tables], unruled: unruled.tables, rest: unruled.rest };
}

/**
 * An unruled table that a page break cuts: the lines at the foot of a page (a header row, the
 * first row) and at the top of the next (the rest of a row) that keep to the columns of the
 * table found on the other page are rows of it too.
 */
function unruledAcrossPages(laid: PageTables[]): void {
  const byTop = (a: Table, b: Table) => a.y0 - b.y0;
  for (let i = 0; i + 1 < laid.length; i++) {
    const page = laid[i]!;
    const next = laid[i + 1]!;
    const nextFirst = [...next.unruled].sort(byTop)[0];
    if (nextFirst) add(page, 'bottom', nextFirst.columns, false);
    const last = [...page.unruled].sort(byTop).pop();
    // Nothing under the table but page furniture: the page break may have cut its last row.
    if (last) add(next, 'top', last.columns, !page.rest.some((r) => r.y0 >= last.y1));
  }

  function add(page: PageTables, edge: 'top' | 'bottom', columns: number[], touching: boolean) {
    // Only lines beyond every table of the page, on the side of the break.
    const bound =
      edge === 'bottom' ? Math.max(-Infinity, ...page.tables.map((t) => t.y1)) : Math.min(Infinity, ...page.tables.map((t) => t.y0));
    const beyond = (r: Run) => (edge === 'bottom' ? r.y0 > bound : r.y1 < bound);
    const found = tableAtPageEdge(page.rest.filter(beyond), columns, edge, touching);
    if (!found.table) return;
    const used = new Set(page.rest.filter(beyond).filter((r) => !found.rest.includes(r)));
    page.tables.push(found.table);
    page.unruled.push(found.table);
    page.rest = page.rest.filter((r) => !used.has(r));
  }
}

function pageBlocks(page: PageBoxes, { tables, rest }: PageTables): Block[] {
  const lines = columnSegments(visualLines(rest)).filter((l) => !isPageFurniture(l, page));
  const rightEdge = lines.length ? Math.max(...lines.map((l) => l.x1)) : page.width;
  // Lines split into segments (two header columns, cells of an unruled table) read left to right.
  const ordered = lines.sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0);
  const blocks: Block[] = [];
  for (const group of splitAtTables(
    ordered,
    tables.map((t) => t.y0),
  )) {
    blocks.push(...paragraphs(group, rightEdge).map((ls) => ({ kind: 'paragraph' as const, y0: ls[0]!.y0, lines: ls })));
  }
  for (const table of tables)
    blocks.push(...table.rows.map((row) => ({ kind: 'row' as const, y0: row.y0, cells: row.cells, runs: row.runs, table })));
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

/** A page number alone in the top or bottom margin ("2", "- 2 -", "Trang 2", "2/5"). */
function isPageFurniture(line: VisualLine, page: PageBoxes): boolean {
  const margin = page.height * 0.08;
  return (
    (line.y1 < margin || line.y0 > page.height - margin) && /^(?:-\s*)?(?:trang\s+)?\d{1,3}(?:\s*\/\s*\d{1,3})?(?:\s*-)?$/iu.test(line.text)
  );
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
