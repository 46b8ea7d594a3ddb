// CSV through fast-csv: one row a task (or target …), RFC 4180 quoting,
// optional UTF-8 BOM so that Excel reads Vietnamese as UTF-8.
import { writeToString } from 'fast-csv';
import type { CchcDocument } from '../schema/document.js';
import { tableRows, type TableName } from './tables.js';

export interface CsvOptions {
  table?: TableName;
  bom?: boolean;
  /** Add a source_file column (default: when there are several documents). */
  withSource?: boolean;
}

export async function toCsv(docs: CchcDocument | CchcDocument[], options: CsvOptions = {}): Promise<string> {
  const list = Array.isArray(docs) ? docs : [docs];
  const rows = tableRows(options.table ?? 'tasks', list, options.withSource);
  const body = await writeToString(rows, { quoteColumns: false, includeEndRowDelimiter: true });
  return (options.bom ? '\uFEFF' : '') + body;
}
