// Run by devices.bench.ts in a fresh process, with $CCHC_WASM_OFF as the bench sets it: the
// throughput of a warm restorer (the built library, dist/ of this tree or of $CCHC_BENCH_ROOT, a
// tree built from another commit) on OCR'd texts — seed 000, the OCR
// fixtures and a stripped clean plan — restored once to warm up, then PASSES times. Prints one JSON
// line: wall and CPU ms per pass (medians) and characters per pass.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const here = new URL('../../', import.meta.url).pathname;
const root = process.env.CCHC_BENCH_ROOT ?? here;
const PASSES = Number(process.env.CCHC_BENCH_PASSES ?? 3);
const library = (await import(join(root, 'dist/index.js'))) as Partial<typeof import('../../src/index.js')> & {
  restore?: (text: string, mode: 'always') => unknown;
};
const { stripDiacritics } = (await import(join(root, 'dist/vietnamese/index.js'))) as typeof import('../../src/vietnamese/index.js');

// The texts come from this tree, so that two trees are timed on the same input.
const texts = [readFileSync(process.argv[2]!, 'utf8'), stripDiacritics(readFileSync(join(here, 'fixtures/clean-plan.txt'), 'utf8'))];
for (const name of readdirSync(join(here, 'fixtures/ocr'))) texts.push(readFileSync(join(here, 'fixtures/ocr', name), 'utf8'));

// Trees from before the Restorer object (issue 18) export restore(text, mode) instead.
const restoreOnce: (text: string) => unknown = library.openRestorer
  ? (
      (restorer) => (text: string) =>
        restorer.restore(text, { mode: 'always' })
    )(await library.openRestorer())
  : (text: string) => library.restore!(text, 'always');
const pass = () => {
  for (const text of texts) restoreOnce(text);
};
pass();
const times: number[] = [];
const cpu: number[] = [];
for (let i = 0; i < PASSES; i++) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  pass();
  const c = process.cpuUsage(c0);
  times.push(performance.now() - t0);
  cpu.push((c.user + c.system) / 1000);
}
const middle = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
console.log(JSON.stringify({ ms: middle(times), cpuMs: middle(cpu), chars: texts.reduce((n, t) => n + t.length, 0) }));
