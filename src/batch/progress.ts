// How a batch shows it is alive: a progress bar on a terminal (cli-progress),
// a plain line every few seconds otherwise (logs, CI), nothing with --quiet.
import cliProgress from 'cli-progress';
import type { Outcome } from './outcome.js';

export interface Progress {
  start(total: number): void;
  tick(outcome: Outcome): void;
  stop(): void;
}

export const silentProgress: Progress = { start() {}, tick() {}, stop() {} };

interface Counts { done: number; failed: number; total: number; startedAt: number }

const rateOf = (c: Counts) => c.done / Math.max(0.001, (Date.now() - c.startedAt) / 1000);
const etaOf = (c: Counts) => {
  const rate = rateOf(c);
  return rate > 0 ? formatSeconds((c.total - c.done) / rate) : '?';
};
export const formatSeconds = (s: number) =>
  s >= 3600 ? `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`
  : s >= 60 ? `${Math.floor(s / 60)}m${String(Math.round(s % 60)).padStart(2, '0')}s`
  : `${Math.round(s)}s`;

export function barProgress(stream: NodeJS.WritableStream = process.stderr): Progress {
  const counts: Counts = { done: 0, failed: 0, total: 0, startedAt: Date.now() };
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: '{bar} {value}/{total} | {rate} docs/s | ETA {eta} | {failed} failed',
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  const payload = () => ({ rate: rateOf(counts).toFixed(1), eta: etaOf(counts), failed: counts.failed });
  return {
    start(total) {
      Object.assign(counts, { total, startedAt: Date.now() });
      bar.start(total, 0, payload());
    },
    tick(outcome) {
      counts.done++;
      if (outcome.status === 'failed') counts.failed++;
      bar.update(counts.done, payload());
    },
    stop: () => bar.stop(),
  };
}

export function lineProgress(write: (line: string) => void, everyMs = 5000): Progress {
  const counts: Counts = { done: 0, failed: 0, total: 0, startedAt: Date.now() };
  let last = 0;
  const line = () =>
    `${counts.done}/${counts.total} done (${Math.round((100 * counts.done) / Math.max(1, counts.total))}%), ` +
    `${counts.failed} failed, ${rateOf(counts).toFixed(1)} docs/s, ETA ${etaOf(counts)}\n`;
  return {
    start(total) {
      Object.assign(counts, { total, startedAt: Date.now() });
      last = Date.now();
    },
    tick(outcome) {
      counts.done++;
      if (outcome.status === 'failed') counts.failed++;
      if (Date.now() - last >= everyMs) {
        last = Date.now();
        write(line());
      }
    },
    stop() {},
  };
}
