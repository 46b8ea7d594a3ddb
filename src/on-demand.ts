// The public API's functions that need a large dependency (exceljs for workbooks, piscina and
// cli-progress for batches, the review pages): each loads its module on its first call, so a
// program that imports the library for `parse` loads none of those packages. src/index.ts
// re-exports them; they live here, not in index.ts, so that the bundled CLI can take them without
// taking index.ts and every stage it imports (scripts/bundle-cli.ts, "doors").
import type { CchcDocument } from './schema/document.js';
import type { BatchOptions, BatchResult } from './batch/run.js';
import type { MergeResult } from './batch/merge.js';
import type { ArchivePagesResult } from './report/archive-pages.js';
import type { Outcome } from './batch/outcome.js';
import type { Sheets } from './emit/xlsx.js';

/** An Excel workbook of the documents' tables (sheets tasks, targets, documents, then the others). */
export async function toXlsx(input: CchcDocument[] | Sheets): Promise<Buffer> {
  return (await import('./emit/xlsx.js')).toXlsx(input);
}

/** Convert a whole archive on worker threads (see BatchOptions). */
export async function runBatch(options: BatchOptions): Promise<BatchResult> {
  return (await import('./batch/run.js')).runBatch(options);
}

/** Put the --out folders of several batch runs (the shards of one archive) together. */
export async function mergeRuns(dirs: string[], out: string): Promise<MergeResult> {
  return (await import('./batch/merge.js')).mergeRuns(dirs, out);
}

/** Review pages of a finished batch: <input>.html beside each JSON, and index.html. */
export async function writeArchivePages(out: string, inputs: string[], outcomes: readonly Outcome[]): Promise<ArchivePagesResult> {
  return (await import('./report/archive-pages.js')).writeArchivePages(out, inputs, outcomes);
}

/** The batch's progress displays (a bar on a terminal, lines otherwise, or none) and its duration format. */
export async function loadBatchProgress(): Promise<typeof import('./batch/progress.js')> {
  return import('./batch/progress.js');
}
