// npm run bench scale: the seeds concatenated (in turn, cut at a line end) to 1, 2.5 and 10 MB,
// each parsed in a fresh process: wall time, time per MB and peak RSS. Near-linear time and a
// peak RSS of at most 1 GB at 10 MB are the targets (issue 19). SCALE_MB=1,2 picks the sizes.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const shared = process.env.CCHC_SHARED ?? resolve(import.meta.dirname, '../../../shared');
const root = resolve(import.meta.dirname, '../..');

/** The seeds (or the fixtures without ../shared), one after another until `bytes`, cut at a line end. */
export function concatenated(bytes: number): Buffer {
  const seeds = join(shared, 'seeds');
  const sources = existsSync(seeds)
    ? readdirSync(seeds)
        .sort()
        .map((f) => readFileSync(join(seeds, f)))
    : ['clean-plan.txt', 'ocr/interleaved-table.txt'].map((f) => readFileSync(join(root, 'fixtures', f)));
  const parts: Buffer[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const part = sources[i % sources.length]!;
    parts.push(part, Buffer.from('\n'));
    size += part.length + 1;
  }
  const all = Buffer.concat(parts);
  return all.subarray(0, all.lastIndexOf(0x0a, bytes) + 1);
}

export async function run(): Promise<void> {
  const sizes = (process.env.SCALE_MB ?? '1,2.5,10').split(',').map(Number);
  if (!existsSync(join(shared, 'seeds'))) console.log(`(../shared/seeds not found at ${shared}: the fixtures concatenated instead)`);
  const dir = mkdtempSync(join(tmpdir(), 'cchc-scale-'));
  console.log('MB | restoration | s | s per MB | peak RSS MB | tasks | diagnostics');
  for (const restore of ['auto', 'never']) {
    for (const mb of sizes) {
      const file = join(dir, `seeds-${mb}mb.txt`);
      writeFileSync(file, concatenated(Math.round(mb * 1024 * 1024)));
      const out = execFileSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'scale-one.ts'), file, restore], {
        cwd: root,
        encoding: 'utf8',
        maxBuffer: 1 << 20,
        timeout: 900_000,
      });
      const r = JSON.parse(out.trim().split('\n').pop()!) as {
        ms: number;
        rssMb: number;
        tasks?: number;
        diagnostics?: number;
        error?: string;
      };
      const s = r.ms / 1000;
      console.log(
        `${mb} | ${restore} | ${s.toFixed(1)} | ${(s / mb).toFixed(1)} | ${r.rssMb} | ${r.error ? `failed: ${r.error}` : `${r.tasks} | ${r.diagnostics}`}`,
      );
    }
  }
}
