// A Word file's document tree (mammoth's HTML, as hast) → its layout lines, and the Markdown text
// they are printed as. The lines are read from the tree: paragraphs (headings and wholly bold ones
// with emphasis), list items, and table rows whose cells keep their paragraphs and list items
// apart; merged cells are repeated down the rows and across the columns they cover, so columns
// never shift. The text is for people and provenance (source lines, restoration, the review page):
// line n of the text is the printout of layout line n. A row prints as ONE line of tab-separated
// cells, each cell as HTML (`<p>`, `<ul><li>`) when it holds more than one paragraph.
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { toText } from 'hast-util-to-text';
import type { LayoutLine } from './layout-line.js';
import { splitDashItems } from './cell-items.js';
import { escapeHtml, escapeLineStart } from './markdown.js';

export interface DocxLines {
  /** Markdown text, line n the printout of `lines[n - 1]`. */
  text: string;
  lines: LayoutLine[];
  /** Images in the document (a scanned page pasted into Word has no text). */
  images: number;
}

/** A line before it is numbered: its printout and what the segmenter reads of it. */
interface Printed {
  source: string;
  text: string;
  emphasis: boolean;
  cells?: string[][];
}

/** A table cell: its printout in a row, and its items. */
interface Cell {
  html: string;
  items: string[];
}

const BLANK: Printed = { source: '', text: '', emphasis: false };

export function docxLines(tree: HastRoot): DocxLines {
  const printed: Printed[] = [];
  let images = 0;
  for (const node of tree.children) {
    if (node.type !== 'element') continue;
    images += countImages(node);
    printed.push(...blockLines(node));
  }
  const text = printed.map((p) => p.source).join('\n') + '\n';
  // The text ends with a newline: its last line is an empty one, and a layout line too.
  const lines = [...printed, BLANK].map(({ source: _source, ...line }, index): LayoutLine => ({ line: index + 1, ...line, tabLed: false }));
  return { text, lines, images };
}

function blockLines(node: Element): Printed[] {
  const tag = node.tagName;
  if (tag === 'table') return [...tableRows(node).map(rowLine), BLANK];
  if (tag === 'ul' || tag === 'ol') {
    // Numbered items keep their number as text ("1\." is no Markdown list); bullets lose their dash.
    const items = listItems(node).map((item, i): Printed =>
      tag === 'ol'
        ? { source: `${i + 1}\\. ${item}`, text: `${i + 1}. ${item}`, emphasis: false }
        : { source: `- ${item}`, text: item, emphasis: false },
    );
    return [...items, BLANK];
  }
  const text = inline(node);
  if (!text) return [];
  const heading = /^h([1-6])$/.exec(tag);
  if (heading) return [{ source: `${'#'.repeat(Number(heading[1]))} ${text}`, text, emphasis: true }, BLANK];
  const bold = whollyBold(node);
  return [{ source: bold ? `**${text}**` : escapeLineStart(text), text, emphasis: bold }, BLANK];
}

/** A row: its cells' items; its text is the printed row as read, tab-separated. */
function rowLine(cells: Cell[]): Printed {
  const source = cells.map((c) => c.html).join('\t');
  return { source, text: printedWords(source, true).trim(), emphasis: false, cells: cells.map((c) => c.items) };
}

/**
 * What of a printed line its layout line holds, in order: a row's cells without their tags (each
 * a space) and with the escaped characters read; a paragraph or list item as printed (the Markdown
 * around it holds no word).
 */
export function printedWords(source: string, row: boolean): string {
  if (!row) return source;
  return source
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function tableRows(table: Element): Cell[][] {
  const rows = elements(table, 'tr');
  // Cells still to repeat from a rowspan above: column → [cell, rows left].
  const pending = new Map<number, [Cell, number]>();
  const empty: Cell = { html: '', items: [] };
  return rows.map((row) => {
    const cells: Cell[] = [];
    let column = 0;
    const fillPending = () => {
      while (pending.has(column)) {
        const [cell, left] = pending.get(column)!;
        cells.push(cell);
        if (left <= 1) pending.delete(column);
        else pending.set(column, [cell, left - 1]);
        column++;
      }
    };
    for (const td of row.children.filter(isElement).filter((c) => c.tagName === 'td' || c.tagName === 'th')) {
      fillPending();
      const cell = readCell(td);
      const colspan = Number(td.properties?.colSpan ?? 1) || 1;
      const rowspan = Number(td.properties?.rowSpan ?? 1) || 1;
      for (let k = 0; k < colspan; k++) {
        cells.push(k === 0 ? cell : empty);
        if (rowspan > 1) pending.set(column, [k === 0 ? cell : empty, rowspan - 1]);
        column++;
      }
    }
    fillPending();
    // A row has at least three cells (two tabs), as the Markdown layout wants of a printed row.
    while (cells.length < 3) cells.push(empty);
    return cells;
  });
}

/**
 * A cell's items (its paragraphs, list items, and the rows of a table inside it, each apart) and
 * its printout: one paragraph stays plain text, several keep `<p>`/`<ul><li>`.
 */
function readCell(cell: Element): Cell {
  const blocks = cell.children.filter(isElement);
  const parts: string[] = [];
  const items: string[] = [];
  for (const block of blocks) {
    if (block.tagName === 'ul' || block.tagName === 'ol') {
      const listed = listItems(block);
      parts.push(`<ul>${listed.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`);
      items.push(...listed);
    } else if (block.tagName === 'table') {
      for (const row of tableRows(block)) {
        parts.push(
          `<p>${escapeHtml(
            row
              .map((c) => c.html)
              .join('\t')
              .replace(/\t+/g, ' ')
              .trim(),
          )}</p>`,
        );
        items.push(row.flatMap((c) => c.items).join(' '));
      }
    } else {
      const text = inline(block);
      if (text) parts.push(`<p>${escapeHtml(text)}</p>`);
      items.push(text);
    }
  }
  if (!blocks.length) {
    parts.push(escapeHtml(inline(cell)));
    items.push(inline(cell));
  }
  const html = parts.length === 1 && parts[0]!.startsWith('<p>') ? parts[0]!.slice(3, -4) : parts.join('');
  return {
    html,
    items: items
      .map((i) => i.replace(/\s+/g, ' ').trim())
      .filter(Boolean)
      .flatMap(splitDashItems),
  };
}

function listItems(list: Element): string[] {
  return elements(list, 'li', false).flatMap((li) => {
    const nested = li.children.filter(isElement).filter((c) => c.tagName === 'ul' || c.tagName === 'ol');
    const own = inline({ ...li, children: li.children.filter((c) => !nested.includes(c as Element)) });
    return [own, ...nested.flatMap(listItems)].filter(Boolean);
  });
}

const isElement = (node: ElementContent): node is Element => node.type === 'element';
const clean = (text: string) =>
  text
    .replace(/[\t\r\n\u00a0]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
const inline = (node: Element) => clean(toText(node, { whitespace: 'normal' }));

/** Direct (or, with deep, any) descendants with this tag, not entering nested tables. */
function elements(node: Element, tag: string, deep = true): Element[] {
  const found: Element[] = [];
  for (const child of node.children) {
    if (!isElement(child)) continue;
    if (child.tagName === tag) found.push(child);
    else if (deep && child.tagName !== 'table') found.push(...elements(child, tag));
  }
  return found;
}

function whollyBold(node: Element): boolean {
  const texts = node.children.filter((c) => c.type !== 'text' || c.value.trim());
  return texts.length > 0 && texts.every((c) => isElement(c) && c.tagName === 'strong');
}

function countImages(node: Element): number {
  return (node.tagName === 'img' ? 1 : 0) + node.children.filter(isElement).reduce((n, c) => n + countImages(c), 0);
}
