// Run by devices.bench.ts in a fresh process: the warm cost of correction mode on clean text. The
// built library (dist/) parses one clean text with `restore: auto` (corrects word by word, correct.ts)
// and with `restore: never` (what auto cost on such text before correction mode: no model read, no
// search), both ten times to warm up, then alternately RUNS times, each variant first on every other
// run. Prints one JSON line: per variant the medians of wall and CPU ms per parse.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const root = new URL('../../', import.meta.url).pathname;
const RUNS = Number(process.env.CCHC_BENCH_RUNS ?? 11);
const { parse } = (await import(join(root, 'dist/index.js'))) as typeof import('../../src/index.js');

const path = process.argv[2]!;
const bytes = readFileSync(path);
const MODES = ['auto', 'never'] as const;
const times = { auto: { wall: [] as number[], cpu: [] as number[] }, never: { wall: [] as number[], cpu: [] as number[] } };
// Warm-up: enough parses for V8 to optimise the code both variants run.
for (let i = 0; i < 10; i++) for (const mode of MODES) parse(bytes, { path, restore: mode });
for (let i = 0; i < RUNS; i++) {
  for (let k = 0; k < MODES.length; k++) {
    const mode = MODES[(i + k) % MODES.length]!;
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    parse(bytes, { path, restore: mode });
    const c = process.cpuUsage(c0);
    times[mode].wall.push(performance.now() - t0);
    times[mode].cpu.push((c.user + c.system) / 1000);
  }
}
const middle = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
console.log(JSON.stringify(Object.fromEntries(MODES.map((m) => [m, { wall: middle(times[m].wall), cpu: middle(times[m].cpu) }]))));
