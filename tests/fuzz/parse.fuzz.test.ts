// Fuzzing parse and the CLI with a fixed budget (FUZZ_RUNS, FUZZ_SEED to explore further; npm run
// bench fuzz runs thousands): whatever the bytes, parse returns a schema-valid document or throws
// a ParseError; the CLI exits 0 or 1 with one line on standard error. How long the slowest input
// takes is a figure of `npm run bench fuzz`; here each test's timeout only stops a hang. The standing
// corpus (tests/fuzz/corpus/: inputs that crashed or stalled a stage once) is replayed every run.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/pipeline.js';
import { CchcDocument } from '../../src/schema/document.js';
import { judge, mutatedArbitrary, randomArbitrary } from '../../scripts/bench/fuzz-inputs.js';
import { runCli } from '../helpers/run-cli.js';
import { fixturePath, hasShared, seedPath } from '../helpers/shared.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
const SEED = Number(process.env.FUZZ_SEED ?? 19);
const corpusDir = join(import.meta.dirname, 'corpus');

const documents = [
  ...[
    'clean-plan.txt',
    'clean-plan.md',
    'pipe-tables.md',
    'ocr/interleaved-table.txt',
    'ocr/par-table.txt',
    'encodings/decision.vni.txt',
  ].map((f) => readFileSync(fixturePath(f))),
  ...(hasShared ? ['000', '001', '002', '003', '004'].map((s) => readFileSync(seedPath(s))) : []),
];

function check(bytes: Buffer, path: string): void {
  const verdict = judge(() => parse(bytes, { path }));
  expect(verdict, `${path} (${bytes.length} bytes)`).toEqual({ ok: true });
}

describe('fuzz: parse', () => {
  it('replays the crash corpus', { timeout: 120_000 }, () => {
    const files = readdirSync(corpusDir).filter((f) => !f.startsWith('.') && f !== 'README.md');
    expect(files.length).toBeGreaterThanOrEqual(10);
    for (const file of files) check(readFileSync(join(corpusDir, file)), file);
  });

  it('random bytes and near-decision text', { timeout: 300_000 }, () => {
    fc.assert(
      fc.property(randomArbitrary, (bytes) => check(bytes, 'random.txt')),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('mutated documents (text and Markdown)', { timeout: 300_000 }, () => {
    fc.assert(
      fc.property(mutatedArbitrary(documents), fc.boolean(), (bytes, markdown) => check(bytes, markdown ? 'mutated.md' : 'mutated.txt')),
      { numRuns: RUNS, seed: SEED },
    );
  });
});

describe('fuzz: the CLI', () => {
  it('exits 0 with a valid document or 1 with one line naming the file', { timeout: 300_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cchc-fuzz-'));
    const inputs = fc.sample(fc.oneof(randomArbitrary, mutatedArbitrary(documents)), { numRuns: Math.max(5, RUNS / 4), seed: SEED });
    for (const [i, bytes] of inputs.entries()) {
      const path = join(dir, `input-${i}.txt`);
      writeFileSync(path, bytes);
      const r = await runCli(['parse', path]);
      expect([0, 1], `${path}: ${r.stderr}`).toContain(r.code);
      if (r.code === 0) expect(CchcDocument.safeParse(JSON.parse(r.stdout)).success).toBe(true);
      else expect(r.stderr, path).toMatch(new RegExp(`^cchc: ${path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: [^\\n]+\\n$`));
    }
  });
});
