// The bundled CLI (scripts/bundle-cli.ts → dist/bundle/, what bin/cchc.js runs) does what the
// modules it is made from do. Built afresh into a folder of its own under dist/ (so it finds
// model/ and node_modules/ by walking up, as the real one does), then run in child processes.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleCli } from '../../scripts/bundle-cli.js';
import { fixturePath, repoRoot } from '../helpers/shared.js';
import { runCli } from '../helpers/run-cli.js';

mkdirSync(join(repoRoot, 'dist'), { recursive: true });
const outdir = mkdtempSync(join(repoRoot, 'dist', '.bundle-test-'));

/** bin/cchc.js itself, pointed at the fresh bundle, run in a child process. */
function runBundle(argv: string[]) {
  const run = spawnSync(process.execPath, [join(outdir, 'cchc.cjs'), ...argv], { encoding: 'utf8', maxBuffer: 1 << 26 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

beforeAll(async () => {
  await bundleCli(outdir);
  const launcher = readFileSync(join(repoRoot, 'bin/cchc.js'), 'utf8');
  expect(launcher).toContain("'../dist/bundle/normalize.cjs'");
  writeFileSync(join(outdir, 'cchc.cjs'), launcher.replaceAll('../dist/bundle/', './'));
}, 60_000);

afterAll(() => rmSync(outdir, { recursive: true, force: true }));

const scratch = () => mkdtempSync(join(outdir, 'io-'));

/**
 * The source files (from the source maps) of every chunk a command's chunk loads when it is
 * imported: itself and the chunks it imports statically, transitively (not those it imports lazily).
 */
function sourcesLoadedBy(prefix: string): string[] {
  const entry = readdirSync(outdir).find((file) => file.startsWith(prefix) && file.endsWith('.js'));
  if (!entry) throw new Error(`no ${prefix}*.js in ${outdir}`);
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, imported] of readFileSync(join(outdir, file), 'utf8').matchAll(/\bimport\s*(?:[\w{}\s,$]*from\s*)?"\.\/([^"]+)"/g))
      visit(imported!);
  };
  visit(entry);
  return [...seen].flatMap((file) =>
    (JSON.parse(readFileSync(join(outdir, `${file}.map`), 'utf8')) as { sources: string[] }).sources.map((source) =>
      source.replace(/^(\.\.\/)+/, ''),
    ),
  );
}

describe('the bundled CLI', () => {
  it('writes one entry per command line and the batch worker beside its chunks', () => {
    expect(existsSync(join(outdir, 'main.js'))).toBe(true);
    // src/batch/pool.ts starts its threads from ./worker.js next to itself
    expect(existsSync(join(outdir, 'worker.js'))).toBe(true);
    expect(existsSync(join(outdir, 'main.js.map'))).toBe(true);
    // `cchc normalize` has a CommonJS file of its own (the launcher picks it), self-contained
    expect(existsSync(join(outdir, 'normalize.cjs'))).toBe(true);
    expect(readFileSync(join(outdir, 'normalize.cjs'), 'utf8')).not.toMatch(/require\(["']\.\//);
  });

  it('loads for each command only the chunks its doors reach: `cchc schema` takes the schema and zod, not the pipeline', () => {
    const schema = sourcesLoadedBy('schema-');
    expect(schema).toContain('src/schema/json-schema.ts');
    expect(schema.some((source) => source.includes('node_modules/zod/'))).toBe(true);
    for (const absent of ['src/pipeline.ts', 'src/segment/', 'src/restore/', 'chrono-node', 'unified'])
      expect(schema.filter((source) => source.includes(absent))).toEqual([]);
    // zod's messages in English only (its default), not its other locales.
    const otherLocales = (sources: string[]) => sources.filter((source) => /zod\/v4\/locales\/(?!en\.js)/.test(source));
    expect(otherLocales(schema)).toEqual([]);
    const parse = sourcesLoadedBy('parse-');
    expect(otherLocales(parse)).toEqual([]);
    expect(parse).toContain('src/pipeline.ts');
    for (const absent of ['src/report/', 'src/batch/run.ts']) expect(parse.filter((source) => source.includes(absent))).toEqual([]);
  });

  it('gives normalize the same help, usage errors and exit codes from its own bundle as the whole CLI does', async () => {
    for (const argv of [
      ['normalize', '--help'],
      ['normalize', '--bogus', 'x'],
      ['normalize'],
      ['normalize', join(outdir, 'missing.txt')],
    ]) {
      const expected = await runCli(argv);
      const bundled = runBundle(argv);
      expect(bundled.code, argv.join(' ')).toBe(expected.code);
      expect(bundled.stdout, argv.join(' ')).toBe(expected.stdout);
      expect(bundled.stderr, argv.join(' ')).toBe(expected.stderr);
    }
  });

  it('normalizes an OCR’d document exactly as the modules do (finds model/ from its own folder)', async () => {
    const file = fixturePath('ocr/decision.txt');
    const expected = await runCli(['normalize', file]);
    const bundled = runBundle(['normalize', file]);
    expect(bundled.stderr).toBe('');
    expect(bundled.code).toBe(0);
    expect(expected.code).toBe(0);
    expect(bundled.stdout).toBe(expected.stdout);
    expect(bundled.stdout).not.toBe(readFileSync(file, 'utf8')); // something was restored
  });

  it('normalizes the same without WebAssembly (node --jitless: the JavaScript beam search)', () => {
    const file = fixturePath('ocr/decision.txt');
    const jitless = spawnSync(process.execPath, ['--jitless', join(outdir, 'cchc.cjs'), 'normalize', file], { encoding: 'utf8' });
    expect(jitless.status, jitless.stderr).toBe(0);
    expect(jitless.stdout).toBe(runBundle(['normalize', file]).stdout);
    expect(jitless.stdout).not.toBe(readFileSync(file, 'utf8'));
  });

  it('parses as the modules do (unified, chrono-node, zod … bundled in)', async () => {
    const file = fixturePath('clean-plan.txt');
    const expected = await runCli(['parse', file]);
    const bundled = runBundle(['parse', file]);
    expect(bundled.code).toBe(0);
    expect(JSON.parse(bundled.stdout)).toEqual(JSON.parse(expected.stdout));
  });

  it('writes the review page the modules write, byte for byte (its CSS and script are String.raw templates)', async () => {
    const file = fixturePath('clean-plan.txt');
    const expected = await runCli(['report', file]);
    const bundled = runBundle(['report', file]);
    expect(bundled.code).toBe(0);
    expect(bundled.stdout === expected.stdout).toBe(true);
    expect(bundled.stdout).toContain('content: " ⚠"');
  });

  it('runs a batch through the worker pool', () => {
    const dir = scratch();
    const input = join(dir, 'in');
    mkdirSync(input);
    writeFileSync(join(input, 'plan.txt'), readFileSync(fixturePath('clean-plan.txt')));
    const out = join(dir, 'out');
    const bundled = runBundle(['batch', input, '--out', out, '--jobs', '1']);
    expect(bundled.code, bundled.stderr).toBe(0);
    const doc = JSON.parse(readFileSync(join(out, 'plan.txt.json'), 'utf8')) as { decision: { number: string } };
    expect(doc.decision.number).toMatch(/QĐ-UBND/);
  });

  it('runs from bin/cchc.js itself, a CommonJS file (bin/package.json), on the build `npm ci` made', () => {
    const run = spawnSync(process.execPath, [join(repoRoot, 'bin/cchc.js'), '--version'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('0.1.0\n');
    expect(JSON.parse(readFileSync(join(repoRoot, 'bin/package.json'), 'utf8'))).toEqual({ type: 'commonjs' });
  });

  it('keeps commander’s exit codes: --version 0, wrong usage 2', () => {
    expect(runBundle(['--version'])).toMatchObject({ code: 0, stdout: '0.1.0\n' });
    expect(runBundle(['frobnicate']).code).toBe(2);
  });

  it('ends quietly, exit code 0, when the reader closes the pipe early (`cchc normalize f | head`)', async () => {
    // Output far larger than a pipe's buffer, so the CLI is still writing when the reader goes.
    const big = join(scratch(), 'long.txt');
    writeFileSync(big, readFileSync(fixturePath('ocr/decision.txt'), 'utf8').repeat(40));
    const child = spawn(process.execPath, [join(outdir, 'cchc.cjs'), 'normalize', '--json', big], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toContain('EPIPE');
    expect(stderr).toBe('');
    expect(code).toBe(0);
  }, 60_000);
});
