// Run by restore.bench.ts in a fresh process: where a cold start's time goes when it loads the
// built modules (dist/), the models and normalises one file. Prints one JSON line.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const path = process.argv[2]!;
const dist = new URL('../../dist/', import.meta.url);
const t0 = performance.now();
const { loadModel } = (await import(new URL('restore/lm/load.js', dist).href)) as typeof import('../../src/restore/lm/load.js');
const { restore } = (await import(new URL('restore/index.js', dist).href)) as typeof import('../../src/restore/index.js');
const t1 = performance.now();
loadModel();
const t2 = performance.now();
const result = restore(readFileSync(path, 'utf8'), 'auto');
const t3 = performance.now();
console.log(
  JSON.stringify({
    importMs: Math.round(t1 - t0),
    modelLoadMs: Math.round(t2 - t1),
    firstRestoreMs: Math.round(t3 - t2),
    endToEndMs: Math.round(t3 - t0),
    sinceProcessStartMs: Math.round(t3),
    changes: result.restoration.changes.length,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  }),
);
