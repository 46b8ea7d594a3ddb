// npm run bench [name…]: runs every scripts/bench/*.bench.ts (or the named ones).
// Each exports `run(): Promise<void>` and prints its own figures: medians over
// repeated runs, peak RSS, ratios — never pass/fail (targets are read, not timed tests).
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const benches = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !wanted.length || wanted.includes(f.replace('.bench.ts', '')))
  .sort();

for (const file of benches) {
  console.log(`\n## ${file.replace('.bench.ts', '')}`);
  const bench = (await import(pathToFileURL(join(here, file)).href)) as { run: () => Promise<void> };
  await bench.run();
}
