// How a batch shows it is alive: a progress bar on a terminal (cli-progress),
// a plain line every few seconds otherwise (logs, CI), nothing with --quiet.
import cliProgress from 'cli-progress';
import type { Outcome } from './outcome.js';

export interface Progress {
  /** `startedAt`: when the batch started (Date.now()), so that the rate counts what the summary counts. */
  start(total: number, startedAt?: number): void;
  /** `upToDate`: the input was skipped, its output kept from an earlier run; it is not counted in the rate. */
  tick(outcome: Outcome, upToDate?: boolean): void;
  stop(): void;
}

export const silentProgress: Progress = { start() {}, tick() {}, stop() {} };

interface Counts { done: number; converted: number; failed: number; total: number; startedAt: number }

const newCounts = (total = 0, startedAt = Date.now()): Counts => ({ done: 0, converted: 0, failed: 0, total, startedAt });

function count(c: Counts, failed: boolean, upToDate: boolean) {
  c.done++;
  if (!upToDate) c.converted++;
  if (failed) c.failed++;
}

/**
 * Documents converted per second since the batch started: what the summary says at the end
 * (inputs already up to date and the workers' start-up counted as it counts them).
 */
export function documentsPerSecond(converted: number, elapsedMs: number): number {
  return converted / Math.max(0.001, elapsedMs / 1000);
}

const rateOf = (c: Counts) => documentsPerSecond(c.converted, Date.now() - c.startedAt);
const etaOf = (c: Counts) => {
  const rate = rateOf(c);
  const left = c.total - c.done;
  return !left ? '0s' : c.converted && rate > 0 ? formatSeconds(left / rate) : '…';
};
export const formatSeconds = (s: number) =>
  s >= 3600 ? `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`
  : s >= 60 ? `${Math.floor(s / 60)}m${String(Math.round(s % 60)).padStart(2, '0')}s`
  : `${Math.round(s)}s`;

export function barProgress(stream: NodeJS.WritableStream = process.stderr): Progress {
  const counts = newCounts();
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: '{bar} {value}/{total} | {rate} docs/s | ETA {etaText} | {failed} failed',
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  const payload = () => ({ rate: rateOf(counts).toFixed(1), etaText: etaOf(counts), failed: counts.failed });
  return {
    start(total, startedAt) {
      Object.assign(counts, newCounts(total, startedAt));
      bar.start(total, 0, payload());
    },
    tick(outcome, upToDate = false) {
      count(counts, outcome.status === 'failed', upToDate);
      bar.update(counts.done, payload());
    },
    stop: () => bar.stop(),
  };
}

export function lineProgress(write: (line: string) => void, everyMs = 5000): Progress {
  const counts = newCounts();
  let last = 0;
  const line = () =>
    `${counts.done}/${counts.total} done (${Math.round((100 * counts.done) / Math.max(1, counts.total))}%), ` +
    `${counts.failed} failed, ${rateOf(counts).toFixed(1)} docs/s, ETA ${etaOf(counts)}\n`;
  return {
    start(total, startedAt) {
      Object.assign(counts, newCounts(total, startedAt));
      last = Date.now();
    },
    tick(outcome, upToDate = false) {
      count(counts, outcome.status === 'failed', upToDate);
      if (Date.now() - last >= everyMs) {
        last = Date.now();
        write(line());
      }
    },
    stop() {},
  };
}
