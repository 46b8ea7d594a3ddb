// The table readers in precedence order, for an appendix's lines: the first that recognises its
// table reads it. A clean table flattened one cell per line first; the OCR readers only where the
// layout gives no rows of its own (pipe or tab cells), which the last two read.
import type { Row } from '../../tree/types.js';
import { flatTable } from './flat-table.js';
import { ocrInterleaved, ocrParTable, ocrRuledTable } from './ocr-tables.js';
import { tabCells, tabLedCells } from './table-rows.js';
import type { LayoutReader, ReaderContext } from './reader.js';

export const TABLE_READERS: LayoutReader[] = [flatTable, ocrParTable, ocrRuledTable, ocrInterleaved, tabCells, tabLedCells];

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
