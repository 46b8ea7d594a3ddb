// cchc batch, the library side: collect the inputs, skip the ones whose output
// is up to date, convert the rest on the worker pool, then write the combined
// outputs and report.json. A bad input never stops the batch: it becomes a
// "failed" line in the report with its reason.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, open, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { CchcError, messageOf, systemCodeOf } from '../errors.js';
import type { ParseOptions } from '../pipeline.js';
import { inputKind } from '../read/index.js';
import { SCHEMA_VERSION } from '../schema/document.js';
import { removeStaleTemps, writeFileAtomic } from './atomic.js';
import { writeCombined, type CombinedFormat } from './combine.js';
import { collectInputs, refuseOutAroundInputs, type Input } from './inputs.js';
import { appendJournal, compactJournal, inputKey, readJournal, type JournalEntry } from './journal.js';
import { totalsOf, type Outcome } from './outcome.js';
import { createPool, type Pool } from './pool.js';
import { convertWith } from './worker.js';
import { silentProgress, type Progress } from './progress.js';
import { inShard, type Shard } from './shard.js';
import { jsonOutputOf } from './paths.js';

export interface BatchOptions {
  inputs: string[];
  out: string;
  jobs: number;
  force?: boolean;
  shard?: Shard;
  format?: CombinedFormat;
  bom?: boolean;
  parse?: Pick<ParseOptions, 'input' | 'encoding' | 'restore'>;
  /** Give up on one document after this long (its worker is restarted). */
  timeoutMs?: number;
  progress?: Progress;
  /** Abort: stop taking inputs; what is done stays done. */
  signal?: AbortSignal;
  /** Convert in this thread instead of a worker pool (library use, tests, debugging). */
  inProcess?: boolean;
  /** How inputs are read (tests inject failures such as EACCES). */
  readInput?: (path: string) => Promise<Uint8Array>;
}

export interface Report {
  schemaVersion: string;
  shard: string | null;
  options: Record<string, unknown>;
  totals: { inputs: number; converted: number; convertedWithWarnings: number; failed: number };
  inputs: Outcome[];
}

export interface BatchResult {
  report: Report;
  /** Inputs of this run (after --shard); fewer are in the report when it was interrupted. */
  total: number;
  /** Inputs whose output was already up to date. */
  skipped: number;
  outputs: string[];
  interrupted: boolean;
  elapsedMs: number;
  /**
   * Inputs this run could not read or whose conversion crashed or gave up, each with the error
   * behind it (`cause`); report.json keeps only their reason. A document the pipeline refused is
   * an outcome, not one of these.
   */
  failures: CchcError[];
}

export async function runBatch(options: BatchOptions): Promise<BatchResult> {
  const startedAt = Date.now();
  const outDir = options.out;
  const parseOptions: NonNullable<BatchOptions['parse']> = { input: 'auto', restore: 'auto', ...options.parse };
  // An --out that holds the inputs would be read as input and write over the user's files.
  await refuseOutAroundInputs(options.inputs, outDir);
  const { inputs: all } = await collectInputs(options.inputs, outDir);
  const inputs = options.shard ? all.filter((i) => inShard(i.file, options.shard!)) : all;

  await mkdir(outDir, { recursive: true });
  await removeStaleTemps(outDir);
  const journal = readJournal(outDir);
  await compactJournal(outDir, [...journal.values()]); // drops a line cut off by a kill

  const progress = options.progress ?? silentProgress;
  // Scans' OCR'd pages are kept in the output folder by content hash: a resumed run reads them back.
  const ocr = { cacheDir: join(outDir, OCR_CACHE), pageTimeoutMs: Math.min(options.timeoutMs ?? Infinity, PAGE_TIMEOUT_MS) };
  const read = options.readInput ?? readWithinLimit;
  const outcomes = new Map<string, Outcome>();
  const failures: CchcError[] = [];
  /** A failed outcome, its error kept with its cause. */
  const failed = (file: string, error: CchcError): Outcome => {
    failures.push(error);
    return { file, status: 'failed', reason: error.reason };
  };
  let skipped = 0;
  let pool: Pool | null = null;
  const jobs = Math.max(1, options.jobs);

  const convert = async (input: Input): Promise<void> => {
    const output = jsonOutputOf(input.file);
    const finish = async (outcome: Outcome, key?: string, upToDate = false) => {
      // A failed input leaves no output behind, not even one from an earlier run.
      if (outcome.status === 'failed') await rm(join(outDir, output), { force: true });
      outcomes.set(input.file, outcome);
      if (key) appendJournal(outDir, { file: input.file, key, outcome });
      progress.tick(outcome, upToDate);
    };
    if (input.problem)
      return finish(failed(input.file, new CchcError(input.problem.reason, { code: 'input', path: input.file, cause: input.problem })));
    let bytes: Uint8Array;
    try {
      bytes = await read(input.path);
    } catch (error) {
      return finish(failed(input.file, new CchcError(readFailure(error), { code: 'input', path: input.file, cause: error })));
    }
    const key = inputKey(createHash('sha256').update(bytes).digest('hex'), parseOptions);
    const previous = journal.get(input.file);
    if (!options.force && previous?.key === key && upToDate(previous.outcome, join(outDir, output))) {
      skipped++;
      return finish(previous.outcome, undefined, true);
    }
    pool ??= options.inProcess ? inProcessPool : createPool(jobs);
    let outcome: Outcome;
    try {
      const signal = options.timeoutMs ? AbortSignal.timeout(options.timeoutMs) : undefined;
      // A fresh ArrayBuffer of its own, so it can be moved to the worker.
      const own = new Uint8Array(bytes);
      const onPage = progress.page
        ? (done: number, total: number, cached: boolean) => progress.page?.(input.file, done, total, cached)
        : undefined;
      outcome = await pool.run(
        { bytes: own, file: input.file, outputPath: join(outDir, output), output, options: parseOptions, ocr },
        signal,
        onPage,
      );
    } catch (error) {
      const reason = isAbort(error)
        ? `gave up after ${seconds(options.timeoutMs ?? 0)} (too slow to convert)`
        : `internal error: ${messageOf(error)}`;
      outcome = failed(input.file, new CchcError(reason, { code: 'internal', path: input.file, cause: error }));
    }
    await finish(outcome, key);
  };

  progress.start(inputs.length, startedAt);
  let next = 0;
  try {
    // At most 2 inputs per worker in flight: bounded memory, workers never idle.
    await Promise.all(
      Array.from({ length: Math.min(jobs * 2, inputs.length) }, async () => {
        while (next < inputs.length && !options.signal?.aborted) await convert(inputs[next++]!);
      }),
    );
  } finally {
    progress.stop();
    await (pool as Pool | null)?.close();
  }

  const sorted = inputs.map((i) => outcomes.get(i.file)).filter((o): o is Outcome => Boolean(o));
  const interrupted = sorted.length < inputs.length;
  const report = buildReport(sorted, options, parseOptions);
  let outputs: string[] = [];
  if (!interrupted) {
    outputs = await writeCombined(outDir, sorted, { format: options.format ?? 'csv', bom: options.bom ?? false });
    await writeFileAtomic(join(outDir, 'report.json'), JSON.stringify(report, null, 2) + '\n');
    outputs.push('report.json');
    const entries = new Map<string, JournalEntry>(readJournal(outDir));
    await compactJournal(
      outDir,
      [...entries.values()].sort((a, b) => (a.file < b.file ? -1 : 1)),
    );
  }
  return { report, total: inputs.length, skipped, outputs, interrupted, elapsedMs: Date.now() - startedAt, failures };
}

/** The pool's rejection when the signal of --timeout fired. */
const isAbort = (error: unknown) => error instanceof Error && (error.name === 'AbortError' || /abort/i.test(error.message));

/** "120 s", "0.5 s": a timeout as the user gave it. */
const seconds = (ms: number) => `${ms >= 1000 ? Math.round(ms / 1000) : ms / 1000} s`;

const inProcessPool: Pool = { run: (task, _signal, onPage) => convertWith(task, onPage), close: async () => {} };

/**
 * Same bytes, options and schema version give the same result: a converted
 * input is up to date while its JSON exists, a failed one stays failed — unless
 * it failed for a passing reason (a crash or a timeout), which is tried again.
 */
function upToDate(outcome: Outcome, outputPath: string): boolean {
  if (outcome.status !== 'failed') return existsSync(outputPath);
  return !/^(internal error|gave up)/.test(outcome.reason ?? '');
}

function buildReport(outcomes: Outcome[], options: BatchOptions, parseOptions: object): Report {
  return {
    schemaVersion: SCHEMA_VERSION,
    shard: options.shard ? `${options.shard.index}/${options.shard.count}` : null,
    options: { ...parseOptions, format: options.format ?? 'csv', bom: options.bom ?? false },
    totals: totalsOf(outcomes),
    inputs: outcomes,
  };
}

/** The OCR page cache, a hidden folder of --out (inputs never include it). */
export const OCR_CACHE = '.ocr-cache';
/** One page's OCR may take this long at most (the whole file has --timeout). */
const PAGE_TIMEOUT_MS = 120_000;

/** Decisions are kilobytes to a few megabytes; a huge file is something else (and would eat memory). */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;
/** A scan is a few hundred kilobytes a page, read a page at a time: a scanned PDF or image may be this large. */
export const MAX_SCAN_BYTES = 256 * 1024 * 1024;

async function readWithinLimit(path: string): Promise<Uint8Array> {
  const { size } = await stat(path);
  if (size > MAX_INPUT_BYTES) {
    const scan = ['pdf', 'image'].includes(inputKind(await firstBytes(path, 64), path));
    if (!scan || size > MAX_SCAN_BYTES) throw new TooLargeError(size, scan);
  }
  return readFile(path);
}

async function firstBytes(path: string, count: number): Promise<Uint8Array> {
  const file = await open(path);
  try {
    const { buffer, bytesRead } = await file.read(Buffer.alloc(count), 0, count, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}

class TooLargeError extends CchcError {
  readonly limit: string;

  constructor(
    readonly size: number,
    scan: boolean,
  ) {
    super(`${Math.round(size / 1048576)} MB`, { code: 'input' });
    this.limit = scan ? `${MAX_SCAN_BYTES / 1048576} MB for a PDF or an image` : `${MAX_INPUT_BYTES / 1048576} MB`;
  }
}

function readFailure(error: unknown): string {
  if (error instanceof TooLargeError) return `too large to be a decision (${error.reason}; the limit is ${error.limit})`;
  switch (systemCodeOf(error)) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied (cannot read the file)';
    case 'ENOENT':
      return 'the file disappeared before it could be read';
    case 'EISDIR':
      return 'is a folder';
    case 'EIO':
      return 'read error (I/O error from the disk)';
    default:
      return `cannot read the file: ${messageOf(error)}`;
  }
}
