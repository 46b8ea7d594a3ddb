// CSV through fast-csv: one row a task (or target …), RFC 4180 quoting,
// optional UTF-8 BOM so that Excel reads Vietnamese as UTF-8, every cell as a
// spreadsheet must show it (spreadsheet.ts).
import { writeToString } from 'fast-csv';
import type { CchcDocument } from '../schema/document.js';
import { spreadsheetRows } from './spreadsheet.js';
import { tableRows, type Cell, type TableName } from './tables.js';

export interface CsvOptions {
  table?: TableName;
  bom?: boolean;
  /** Add a source_file column (default: when there are several documents). */
  withSource?: boolean;
}

export async function toCsv(docs: CchcDocument | CchcDocument[], options: CsvOptions = {}): Promise<string> {
  const list = Array.isArray(docs) ? docs : [docs];
  return csvText(tableRows(options.table ?? 'tasks', list, options.withSource), options.bom ?? false);
}

/** Rows (header first) as CSV text. */
export async function csvText(rows: Cell[][], bom: boolean): Promise<string> {
  const body = await writeToString(spreadsheetRows(rows), { quoteColumns: false, includeEndRowDelimiter: true });
  return (bom ? '\uFEFF' : '') + body;
}
