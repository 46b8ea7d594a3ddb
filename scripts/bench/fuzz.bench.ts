// npm run bench fuzz: thousands of fuzzed inputs through parse (random bytes, near-decision text,
// mutated seeds and fixtures) and a share of them through the CLI; counts crashes (any error but a
// ParseError), hangs (over HANG_SECONDS) and schema-invalid outputs, which must all be zero.
// FUZZ_INPUTS (default 5000) and FUZZ_SEED choose the inputs; a failing input is written to
// tests/fuzz/corpus/found-<n>.bin, to be kept there once fixed.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { main } from '../../src/cli/main.js';
import { parse } from '../../src/pipeline.js';
import { judge, mutatedArbitrary, randomArbitrary } from './fuzz-inputs.js';
import { peakRssMb } from './measure.js';

const shared = process.env.CCHC_SHARED ?? resolve(import.meta.dirname, '../../../shared');
const root = resolve(import.meta.dirname, '../..');
const HANG_SECONDS = 10;

export async function run(): Promise<void> {
  const total = Number(process.env.FUZZ_INPUTS ?? 5000);
  const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000);
  const seeds = join(shared, 'seeds');
  const documents = [
    ...[
      'clean-plan.txt',
      'clean-plan.md',
      'pipe-tables.md',
      'ocr/interleaved-table.txt',
      'ocr/par-table.txt',
      'encodings/decision.vni.txt',
    ].map((f) => readFileSync(join(root, 'fixtures', f))),
    ...(existsSync(seeds)
      ? readdirSync(seeds)
          .sort()
          .map((f) => readFileSync(join(seeds, f)))
      : []),
  ];
  const inputs = fc.sample(fc.oneof(randomArbitrary, mutatedArbitrary(documents)), { numRuns: total, seed });
  const counts = { inputs: 0, documents: 0, refused: 0, crash: 0, schema: 0, hang: 0 };
  const found: string[] = [];
  const record = (bytes: Buffer, what: string) => {
    const path = join(root, 'tests/fuzz/corpus', `found-${seed}-${found.length}.bin`);
    writeFileSync(path, bytes);
    found.push(`${what} → ${path}`);
  };
  const started = Date.now();
  let slowest = 0;
  for (const [i, bytes] of inputs.entries()) {
    const markdown = i % 3 === 0;
    const t0 = performance.now();
    let refused = false;
    const verdict = judge(() => {
      try {
        return parse(bytes, { path: markdown ? 'fuzz.md' : 'fuzz.txt' });
      } catch (error) {
        refused = true;
        throw error;
      }
    });
    const seconds = (performance.now() - t0) / 1000;
    slowest = Math.max(slowest, seconds);
    counts.inputs++;
    if (!verdict.ok) {
      counts[verdict.problem]++;
      record(bytes, `${verdict.problem}: ${verdict.detail}`);
    } else if (refused) counts.refused++;
    else counts.documents++;
    if (seconds > HANG_SECONDS) {
      counts.hang++;
      record(bytes, `hang: ${seconds.toFixed(1)} s`);
    }
  }
  // A share through the CLI, as files: exit 0 or 1, one line on standard error.
  const dir = mkdtempSync(join(tmpdir(), 'cchc-fuzz-cli-'));
  const cli = { inputs: 0, bad: 0 };
  for (const [i, bytes] of inputs.slice(0, Math.ceil(total / 10)).entries()) {
    const path = join(dir, `input-${i}.txt`);
    writeFileSync(path, bytes);
    let stderr = '';
    const code = await main(['parse', path, '--restore', 'never'], {
      stdout: () => {},
      stderr: (t) => void (stderr += t),
      readStdin: async () => Buffer.alloc(0),
    });
    cli.inputs++;
    if (!(code === 0 || (code === 1 && stderr.startsWith(`cchc: ${path}: `) && stderr.indexOf('\n') === stderr.length - 1))) {
      cli.bad++;
      record(bytes, `cli exit ${code}: ${stderr.slice(0, 200)}`);
    }
  }
  const seconds = (Date.now() - started) / 1000;
  console.log(
    `seed ${seed}: ${counts.inputs} inputs through parse in ${seconds.toFixed(0)} s (slowest ${slowest.toFixed(2)} s; restoration on, whatever the lines' length)`,
  );
  console.log(`  ${counts.documents} documents, ${counts.refused} refused with a ParseError`);
  console.log(`  crashes ${counts.crash}, hangs (> ${HANG_SECONDS} s) ${counts.hang}, schema-invalid ${counts.schema}`);
  console.log(`  CLI: ${cli.inputs} inputs, ${cli.bad} with another exit code or more than one line of error`);
  console.log(`peak RSS: ${peakRssMb()} MB`);
  for (const f of found) console.log(`  ${f}`);
}
