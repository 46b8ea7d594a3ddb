// npm run bench devices: what each compiled search buys (issue 18 §6), in fresh processes, the
// variants interleaved run by run so that the machine's drift hits every figure alike. Figures only;
// a device stays when it buys at least 5% of a command's time. Each device is switched off by
// $CCHC_WASM_OFF (src/restore/wasm/api.ts), its JavaScript search then running in its place:
//   beam   the beam search and the confidences' scores (assembly/beam.ts)
//   keys   the channel's key search (assembly/keys.ts)
// For each variant: a cold `cchc normalize` of seed 000 and a cold `cchc parse` of the OCR'd
// fixture fixtures/ocr/interleaved-table.txt (bin/cchc.js, the built bundle: npm run build first),
// and the warm throughput of a restorer (devices-warm.ts). CCHC_BENCH_RUNS sets the runs (9),
// CCHC_BENCH_VARIANTS the variants besides both on (all).
// Measured once and removed (2026-12-06, 21 interleaved fresh processes, load average ~8): bundles
// rewritten in ASCII only (scripts/bundle-cli.ts) — 2-4 ms, under 1% of a cold normalize; the
// WebAssembly copy of fingerprint64 (assembly/hash.ts) — nothing measurable; the fingerprints
// themselves are gone since model files carry ids (src/restore/model-ids.ts).
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { median } from './measure.js';
import { seedPath } from '../../tests/helpers/shared.js';

const root = resolve(import.meta.dirname, '../..');
const RUNS = Number(process.env.CCHC_BENCH_RUNS ?? 9);
const VARIANTS = { 'both on': '', 'beam off': 'beam', 'keys off': 'keys', 'both off': 'all' } as const;
type Variant = keyof typeof VARIANTS;
const COMMANDS = ['normalize', 'parse', 'warm'] as const;
type Command = (typeof COMMANDS)[number];

const envOf = (variant: Variant) => ({ ...process.env, CCHC_WASM_OFF: VARIANTS[variant] });

function coldMs(variant: Variant, args: string[]): number {
  const t0 = performance.now();
  execFileSync(process.execPath, [join(root, 'bin/cchc.js'), ...args], { cwd: root, env: envOf(variant), stdio: ['ignore', 'ignore', 'ignore'] });
  return performance.now() - t0;
}

function warmMs(variant: Variant, seed: string): number {
  const out = execFileSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/bench/devices-warm.ts'), seed], { cwd: root, env: envOf(variant), encoding: 'utf8' });
  return (JSON.parse(out.trim().split('\n').pop()!) as { ms: number }).ms;
}

export async function run(): Promise<void> {
  const seed = seedPath('000');
  const ocr = join(root, 'fixtures/ocr/interleaved-table.txt');
  // CCHC_BENCH_VARIANTS: some of the variants only ("both on,keys off"), for more runs of a close call.
  const wanted = process.env.CCHC_BENCH_VARIANTS?.split(',').map((v) => v.trim());
  const variants = (Object.keys(VARIANTS) as Variant[]).filter((v) => v === 'both on' || !wanted || wanted.includes(v));
  const times = Object.fromEntries(variants.map((v) => [v, { normalize: [], parse: [], warm: [] }])) as Record<Variant, Record<Command, number[]>>;
  for (let i = 0; i < RUNS; i++) {
    // Each run in another order of the variants, so none is always first after a pause.
    for (let k = 0; k < variants.length; k++) {
      const variant = variants[(i + k) % variants.length]!;
      times[variant].normalize.push(coldMs(variant, ['normalize', seed]));
      times[variant].parse.push(coldMs(variant, ['parse', ocr]));
      times[variant].warm.push(warmMs(variant, seed));
    }
  }
  const base = Object.fromEntries(COMMANDS.map((c) => [c, median(times['both on'][c])])) as Record<Command, number>;
  console.log(`${RUNS} interleaved runs per variant; medians in ms (min), and the change against both on`);
  console.log(`variant   | cold normalize seed 000 | cold parse ocr/interleaved-table | warm restore (seed 000, OCR fixtures, stripped plan)`);
  for (const variant of variants) {
    const cell = (c: Command) => {
      const m = median(times[variant][c]);
      const change = variant === 'both on' ? '' : ` ${m >= base[c] ? '+' : ''}${((100 * (m - base[c])) / base[c]).toFixed(1)}%`;
      return `${m.toFixed(0)} (${Math.min(...times[variant][c]).toFixed(0)})${change}`;
    };
    console.log(`${variant.padEnd(9)} | ${cell('normalize')} | ${cell('parse')} | ${cell('warm')}`);
  }
}
