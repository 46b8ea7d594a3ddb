// cchc batch <dir|glob…> --out <dir>: a whole archive, on a pool of worker
// threads, resumable. Exit 0 when every input converted, 1 when some failed,
// 2 when the command itself was wrong (no inputs, bad --jobs/--shard).
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { ParseOptions } from '../../pipeline.js';
import { barProgress, InputError, lineProgress, parseShard, runBatch, silentProgress, type BatchResult } from '../../batch/index.js';
import { formatSeconds } from '../../batch/progress.js';
import { writeArchivePages } from '../../report/index.js';
import { processIo, type Io } from '../io.js';

export interface BatchCommandOptions {
  out?: string;
  jobs?: string;
  force: boolean;
  shard?: string;
  format: 'csv' | 'xlsx';
  bom: boolean;
  quiet: boolean;
  timeout: string;
  report?: boolean;
  input: ParseOptions['input'];
  encoding?: string;
  restore: NonNullable<ParseOptions['restore']>;
}

export async function batchCommand(inputs: string[], options: BatchCommandOptions, io: Io): Promise<number> {
  const usage = (message: string) => (io.stderr(`cchc batch: ${message}\n`), 2);
  if (!options.out) return usage('--out <dir> is required');
  if (statSync(options.out, { throwIfNoEntry: false })?.isDirectory() === false) return usage(`--out ${options.out} is a file, not a folder`);
  const jobs = options.jobs === undefined ? availableParallelism() : Number(options.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) return usage(`--jobs must be a whole number ≥ 1, not "${options.jobs}"`);
  const shard = options.shard === undefined ? undefined : parseShard(options.shard);
  if (shard === null) return usage(`--shard must be k/n with 1 ≤ k ≤ n, not "${options.shard}"`);
  const timeout = Number(options.timeout);
  if (!(timeout > 0)) return usage(`--timeout must be a number of seconds > 0, not "${options.timeout}"`);

  const onTerminal = io === processIo && Boolean(process.stderr.isTTY);
  const progress = options.quiet ? silentProgress : onTerminal ? barProgress(process.stderr) : lineProgress(io.stderr);
  // Ctrl-C: stop taking inputs, keep what is done; the next run finishes the job.
  const controller = new AbortController();
  const interrupt = () => controller.abort();
  if (io === processIo) process.once('SIGINT', interrupt);
  let result: BatchResult;
  try {
    result = await runBatch({
      inputs,
      out: options.out,
      jobs,
      force: options.force,
      shard,
      format: options.format,
      bom: options.bom,
      parse: { input: options.input, encoding: options.encoding, restore: options.restore },
      timeoutMs: timeout * 1000,
      progress,
      signal: controller.signal,
    });
  } catch (error) {
    if (error instanceof InputError) return usage(error.message);
    throw error;
  } finally {
    process.removeListener('SIGINT', interrupt);
  }
  if (result.interrupted) {
    io.stderr(`cchc batch: interrupted after ${result.report.inputs.length} of ${result.total} inputs; run the same command again to finish\n`);
    return 130;
  }
  if (options.report) {
    // Review pages: <input>.html beside each JSON, index.html with counts and failures.
    const pages = await writeArchivePages(options.out, inputs, result.report.inputs);
    result.outputs.push(pages.index);
    for (const p of pages.problems) io.stderr(`cchc batch: ${p.file}: ${p.reason}\n`);
  }
  if (!options.quiet) io.stdout(summary(result, options.out));
  return result.report.totals.failed ? 1 : 0;
}

function summary(result: BatchResult, out: string): string {
  const { totals, inputs } = result.report;
  const seconds = result.elapsedMs / 1000;
  const converted = inputs.length - result.skipped;
  const lines = [
    `${totals.inputs} input(s): ${totals.converted + totals.convertedWithWarnings} converted ` +
      `(${totals.convertedWithWarnings} with warnings), ${totals.failed} failed` +
      (result.skipped ? `, ${result.skipped} already up to date` : ''),
    `${formatSeconds(seconds)}, ${(converted / Math.max(seconds, 0.001)).toFixed(1)} documents/s; outputs in ${out}: ${result.outputs.join(', ')}`,
  ];
  const failed = inputs.filter((o) => o.status === 'failed');
  for (const o of failed.slice(0, 20)) lines.push(`  failed: ${o.file}: ${o.reason}`);
  if (failed.length > 20) lines.push(`  … and ${failed.length - 20} more (see report.json)`);
  return lines.join('\n') + '\n';
}
