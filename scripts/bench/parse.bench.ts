// Parse time per seed: median over repeated runs in one process (warm), and the
// process's peak RSS. Target (issue 2): a 50 KB clean document in ≤ 50 ms warm.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from '../../src/pipeline.js';
import { peakRssMb, timeMedian } from './measure.js';

const shared = process.env.CCHC_SHARED ?? resolve(import.meta.dirname, '../../../shared');

export async function run(): Promise<void> {
  const seeds = join(shared, 'seeds');
  const files = existsSync(seeds)
    ? readdirSync(seeds)
        .sort()
        .map((f) => join(seeds, f))
    : [];
  files.push(resolve(import.meta.dirname, '../../fixtures/clean-plan.md'), resolve(import.meta.dirname, '../../fixtures/clean-plan.txt'));
  if (!existsSync(seeds)) console.log(`(../shared/seeds not found at ${seeds}: fixtures only)`);
  console.log('file | KB | tasks | restored | median ms (warm, 15 runs)');
  for (const path of files) {
    const bytes = readFileSync(path);
    const name = path.split('/').pop()!.slice(0, 24);
    let doc;
    try {
      doc = parse(bytes, { path });
    } catch (error) {
      console.log(`${name} | ${(bytes.length / 1024).toFixed(1)} | failed: ${(error as Error).message.split(': ').pop()}`);
      continue;
    }
    const ms = timeMedian(() => parse(bytes, { path }), 15, 3);
    console.log(`${name} | ${(bytes.length / 1024).toFixed(1)} | ${doc.tasks.length} | ${doc.restoration.applied} | ${ms.toFixed(1)}`);
  }
  console.log(`peak RSS: ${peakRssMb()} MB`);
}
