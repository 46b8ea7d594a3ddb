// The library's public API, and all the command line (src/cli/) may import.
//
// What needs a large dependency (exceljs for workbooks, piscina and cli-progress for batches) is
// exported as an async function that loads its module on first call: a program that imports this
// file for `parse` does not load those packages, and neither does a command of the bundled CLI that
// does not use them (esbuild keeps every module this file imports statically in each command's chunks).
import type { CchcDocument } from './schema/document.js';
import type { BatchOptions, BatchResult } from './batch/run.js';
import type { MergeResult } from './batch/merge.js';
import type { ArchivePagesResult } from './report/archive-pages.js';
import type { Outcome } from './batch/outcome.js';
import type { Sheets } from './emit/xlsx.js';

export { CchcError, messageOf, type CchcErrorCode, type CchcErrorOptions } from './errors.js';
export { parse, detectFormat, ParseError, type ParseOptions, type InputFormat } from './pipeline.js';
export {
  Restorer,
  diacriticShare,
  type RestorerOptions,
  type RestoreCallOptions,
  type RestoreMode,
  type RestoreResult,
  type RestoreDiagnostic,
} from './restore/index.js';
export { openRestorer } from './restore/open.js';
export { defaultRestorer, restore, restoreText } from './default-restorer.js';
export {
  decode,
  DecodeError,
  encodeLegacy,
  repairMisdecoded,
  canonicalEncoding,
  knownEncoding,
  LEGACY_ENCODINGS,
  type Decoded,
  type LegacyEncoding,
} from './decode/index.js';
export { convert, convert as convertDocument, convertInput, type ConvertOptions } from './convert.js';
export {
  readInput,
  inputKind,
  ReadError,
  engines,
  docxToMarkdown,
  type Read,
  type ReadDocument,
  type ReadFormat,
  type OcrOptions,
  type Engines,
  type TokenConfidences,
} from './read/index.js';
export { parseShard, type Shard } from './batch/shard.js';
export { InputError } from './batch/inputs.js';
export { writeFileAtomic } from './batch/atomic.js';
export type { BatchOptions, BatchResult, Report as BatchReport } from './batch/run.js';
export type { Progress } from './batch/progress.js';
export type { MergeResult } from './batch/merge.js';
export type { ArchivePagesResult } from './report/archive-pages.js';
export type { Outcome };
export { toJson, toNdjson, toCsv, TABLE_NAMES, type TableName, type CsvOptions } from './emit/index.js';
export { jsonSchema } from './schema/json-schema.js';
export { parseDeadline, type DeadlineContext } from './extract/deadline/index.js';
export { splitAgencies, lookupAgency, GAZETTEER, type GazetteerEntry } from './extract/agencies/index.js';
export { extractMetrics } from './extract/metrics.js';
export { extractCitations, type TextSpan } from './extract/citations.js';
export {
  renderReport,
  renderArchiveIndex,
  summarizeDocument,
  inputTextOf,
  type ArchiveEntry,
  type DocumentSummary,
} from './report/index.js';
// The schema, named one by one: `export *` would make the bundler keep zod in every command's bundle.
export {
  SCHEMA_VERSION,
  SourceSpan,
  AgencyLevel,
  Agency,
  DeadlineKind,
  DeadlinePart,
  Deadline,
  Metric,
  Target,
  Task,
  Citation,
  Article,
  LegalBasis,
  Decision,
  Diagnostic,
  RestoredWord,
  Restoration,
  Source,
  CchcDocument,
} from './schema/document.js';
export type * as Tree from './tree/types.js';

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
