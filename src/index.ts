// The library's public API, and all the command line (src/cli/) may import.
//
// Only re-exports, each from the module that defines it: the bundled CLI resolves each command's
// import of this file to the names it takes, from those modules (scripts/bundle-cli.ts, "doors").
// What needs a large dependency (exceljs for workbooks, piscina and cli-progress for batches) is an
// async function that loads its module on first call (on-demand.ts): a program that imports this
// file for `parse` does not load those packages.
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
export type { Outcome } from './batch/outcome.js';
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
export { toXlsx, runBatch, mergeRuns, writeArchivePages, loadBatchProgress } from './on-demand.js';
