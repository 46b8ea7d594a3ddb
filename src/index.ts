// The library's public API.
export { parse, detectFormat, ParseError, type ParseOptions, type InputFormat } from './pipeline.js';
export { restore, restoreText, diacriticShare, type RestoreMode, type RestoreResult } from './restore/index.js';
export { decode, DecodeError, encodeLegacy, repairMisdecoded, LEGACY_ENCODINGS, type Decoded, type LegacyEncoding } from './decode/index.js';
export { convert, convertInput, type ConvertOptions } from './convert.js';
export { readInput, inputKind, ReadError, engines, docxToMarkdown, type Read, type ReadDocument, type ReadFormat, type OcrOptions, type Engines } from './read/index.js';
export { runBatch, convertDocument, parseShard, type BatchOptions, type BatchResult, type Report as BatchReport, type Outcome } from './batch/index.js';
export { toXlsx } from './emit/xlsx.js';
export { toJson, toNdjson, toCsv, TABLE_NAMES, type TableName, type CsvOptions } from './emit/index.js';
export { jsonSchema } from './schema/json-schema.js';
export { parseDeadline, type DeadlineContext } from './extract/deadline/index.js';
export { splitAgencies, lookupAgency, GAZETTEER, type GazetteerEntry } from './extract/agencies/index.js';
export { extractMetrics } from './extract/metrics.js';
export { extractCitations, type TextSpan } from './extract/citations.js';
export { renderReport, renderArchiveIndex, summarizeDocument, type ArchiveEntry, type DocumentSummary } from './report/index.js';
export * from './schema/document.js';
export type * as Tree from './tree/types.js';
