// cchc batch <dir|glob…> --out <dir>: a whole archive, on a pool of worker
// threads, resumable. Exit 0 when every input converted, 1 when some failed,
// 2 when the command itself was wrong (no inputs, bad --jobs/--shard).
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { loadBatchProgress, parseShard, runBatch, writeArchivePages, type BatchResult } from '../../index.js';
import { forTerminal, processIo, type Io } from '../io.js';
import { BATCH_FORMATS, INPUT_FORMATS, RESTORE_MODES } from '../options.js';
import { argumentList, encodingOption, flag, oneOf, optionalText, usageError } from '../read-options.js';

export async function batchCommand(args: readonly unknown[], raw: Record<string, unknown>, io: Io): Promise<number> {
  const inputs = argumentList(args);
  const out = optionalText(raw.out, '--out');
  if (!out) throw usageError('--out <dir> is required');
  if (statSync(out, { throwIfNoEntry: false })?.isDirectory() === false) throw usageError(`--out ${out} is a file, not a folder`);
  const jobsText = optionalText(raw.jobs, '--jobs');
  const jobs = jobsText === undefined ? availableParallelism() : Number(jobsText);
  if (!Number.isInteger(jobs) || jobs < 1) throw usageError(`--jobs must be a whole number ≥ 1, not "${jobsText}"`);
  const shardText = optionalText(raw.shard, '--shard');
  const shard = shardText === undefined ? undefined : parseShard(shardText);
  if (shard === null) throw usageError(`--shard must be k/n with 1 ≤ k ≤ n, not "${shardText}"`);
  const timeoutText = optionalText(raw.timeout, '--timeout');
  const timeout = Number(timeoutText);
  if (!(timeout > 0)) throw usageError(`--timeout must be a number of seconds > 0, not "${timeoutText}"`);
  const options = {
    force: flag(raw.force),
    format: oneOf(raw.format, BATCH_FORMATS, '--format'),
    bom: flag(raw.bom),
    quiet: flag(raw.quiet),
    report: flag(raw.report),
    input: oneOf(raw.input, INPUT_FORMATS, '--input'),
    encoding: encodingOption(raw.encoding),
    restore: oneOf(raw.restore, RESTORE_MODES, '--restore'),
  };

  const { barProgress, formatSeconds, lineProgress, silentProgress } = await loadBatchProgress();
  const onTerminal = io === processIo && Boolean(process.stderr.isTTY);
  const progress = options.quiet
    ? silentProgress
    : onTerminal
      ? barProgress(process.stderr)
      : lineProgress((line) => io.stderr(forTerminal(line)));
  // Ctrl-C: stop taking inputs, keep what is done; the next run finishes the job.
  const controller = new AbortController();
  const interrupt = () => controller.abort();
  if (io === processIo) process.once('SIGINT', interrupt);
  let result: BatchResult;
  try {
    result = await runBatch({
      inputs,
      out,
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
  } finally {
    process.removeListener('SIGINT', interrupt);
  }
  if (result.interrupted) {
    io.stderr(
      `cchc batch: interrupted after ${result.report.inputs.length} of ${result.total} inputs; run the same command again to finish\n`,
    );
    return 130;
  }
  if (options.report) {
    // Review pages: <input>.html beside each JSON, index.html with counts and failures.
    const pages = await writeArchivePages(out, inputs, result.report.inputs);
    result.outputs.push(pages.index);
    for (const p of pages.problems) io.stderr(`cchc batch: ${p.file}: ${p.reason}\n`);
  }
  if (!options.quiet) io.stdout(summary(result, out, formatSeconds));
  return result.report.totals.failed ? 1 : 0;
}

function summary(result: BatchResult, out: string, formatSeconds: (seconds: number) => string): string {
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
