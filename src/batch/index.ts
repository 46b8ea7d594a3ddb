// batch: whole archives → one JSON per input, combined tables, report.json.
export { runBatch, type BatchOptions, type BatchResult, type Report } from './run.js';
/** The front door now lives beside the pipeline (src/convert.ts); the old name stays for library users. */
export { convert as convertDocument } from '../convert.js';
export { parseShard, inShard, type Shard } from './shard.js';
export { barProgress, lineProgress, silentProgress, type Progress } from './progress.js';
export { defaultJobs } from './pool.js';
export { InputError } from './inputs.js';
export type { Outcome, Status } from './outcome.js';
export { mergeRuns, MergeError, type MergeResult } from './merge.js';
