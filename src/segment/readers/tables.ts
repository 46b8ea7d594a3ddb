// The table readers in precedence order, for an appendix's lines: the first that recognises its
// table reads it. In clean text the OCR readers never run (../ocr/evidence.ts); in an OCR'd
// document they come first, a ruled table OCR'd across the page before them all (its header names
// two columns on one line, which a clean table flattened one cell per line never does), and only
// where the layout gives no rows of its own (pipe or tab cells), which the last two read. A table
// printed one cell a block without row numbers (./cell-blocks.ts) is read as printed in text
// that shows no OCR evidence; where it does, the OCR readers read it with their repairs.
import type { Row } from '../../tree/types.js';
import { flatTable } from './flat-table.js';
import { cellBlocks } from './cell-blocks.js';
import { ocrInterleaved, ocrParTable, ocrRuledTable } from './ocr-tables.js';
import { tabCells, tabLedCells } from './table-rows.js';
import type { LayoutReader, ReaderContext } from './reader.js';

export const TABLE_READERS: LayoutReader[] = [ocrRuledTable, flatTable, cellBlocks, ocrParTable, ocrInterleaved, tabCells, tabLedCells];
/** In a document the OCR left its marks in, a table an OCR reader recognises is its own (seed 000's appendix 04 reads as a flat table of garbled rows). */
const OCRD_READERS: LayoutReader[] = [ocrRuledTable, ocrParTable, ocrInterleaved, flatTable, tabCells, tabLedCells];

export interface ReadTable {
  reader: string;
  rows: Row[];
}

/**
 * A ruled table read across whose rows the ruled reader could not open (no number, no cell
 * opening it trusts on their first lines) reads as the interleaved reader finds its rows, where
 * that finds many more: from their sentences and side cells opening together, or their numbers.
 */
const FEWER_ROWS = 2 / 3;

export function readTable(context: ReaderContext): ReadTable {
  for (const reader of context.ocrFirst ? OCRD_READERS : TABLE_READERS) {
    if (reader.recognise(context) < 1) continue;
    const rows = reader.read(context);
    if (reader === ocrRuledTable && ocrInterleaved.recognise(context) >= 1) {
      const interleaved = ocrInterleaved.read(context);
      if (rows.length < FEWER_ROWS * interleaved.length && interleaved.length - rows.length >= 2)
        return { reader: ocrInterleaved.name, rows: interleaved };
    }
    if (rows.length || reader !== flatTable) return { reader: reader.name, rows };
  }
  return { reader: context.lines.some((l) => l.cells) ? tabCells.name : tabLedCells.name, rows: [] };
}
