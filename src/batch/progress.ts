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

interface Counts { done: number; failed: number; total: number; startedAt: number; recent: number[] }

const newCounts = (): Counts => ({ done: 0, failed: 0, total: 0, startedAt: Date.now(), recent: [] });
const WINDOW = 50;

function count(c: Counts, failed: boolean) {
  c.done++;
  if (failed) c.failed++;
  c.recent.push(Date.now());
  if (c.recent.length > WINDOW) c.recent.shift();
}

/** Documents per second over the last WINDOW completions (workers' start-up is left out once it is past). */
function rateOf(c: Counts): number {
  const span = c.recent.length >= 5 ? (c.recent[c.recent.length - 1]! - c.recent[0]!) / 1000 : 0;
  if (span > 0) return (c.recent.length - 1) / span;
  return c.done / Math.max(0.001, (Date.now() - c.startedAt) / 1000);
}
const etaOf = (c: Counts) => {
  const rate = rateOf(c);
  return c.done && rate > 0 ? formatSeconds((c.total - c.done) / rate) : '…';
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
    start(total) {
      Object.assign(counts, newCounts(), { total });
      bar.start(total, 0, payload());
    },
    tick(outcome) {
      count(counts, outcome.status === 'failed');
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
    start(total) {
      Object.assign(counts, newCounts(), { total });
      last = Date.now();
    },
    tick(outcome) {
      count(counts, outcome.status === 'failed');
      if (Date.now() - last >= everyMs) {
        last = Date.now();
        write(line());
      }
    },
    stop() {},
  };
}
