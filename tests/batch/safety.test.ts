// A batch and a merge never write over what is not theirs: outputs never take the name of
// the batch's own files, --out never holds the inputs, a path read back from a file (a shard's
// report.json, the journal) stays inside its folder, and links out of the archive are not read.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBatch, type Report } from '../../src/batch/index.js';
import { lineProgress, documentsPerSecond } from '../../src/batch/progress.js';
import { journalPath } from '../../src/batch/journal.js';
import { runCli } from '../helpers/run-cli.js';
import { decisionText } from './archive.js';

const tempDir = (name: string) => mkdtempSync(join(tmpdir(), `cchc-${name}-`));
const readReport = (dir: string) => JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as Report;

function archiveOf(files: Record<string, string>): string {
  const root = tempDir('safety-in');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(root, name, '..'), { recursive: true });
    writeFileSync(join(root, name), text);
  }
  return root;
}

describe('batch outputs', () => {
  it('never take the name of report.json or index.html: inputs named "report" and "index"', async () => {
    const archive = archiveOf({ report: decisionText, index: decisionText, _notes: decisionText, 'sub/report': decisionText });
    const out = tempDir('safety-out');
    for (const run of [1, 2]) {
      const r = await runCli(['batch', archive, '--out', out, '--report', '--jobs', '1', '--quiet']);
      expect(r.code, `run ${run}: ${r.stderr}`).toBe(0);
      const report = readReport(out);
      expect(report.totals).toMatchObject({ inputs: 4, failed: 0 });
      expect(Object.fromEntries(report.inputs.map((o) => [o.file, o.output]))).toEqual({
        _notes: '__notes.json',
        index: '_index.json',
        report: '_report.json',
        'sub/report': 'sub/report.json',
      });
    }
    expect(JSON.parse(readFileSync(join(out, '_report.json'), 'utf8')).source.path).toBe('report');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('href="_index.html"');
    expect(readFileSync(join(out, '_index.html'), 'utf8')).toContain('<html');
  });
});

describe('--out around the inputs', () => {
  it('is refused when it is the input folder or above it, and nothing there is touched', async () => {
    const parent = tempDir('safety-parent');
    const archive = join(parent, 'archive');
    mkdirSync(archive);
    writeFileSync(join(archive, 'decision.txt'), decisionText);
    writeFileSync(join(archive, 'tasks.csv'), "the user's own table\n");
    writeFileSync(join(parent, 'report.json'), '{"mine": true}\n');
    for (const out of [archive, parent, join(archive, '.')]) {
      const r = await runCli(['batch', archive, '--out', out, '--quiet']);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/--out .* (is|holds) the input .*: choose an output folder outside the inputs/);
    }
    const file = await runCli(['batch', join(archive, 'decision.txt'), '--out', archive, '--quiet']);
    expect(file.code).toBe(2);
    expect(readFileSync(join(archive, 'tasks.csv'), 'utf8')).toBe("the user's own table\n");
    expect(readFileSync(join(parent, 'report.json'), 'utf8')).toBe('{"mine": true}\n');
    expect(readdirSync(archive).sort()).toEqual(['decision.txt', 'tasks.csv']);
    // Inside the inputs is fine: the output folder is left out of the walk.
    const inside = await runCli(['batch', archive, '--out', join(archive, 'converted'), '--quiet']);
    expect(inside.code).toBe(0);
    expect(readReport(join(archive, 'converted')).inputs.map((o) => o.file)).toEqual(['decision.txt', 'tasks.csv']);
  });
});

describe('paths read back from files', () => {
  it('merge refuses a shard whose report.json points out of the shard', async () => {
    const outside = tempDir('safety-outside');
    writeFileSync(join(outside, 'secret.json'), '{"secret": "not to be copied"}\n');
    const shard = tempDir('safety-shard');
    await runBatch({ inputs: [archiveOf({ 'a.txt': decisionText })], out: shard, jobs: 1, inProcess: true });
    const report = readReport(shard);
    report.inputs[0]!.output = `../${outside.split('/').pop()}/secret.json`;
    writeFileSync(join(shard, 'report.json'), JSON.stringify(report));
    const out = join(tempDir('safety-merged'), 'deep', 'out');
    const r = await runCli(['merge', shard, '--out', out, '--quiet']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/is not an input a batch converted into this folder/);
    expect(existsSync(join(out, '..', '..', 'secret.json'))).toBe(false);
    expect(r.stderr).not.toContain('not to be copied');
  });

  it('merge refuses an --out that is or holds a folder being merged', async () => {
    const shard = tempDir('safety-shard');
    await runBatch({ inputs: [archiveOf({ 'a.txt': decisionText })], out: shard, jobs: 1, inProcess: true });
    const before = readFileSync(join(shard, 'report.json'), 'utf8');
    for (const out of [shard, join(shard, '..')]) {
      const r = await runCli(['merge', shard, '--out', out, '--quiet']);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/(is|holds) the folder .* being merged/);
    }
    expect(readFileSync(join(shard, 'report.json'), 'utf8')).toBe(before);
  });

  it('merge does not follow a link in a shard to a file outside it', async () => {
    const outside = tempDir('safety-outside');
    writeFileSync(join(outside, 'passwd.json'), '{"root": "x:0:0"}\n');
    const shard = tempDir('safety-shard');
    await runBatch({ inputs: [archiveOf({ 'a.txt': decisionText })], out: shard, jobs: 1, inProcess: true });
    const { rmSync } = await import('node:fs');
    rmSync(join(shard, 'a.txt.json'));
    symlinkSync(join(outside, 'passwd.json'), join(shard, 'a.txt.json'));
    const out = tempDir('safety-merged');
    const r = await runCli(['merge', shard, '--out', out, '--quiet']);
    expect(r.code).toBe(2);
    expect(existsSync(join(out, 'a.txt.json'))).toBe(false);
  });

  it('batch does not trust a journal line naming another output: the input is converted again', async () => {
    const archive = archiveOf({ 'a.txt': decisionText });
    const out = tempDir('safety-out');
    await runBatch({ inputs: [archive], out, jobs: 1, inProcess: true });
    const outside = tempDir('safety-outside');
    writeFileSync(join(outside, 'system.json'), 'root:x:0:0:root:/root:/bin/bash\n');
    const line = JSON.parse(readFileSync(journalPath(out), 'utf8').trim());
    line.outcome.output = `../${outside.split('/').pop()}/system.json`;
    writeFileSync(journalPath(out), JSON.stringify(line) + '\n');
    const again = await runBatch({ inputs: [archive], out, jobs: 1, inProcess: true });
    expect(again.skipped).toBe(0);
    expect(again.report.inputs[0]).toMatchObject({ file: 'a.txt', status: 'converted', output: 'a.txt.json' });
    expect(readFileSync(join(out, 'documents.ndjson'), 'utf8')).not.toContain('root:x');
  });
});

describe('symbolic links', () => {
  it('out of the input tree are listed, not followed; inside it they are read', async () => {
    const elsewhere = archiveOf({ 'x.txt': decisionText, 'y.txt': decisionText });
    const archive = archiveOf({ 'a.txt': decisionText });
    symlinkSync(elsewhere, join(archive, 'etc'));
    symlinkSync(join(elsewhere, 'x.txt'), join(archive, 'x-link.txt'));
    symlinkSync(join(archive, 'a.txt'), join(archive, 'a-link.txt'));
    const out = tempDir('safety-out');
    const { report } = await runBatch({ inputs: [archive], out, jobs: 1, inProcess: true });
    expect(report.inputs.map((o) => [o.file, o.status, o.reason ?? null])).toEqual([
      ['a-link.txt', 'converted', null],
      ['a.txt', 'converted', null],
      ['etc', 'failed', 'a symbolic link out of the input folder (not followed)'],
      ['x-link.txt', 'failed', 'a symbolic link out of the input folder (not followed)'],
    ]);
  });
});

describe('rates', () => {
  it('the progress line and the summary count the same: documents converted since the start', async () => {
    const archive = archiveOf(Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`d${i}.txt`, decisionText])));
    const out = tempDir('safety-out');
    const rateIn = (line: string) => Number(/([\d.]+) docs\/s/.exec(line)![1]);
    for (const run of ['first', 'again']) {
      const lines: Array<{ line: string; at: number }> = [];
      const started = Date.now();
      const result = await runBatch({
        inputs: [archive],
        out,
        jobs: 1,
        inProcess: true,
        progress: lineProgress((line) => lines.push({ line, at: Date.now() }), 0),
      });
      const summary = documentsPerSecond(result.total - result.skipped, result.elapsedMs);
      const last = lines.at(-1)!;
      if (run === 'again') {
        // Everything was up to date: nothing converted, whatever the progress saw go by.
        expect(result.skipped).toBe(6);
        expect([rateIn(last.line), summary]).toEqual([0, 0]);
      } else {
        // The line's rate is the summary's measure taken at the last input: converted since the start.
        const expected = documentsPerSecond(6, last.at - started);
        expect(Math.abs(rateIn(last.line) - expected)).toBeLessThanOrEqual(0.05 + expected * 0.1);
        expect(summary).toBeLessThanOrEqual(rateIn(last.line) + 0.05); // and the summary's end is later
        expect(summary).toBeCloseTo(documentsPerSecond(6, result.elapsedMs), 6);
      }
    }
  });
});
