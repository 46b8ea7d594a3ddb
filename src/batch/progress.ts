// How a batch shows it is alive: a progress bar on a terminal (cli-progress),
// a plain line every few seconds otherwise (logs, CI), nothing with --quiet.
// Scans also report each OCR'd page: the bar names the files being OCR'd and
// their page; the lines give one per page OCR'd (pages read back from the
// cache are counted in the file's last line instead).
import cliProgress from 'cli-progress';
import type { Outcome } from './outcome.js';

export interface Progress {
  /** `startedAt`: when the batch started (Date.now()), so that the rate counts what the summary counts. */
  start(total: number, startedAt?: number): void;
  /** `upToDate`: the input was skipped, its output kept from an earlier run; it is not counted in the rate. */
  tick(outcome: Outcome, upToDate?: boolean): void;
  /** A page of `file` OCR'd (or read back from the OCR cache): `done` of `total`. */
  page?(file: string, done: number, total: number, cached: boolean): void;
  stop(): void;
}

export const silentProgress: Progress = { start() {}, tick() {}, page() {}, stop() {} };

interface Counts {
  done: number;
  converted: number;
  failed: number;
  total: number;
  startedAt: number;
}

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
  s >= 3600
    ? `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`
    : s >= 60
      ? `${Math.floor(s / 60)}m${String(Math.round(s % 60)).padStart(2, '0')}s`
      : `${Math.round(s)}s`;

/** Files being OCR'd and the page each is at, for the bar: "scan.pdf p. 3/14, +1 more". */
export function ocrStatus(pages: ReadonlyMap<string, { done: number; total: number }>, shown = 2): string {
  if (!pages.size) return '';
  const named = [...pages].slice(-shown).map(([file, p]) => `${shortName(file)} p. ${p.done}/${p.total}`);
  const more = pages.size - named.length;
  return ` | OCR ${named.join(', ')}${more > 0 ? `, +${more} more` : ''}`;
}

/** A path's last part, at most 30 characters (the bar has one line), control characters shown as "?". */
const shortName = (file: string) => {
  const base = (file.split(/[\\/]/).pop() ?? file).replace(/[\x00-\x1f\x7f-\x9f]/g, '?');
  return base.length > 30 ? `…${base.slice(-29)}` : base;
};

export function barProgress(stream: NodeJS.WritableStream = process.stderr): Progress {
  const counts = newCounts();
  // Files whose OCR is under way (in the order they started), and the page each is at.
  const ocr = new Map<string, { done: number; total: number }>();
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: '{bar} {value}/{total} | {rate} docs/s | ETA {etaText} | {failed} failed{ocr}',
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  const payload = () => ({ rate: rateOf(counts).toFixed(1), etaText: etaOf(counts), failed: counts.failed, ocr: ocrStatus(ocr) });
  return {
    start(total, startedAt) {
      Object.assign(counts, newCounts(total, startedAt));
      bar.start(total, 0, payload());
    },
    tick(outcome, upToDate = false) {
      count(counts, outcome.status === 'failed', upToDate);
      ocr.delete(outcome.file);
      bar.update(counts.done, payload());
    },
    page(file, done, total) {
      if (done < total) ocr.set(file, { done, total });
      else ocr.delete(file);
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
  // Pages of each file read back from the OCR cache so far, told in the file's last page line.
  const fromCache = new Map<string, number>();
  return {
    start(total, startedAt) {
      Object.assign(counts, newCounts(total, startedAt));
      last = Date.now();
    },
    tick(outcome, upToDate = false) {
      count(counts, outcome.status === 'failed', upToDate);
      fromCache.delete(outcome.file);
      if (Date.now() - last >= everyMs) {
        last = Date.now();
        write(line());
      }
    },
    page(file, done, total, cached) {
      const reused = (fromCache.get(file) ?? 0) + (cached ? 1 : 0);
      fromCache.set(file, reused);
      if (cached && done < total) return;
      const note = done === total && reused ? ` (${reused} from the OCR cache)` : '';
      write(`${file}: OCR page ${done}/${total}${note}\n`);
      if (done === total) fromCache.delete(file);
    },
    stop() {},
  };
}
