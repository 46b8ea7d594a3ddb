// T1 printed one cell a block (LAYOUTS.md §4) without its number column: each header cell a
// short block between blank lines ("Nội dung thực hiện" ⏎ ⏎ "Đơn vị chủ trì" ⏎ ⏎ "Thời hạn hoàn" ⏎
// "thành"), then each row's cells as blocks in the header's order, empty cells left out:
//   <task text, wrapped …> ⏎ ⏎ <Agency> ⏎ ⏎ <deadline> ⏎ ⏎ <task text …> ⏎ ⏎ <Agency> …
// A ruled table read by an OCR that keeps the diacritics (tesseract with Vietnamese: no stray
// marks, nothing to correct, so the text reads as clean) prints this shape, the narrow number
// column lost; so does a PDF's text taken without its layout (pdftotext without -layout), a
// block a cell. Rows open at a task-text block, the header's column cycle starting again
// (../ocr/ruled-blocks.ts), or at a row number alone in its block where the numbers survive.
// A page's header printed again is left out; a cell the page broke goes on below it.
// The text is taken as printed (no respelling): in a document with the OCR's evidence the OCR
// readers (./ocr-tables.ts) read the same shape with their repairs, and this reader stands aside.
import { leadGoingOn } from '../ocr/lead-going-on.js';
import type { Row } from '../../tree/types.js';
import type { LayoutLine } from '../../read/layout-line.js';
import { fold } from '../../vietnamese/fold.js';
import { cellByCellHeaderAt, findHeader, type Column } from '../ocr/ruled-header.js';
import { blockRows, blocksOf, readsCellByCell, type Block } from '../ocr/ruled-blocks.js';
import { hasRowsOfItsOwn, row, type LayoutReader } from './reader.js';

const NAME = 'cell-blocks';
// A row's number alone in its block: "1", "2.", "3.1".
const ROW_NUMBER = /^(\d{1,3}(?:\.\d{1,2}){0,2})\.?$/u;
// What ends the table: the recipients list or a signature block.
const TABLE_END = /^(?:noi nhan|tm\.|kt\.)/u;

export const cellBlocks: LayoutReader = {
  name: NAME,
  family: 'T1',
  recognise: (context) => (context.ocrd !== true && !hasRowsOfItsOwn(context.lines) && findTable(context.lines) ? 1 : 0),
  read: (context) => {
    const table = findTable(context.lines);
    return table ? readRows(table) : [];
  },
};

interface Table {
  columns: Column[];
  blocks: Block[];
}

/** The header read one cell a block, naming the task text and an agency column, and a body read the same way; else null. */
function findTable(lines: LayoutLine[]): Table | null {
  const end = lines.findIndex((l) => TABLE_END.test(fold(l.text)));
  const table = end < 0 ? lines : lines.slice(0, end);
  const texts = table.map((l) => l.text);
  const header = findHeader(texts);
  if (!header?.cellByCell) return null;
  const columns = header.columns.filter((c) => c !== 'stt');
  if (!columns.includes('content') || !columns.includes('lead')) return null;
  const blocks = pages(table, header.end, header.furniture, texts);
  return readsCellByCell(blocks, true) ? { columns, blocks } : null;
}

/**
 * The body's blocks, page by page: a page's header printed again (one column a block, or named
 * across a line) is left out, and a block opening in lower case below it goes on the cell above.
 */
function pages(lines: LayoutLine[], from: number, furniture: ReadonlySet<number>, texts: string[]): Block[] {
  const blocks: Block[] = [];
  let start = from;
  const take = (to: number) => {
    const part = blocksOf(lines.slice(start, to).filter((_, i) => !furniture.has(i + start)));
    const first = part[0];
    const above = blocks.at(-1);
    if (first && above && /^\p{Ll}/u.test(first.text)) {
      blocks[blocks.length - 1] = { lines: [...above.lines, ...first.lines], text: `${above.text} ${first.text}` };
      part.shift();
    }
    blocks.push(...part);
  };
  for (let at = from + 1; at < lines.length; at++) {
    const below = cellByCellHeaderAt(texts, at);
    if (below === null) continue;
    take(at);
    start = below;
    at = below - 1;
  }
  take(lines.length);
  return blocks;
}

function readRows(table: Table): Row[] {
  // Row numbers alone in their blocks: each opens the row of the block after it.
  const numbered = new Map<LayoutLine, string>();
  const blocks = table.blocks.filter((block, k) => {
    const number = block.lines.length === 1 ? block.text.match(ROW_NUMBER)?.[1] : undefined;
    const next = table.blocks[k + 1];
    if (number && next) numbered.set(next.lines[0]!, number);
    return !number;
  });
  const rows = blockRows(blocks, table.columns);
  // Where the numbers survive, a row opens only at one: a block the cycle took for a task text goes on the row above.
  const merged: typeof rows = [];
  for (const r of rows) {
    const last = merged.at(-1);
    if (numbered.size >= 2 && last && !numbered.has(r.lines[0]!)) {
      for (const [column, texts] of r.cells) last.cells.set(column, [...(last.cells.get(column) ?? []), ...texts]);
      last.lines.push(...r.lines);
    } else merged.push(r);
  }
  let previous = 0;
  return merged.flatMap((r) => {
    const text = (column: Column) => (r.cells.get(column) ?? []).join(' ').replace(/\s+/gu, ' ').trim();
    const content = text('content');
    if (!content) return [];
    const ordinal = numbered.get(r.lines[0]!) ?? String(previous + 1);
    previous = Number.parseInt(ordinal, 10) || previous + 1;
    // A lead name wrapped over blocks, its later blocks taken for the cooperating cell's, is one item again.
    const lead = r.cells.get('lead') ?? [];
    const going = leadGoingOn(lead.length ? [lead.at(-1)!] : [], r.cells.get('cooperating') ?? []);
    const leadItems = going.moved ? [...lead.slice(0, -1), going.lead.join(' ').replace(/\s+/gu, ' ')] : lead;
    return [
      row(NAME, {
        ordinal,
        content,
        lead: leadItems,
        cooperating: going.cooperating,
        // The blocks given back to the lead were a guess of where its name ends: the row is less sure.
        ...(going.moved ? { confidence: 0.9 } : {}),
        deadline: text('deadline') || null,
        products: r.cells.get('products') ?? [],
        startLine: r.lines[0]!.line,
        endLine: r.lines.at(-1)!.endLine ?? r.lines.at(-1)!.line,
      }),
    ];
  });
}
