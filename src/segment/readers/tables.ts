// The table readers in precedence order, for an appendix's lines: the first that recognises its
// table reads it. A ruled table OCR'd across the page first (its header names two columns on one
// line, which a clean table flattened one cell per line never does), then that clean table; the
// OCR readers only where the layout gives no rows of its own (pipe or tab cells), which the last
// two read.
import type { Row } from '../../tree/types.js';
import { flatTable } from './flat-table.js';
import { ocrInterleaved, ocrParTable, ocrRuledTable } from './ocr-tables.js';
import { tabCells, tabLedCells } from './table-rows.js';
import type { LayoutReader, ReaderContext } from './reader.js';

export const TABLE_READERS: LayoutReader[] = [ocrRuledTable, flatTable, ocrParTable, ocrInterleaved, tabCells, tabLedCells];

export interface ReadTable {
  reader: string;
  rows: Row[];
}

export function readTable(context: ReaderContext): ReadTable {
  for (const reader of TABLE_READERS) {
    if (reader.recognise(context) < 1) continue;
    const rows = reader.read(context);
    if (rows.length || reader !== flatTable) return { reader: reader.name, rows };
  }
  return { reader: context.lines.some((l) => l.cells) ? tabCells.name : tabLedCells.name, rows: [] };
}
