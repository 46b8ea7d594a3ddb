// Run by restore.bench.ts in a fresh process: how long a cold start takes to
// load the models and normalise one file. Prints one JSON line.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const path = process.argv[2]!;
const t0 = performance.now();
const { loadModel } = await import('../../src/restore/lm/load.js');
const { restore } = await import('../../src/restore/index.js');
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
