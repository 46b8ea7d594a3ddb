// One parse of one file in a process of its own (for scale.bench.ts): prints
// {"ms", "rssMb", "tasks", "diagnostics"} or {"error"} as one JSON line.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parse } from '../../src/pipeline.js';

const [path, restore] = process.argv.slice(2);
const bytes = readFileSync(path!);
const t0 = performance.now();
try {
  const doc = parse(bytes, { path: path!, restore: (restore ?? 'auto') as 'auto' | 'never' | 'always' });
  const ms = performance.now() - t0;
  console.log(
    JSON.stringify({
      ms,
      rssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      tasks: doc.tasks.length,
      diagnostics: doc.diagnostics.length,
    }),
  );
} catch (error) {
  console.log(
    JSON.stringify({
      ms: performance.now() - t0,
      rssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      error: (error as Error).message.slice(0, 200),
    }),
  );
}
