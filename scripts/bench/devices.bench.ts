// npm run bench devices: what the speed devices cost or buy (issue 18 §6), in fresh processes,
// interleaved run by run so that the machine's drift hits every figure alike. Figures only; a device
// stays when it buys at least 5% of a command's time.
//   fingerprint  the first fingerprint64 of the LM vocabulary (JavaScript; its WebAssembly copy,
//                assembly/hash.ts, was removed: 2026-12-06, 15 interleaved fresh processes, compiled
//                median 18.2 ms (min 4.9), JavaScript 15.1 ms (min 4.7) on this loaded machine)
//   normalize    a cold `cchc normalize` of seed 000 (bin/cchc.js): the whole the others are a share of
// Measured once and removed (2026-12-06, 21 interleaved fresh processes, load average ~8): bundles
// rewritten in ASCII only (scripts/bundle-cli.ts) — require('normalize.cjs') 22.8 ms median (min
// 11.9) escaped against 27.1 ms (min 14.1) as esbuild writes it, i.e. 2-4 ms, under 1% of a cold
// normalize (586-2145 ms on this machine then, ~380 ms when it is quiet).
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { median } from './measure.js';
import { seedPath } from '../../tests/helpers/shared.js';

const root = resolve(import.meta.dirname, '../..');
const RUNS = Number(process.env.CCHC_BENCH_RUNS ?? 15);

function fingerprintMs(): number {
  const out = execFileSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/bench/fingerprint-cold.ts')], { cwd: root, encoding: 'utf8' });
  return (JSON.parse(out.trim().split('\n').pop()!) as { ms: number }).ms;
}

function coldNormalizeMs(file: string): number {
  const t0 = performance.now();
  execFileSync(process.execPath, [join(root, 'bin/cchc.js'), 'normalize', file], { cwd: root, stdio: ['ignore', 'ignore', 'ignore'] });
  return performance.now() - t0;
}

export async function run(): Promise<void> {
  const fingerprint: number[] = [];
  const normalize: number[] = [];
  const seed = seedPath('000');
  for (let i = 0; i < RUNS; i++) {
    fingerprint.push(fingerprintMs());
    normalize.push(coldNormalizeMs(seed));
  }
  const f = median(fingerprint);
  const n = median(normalize);
  console.log(`fingerprint64 of the LM vocabulary, first call in a fresh process: median ${f.toFixed(1)} ms (min ${Math.min(...fingerprint).toFixed(1)}) of ${RUNS}`);
  console.log(`cold cchc normalize of seed 000: median ${n.toFixed(0)} ms wall (min ${Math.min(...normalize).toFixed(0)}); the fingerprint is ${((100 * f) / n).toFixed(1)}% of it`);
}
