// Small helpers every benchmark shares.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Median wall time in ms of `fn` over `runs` runs after `warmup` unmeasured ones. */
export function timeMedian(fn: () => unknown, runs = 20, warmup = 3): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

export const peakRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

/**
 * CPU seconds spent so far by this process and by the children it waited for (tesseract, pdftoppm):
 * what converting costs on one core, whatever else the machine is doing. Children's time comes
 * from /proc (Linux); null where there is none.
 */
export function cpuSeconds(): { self: number; children: number | null } {
  const { user, system } = process.cpuUsage();
  let children: number | null = null;
  try {
    // Fields after "(comm) ": state is 1st, so cutime and cstime (14th, 15th in man proc) are 14th, 15th here.
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    children = (Number(fields[13]) + Number(fields[14])) / CLOCK_TICKS;
  } catch {
    children = null;
  }
  return { self: (user + system) / 1e6, children };
}

/** Linux's USER_HZ, the unit of /proc's times (100 on every common build). */
const CLOCK_TICKS = 100;
