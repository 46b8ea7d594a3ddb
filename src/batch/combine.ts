// The combined outputs, built from the per-input JSON files in the order of
// their relative paths — so they are the same bytes whatever --jobs was and
// whether an input was converted now or in an earlier run:
//   csv:  one CSV per table of emit/tables.ts (tasks.csv, targets.csv, …), documents.ndjson
//   xlsx: tables.xlsx (sheets tasks, targets, documents), documents.ndjson
// Every row names its source file (the input's relative path).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { csvText } from '../emit/csv.js';
import { TABLE_NAMES, tableRows, type Cell, type TableName } from '../emit/tables.js';
import { DOCUMENT_HEADER, documentRow, toXlsx, type Sheets } from '../emit/xlsx.js';
import type { CchcDocument } from '../schema/document.js';
import { writeFileAtomic } from './atomic.js';
import { insideFolder } from './paths.js';
import type { Outcome } from './outcome.js';

export type CombinedFormat = 'csv' | 'xlsx';
export interface CombineOptions {
  format: CombinedFormat;
  bom: boolean;
}

// Whatever tables emit/tables.ts defines (tasks and targets first).
const TABLES: TableName[] = TABLE_NAMES;

/** Writes the combined outputs; returns their names. */
export async function writeCombined(outDir: string, outcomes: Outcome[], options: CombineOptions): Promise<string[]> {
  const tables = new Map<TableName, Cell[][]>(TABLES.map((t) => [t, [tableRows(t, [], true)[0]!]]));
  const documents: Cell[][] = [DOCUMENT_HEADER];
  const ndjson: string[] = [];
  for (const outcome of outcomes) {
    if (outcome.status === 'failed' || !outcome.output) {
      documents.push(documentRow(outcome.file, null, outcome.status, outcome.reason));
      continue;
    }
    const path = insideFolder(outDir, outcome.output);
    if (!path) throw new Error(`${outcome.file}: its output ${JSON.stringify(outcome.output)} is not a file inside ${outDir}`);
    const doc = JSON.parse(await readFile(path, 'utf8')) as CchcDocument;
    ndjson.push(JSON.stringify(doc) + '\n');
    for (const table of TABLES) tables.get(table)!.push(...tableRows(table, [doc], true).slice(1));
    documents.push(documentRow(outcome.file, doc, outcome.status));
  }
  await writeFileAtomic(join(outDir, 'documents.ndjson'), ndjson.join(''));
  if (options.format === 'xlsx') {
    const sheets: Sheets = { tasks: tables.get('tasks')!, targets: tables.get('targets')!, documents };
    const workbook = await toXlsx(sheets);
    await writeFileAtomic(join(outDir, 'tables.xlsx'), workbook);
    return ['tables.xlsx', 'documents.ndjson'];
  }
  for (const table of TABLES) {
    await writeFileAtomic(join(outDir, `${table}.csv`), await csvText(tables.get(table)!, options.bom));
  }
  return [...TABLES.map((t) => `${t}.csv`), 'documents.ndjson'];
}
