// cchc batch end to end on a small archive of our own: every input listed in
// report.json with its status and reason, outputs mirroring the folders,
// combined tables naming their source file, resumable, identical bytes
// whatever --jobs, shards that partition the archive.
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { inShard, runBatch, type BatchResult, type Report } from '../../src/batch/index.js';
import { CchcError } from '../../src/errors.js';
import { runCli } from '../helpers/run-cli.js';
import { TABLE_NAMES } from '../../src/emit/tables.js';
import { repoRoot } from '../helpers/shared.js';
import { decisionText, EXPECTED, lockedReader, makeArchive } from './archive.js';

const COMBINED = ['tasks.csv', 'targets.csv', 'documents.ndjson', 'report.json'];
const newOut = () => mkdtempSync(join(tmpdir(), 'cchc-batch-out-'));
const read = (dir: string, file: string) => readFileSync(join(dir, file));

let archive: string;
let out: string;
let first: BatchResult;

beforeAll(async () => {
  archive = makeArchive();
  out = newOut();
  first = await runBatch({ inputs: [archive], out, jobs: 2, readInput: lockedReader });
});

describe('cchc batch: every input accounted for', () => {
  it('lists every input with its status and reason, skipping hidden files and folders', () => {
    const report = JSON.parse(read(out, 'report.json').toString()) as Report;
    const byFile = Object.fromEntries(report.inputs.map((o) => [o.file, o]));
    expect(Object.keys(byFile).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const [file, expected] of Object.entries(EXPECTED)) {
      expect(byFile[file]!.status, file).toBe(expected.status);
      if (expected.reason) expect(byFile[file]!.reason, file).toMatch(expected.reason);
    }
    expect(report.totals).toEqual({ inputs: 17, converted: 6, convertedWithWarnings: 2, failed: 9 });
  });

  it('keeps the error behind each input it could not read, with its cause', () => {
    const byFile = Object.fromEntries(first.failures.map((f) => [f.path, f]));
    expect(Object.keys(byFile).sort()).toEqual(['broken/dangling.txt', 'broken/locked.txt', 'broken/pipe.txt']);
    const locked = byFile['broken/locked.txt']!;
    expect(locked).toBeInstanceOf(CchcError);
    expect(locked.code).toBe('input');
    expect(locked.reason).toBe(first.report.inputs.find((o) => o.file === 'broken/locked.txt')!.reason);
    expect((locked.cause as NodeJS.ErrnoException).code).toBe('EACCES');
  });

  it('records the encoding found and the warnings of damaged files', () => {
    const byFile = Object.fromEntries(first.report.inputs.map((o) => [o.file, o]));
    expect(byFile['2023/decision-tcvn3.txt']!.encoding).toBe('tcvn3');
    expect(byFile['2023/decision-vni.txt']!.encoding).toBe('vni');
    expect(byFile['2024/decision-utf16.txt']!.encoding).toBe('utf-16le');
    expect(byFile['2024/decision-garbled.txt']!.encoding).toBe('tcvn3 (repaired from windows-1252)');
    expect(byFile['2024/decision.docx']).toMatchObject({ format: 'docx', tasks: 3, targets: 3 });
    expect(byFile['broken/truncated.txt']!.warnings!.join('\n')).toMatch(/truncated/);
    expect(byFile['broken/mixed.txt']!.encoding).toBe('mixed (utf-8 + tcvn3)');
    expect(byFile['broken/mixed.txt']!.warnings!.join('\n')).toMatch(/decoded as tcvn3/);
  });

  it('writes one JSON per converted input, mirroring the folders, and none for failures', () => {
    const doc = JSON.parse(read(out, '2023/decision-vni.txt.json').toString());
    expect(doc.source).toMatchObject({ path: '2023/decision-vni.txt', encoding: 'vni', format: 'text' });
    expect(doc.decision.number).toBe('1287/QĐ-UBND');
    expect(doc.tasks.map((t: { lead: Array<{ name: string }> }) => t.lead[0]!.name)).toEqual([
      'Sở Tư pháp',
      'Văn phòng UBND tỉnh',
      'Sở Nội vụ',
    ]);
    expect(existsSync(join(out, 'broken/scan.pdf.json'))).toBe(false);
    expect(existsSync(join(out, '.hidden'))).toBe(false);
    expect(readdirSync(join(out, 'broken')).sort()).toEqual(['mixed.txt.json', 'truncated.txt.json']);
  });

  it('writes combined tables and NDJSON whose every row names its source file', () => {
    const tasks = read(out, 'tasks.csv').toString().trim().split('\n');
    expect(tasks[0]).toMatch(/^source_file,id,/);
    const converted = first.report.inputs.filter((o) => o.status !== 'failed').map((o) => o.file);
    expect(tasks.length - 1).toBe(3 * converted.length);
    expect(new Set(tasks.slice(1).map((row) => row.split(',')[0]))).toEqual(new Set(converted));
    const docs = read(out, 'documents.ndjson')
      .toString()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(docs.map((d) => d.source.path)).toEqual(converted);
    expect(read(out, 'targets.csv').toString().split('\n')[1]).toMatch(/^2023\/decision-tcvn3\.txt,/);
    // One CSV for every table of emit/tables.ts.
    for (const table of TABLE_NAMES) expect(read(out, `${table}.csv`).toString(), table).toMatch(/^source_file,/);
  });
});

describe('cchc batch: resumable and deterministic', () => {
  it('skips every up-to-date input on a re-run and writes the same bytes', async () => {
    const before = COMBINED.map((f) => read(out, f));
    const again = await runBatch({ inputs: [archive], out, jobs: 2, readInput: lockedReader });
    // All but the unreadable file (read errors are always tried again) and the special files.
    expect(again.skipped).toBe(14);
    COMBINED.forEach((f, i) => expect(read(out, f).equals(before[i]!), f).toBe(true));
  });

  it('--force with --jobs 1 converts everything again, to the same bytes as --jobs 2', async () => {
    const before = COMBINED.map((f) => read(out, f));
    const forced = await runBatch({ inputs: [archive], out, jobs: 1, force: true, readInput: lockedReader });
    expect(forced.skipped).toBe(0);
    COMBINED.forEach((f, i) => expect(read(out, f).equals(before[i]!), f).toBe(true));
  });

  it('an interrupted run leaves no half-written output and the next run finishes the job', async () => {
    const dir = newOut();
    const controller = new AbortController();
    let ticks = 0;
    // In this thread (no worker pool): what is tested here is the journal, not the threads.
    const stopped = await runBatch({
      inputs: [archive],
      out: dir,
      jobs: 2,
      inProcess: true,
      readInput: lockedReader,
      signal: controller.signal,
      progress: { start() {}, stop() {}, tick: () => void (++ticks === 5 && controller.abort()) },
    });
    expect(stopped.interrupted).toBe(true);
    expect(stopped.report.inputs.length).toBeLessThan(stopped.total);
    expect(existsSync(join(dir, 'report.json'))).toBe(false);
    expect(existsSync(join(dir, 'tasks.csv'))).toBe(false);
    // What a kill -9 would leave: a temporary file and a journal line cut short.
    writeFileSync(join(dir, '2023', '.cchc-tmp-0123456789ab-decision.txt.json'), '{"schemaVersion":"1.0');
    appendFileSync(join(dir, '.cchc-journal.ndjson'), '{"file":"2024/decision.docx","key":"ab');

    const resumed = await runBatch({ inputs: [archive], out: dir, jobs: 2, inProcess: true, readInput: lockedReader });
    expect(resumed.interrupted).toBe(false);
    expect(resumed.skipped).toBeGreaterThanOrEqual(3);
    expect(resumed.skipped).toBeLessThan(17);
    for (const f of COMBINED) expect(read(dir, f).equals(read(out, f)), f).toBe(true);
    expect(readdirSync(join(dir, '2023')).filter((f) => f.includes('.cchc-tmp-'))).toEqual([]);
  });
});

describe('cchc batch: the command line', () => {
  it('--shard k/n converts exactly the inputs of that shard', async () => {
    const dir = newOut();
    const r = await runCli(['batch', archive, '--out', dir, '--shard', '2/3', '--jobs', '2', '--bom']);
    const report = JSON.parse(read(dir, 'report.json').toString()) as Report;
    const expected = Object.keys(EXPECTED)
      .filter((f) => inShard(f, { index: 2, count: 3 }))
      .sort();
    expect(report.inputs.map((o) => o.file)).toEqual(expected);
    expect(report.shard).toBe('2/3');
    expect(r.code).toBe(report.totals.failed ? 1 : 0);
    expect(r.stdout).toMatch(/input\(s\): \d+ converted/);
    expect(
      read(dir, 'tasks.csv')
        .subarray(0, 3)
        .equals(Buffer.from([0xef, 0xbb, 0xbf])),
    ).toBe(true);
  });

  it('shards partition the archive: every input in exactly one', () => {
    for (const file of Object.keys(EXPECTED)) {
      const shards = [1, 2, 3].filter((index) => inShard(file, { index, count: 3 }));
      expect(shards, file).toHaveLength(1);
    }
  });

  it('exits 2 when the command itself is wrong', async () => {
    const dir = newOut();
    expect((await runCli(['batch', archive])).stderr).toMatch(/--out <dir> is required/);
    for (const args of [
      ['batch', archive],
      ['batch', join(archive, 'nowhere'), '--out', dir],
      ['batch', `${archive}/**/*.doc`, '--out', dir],
      ['batch', archive, '--out', dir, '--jobs', '0'],
      ['batch', archive, '--out', dir, '--shard', '4/3'],
      ['batch', archive, '--out', dir, '--format', 'pdf'],
      ['batch', archive, '--out', join(archive, '2023/decision.txt')],
    ]) {
      expect((await runCli(args)).code, args.join(' ')).toBe(2);
    }
  });
});

describe('cchc batch: killed for real', () => {
  it('a run killed with SIGKILL mid-way leaves only whole outputs, and the next run finishes with the same bytes', async () => {
    // A bigger archive, so that the kill lands mid-way: the small one plus 40 more decisions.
    const big = makeArchive();
    for (let i = 0; i < 40; i++) {
      mkdirSync(join(big, 'bulk'), { recursive: true });
      writeFileSync(join(big, 'bulk', `qd-${String(i).padStart(2, '0')}.txt`), decisionText.replace('1287/QĐ-UBND', `${1300 + i}/QĐ-UBND`));
    }
    const dir = newOut();
    // The batch in a child process of its own (TypeScript through tsx), killed once a few inputs are done.
    const script = `const { runBatch } = await import('./src/batch/run.ts');
      await runBatch({ inputs: [${JSON.stringify(big)}], out: ${JSON.stringify(dir)}, jobs: 1 });`;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: repoRoot, stdio: 'ignore' });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    const journal = join(dir, '.cchc-journal.ndjson');
    const lines = () => (existsSync(journal) ? readFileSync(journal, 'utf8').split('\n').filter(Boolean).length : 0);
    const deadline = Date.now() + 90_000;
    while (lines() < 4 && Date.now() < deadline && child.exitCode === null) await new Promise((r) => setTimeout(r, 20));
    expect(child.exitCode).toBeNull(); // still running: the kill lands mid-way
    child.kill('SIGKILL');
    await exited;
    expect(existsSync(join(dir, 'report.json'))).toBe(false);
    // Whatever is in place is whole.
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (entry.isFile() && entry.name.endsWith('.json') && !entry.name.includes('.cchc-tmp-')) {
        expect(() => JSON.parse(readFileSync(join(entry.parentPath, entry.name), 'utf8')), entry.name).not.toThrow();
      }
    }
    const resumed = await runBatch({ inputs: [big], out: dir, jobs: 2, inProcess: true, readInput: lockedReader });
    expect(resumed.skipped).toBeGreaterThanOrEqual(3);
    expect(resumed.report.totals.inputs).toBe(17 + 40);
    const fresh = newOut();
    await runBatch({ inputs: [big], out: fresh, jobs: 2, inProcess: true, readInput: lockedReader });
    for (const f of COMBINED) expect(read(dir, f).equals(read(fresh, f)), f).toBe(true);
  });
});

describe('cchc batch: a huge file', () => {
  it('is refused without being read into memory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cchc-huge-'));
    writeFileSync(join(dir, 'decision.txt'), decisionText);
    writeFileSync(join(dir, 'video.txt'), '');
    truncateSync(join(dir, 'video.txt'), 100 * 1024 * 1024); // sparse: costs no disk
    const result = await runBatch({ inputs: [dir], out: newOut(), jobs: 1, inProcess: true });
    expect(result.report.inputs.map((o) => [o.file, o.status])).toEqual([
      ['decision.txt', 'converted'],
      ['video.txt', 'failed'],
    ]);
    expect(result.report.inputs[1]!.reason).toMatch(/too large to be a decision \(100 MB; the limit is 64 MB\)/);
  });

  it('may be a long scan, up to a larger limit for PDFs and images', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cchc-huge-scan-'));
    // Sparse files, costing no disk: a "PDF" past the scan limit is refused unread; a "PNG" under it is
    // read (and found unreadable, being zeros after its signature), not refused for its size.
    writeFileSync(join(dir, 'archive-scan.pdf'), '%PDF-1.4\n');
    truncateSync(join(dir, 'archive-scan.pdf'), 300 * 1024 * 1024);
    writeFileSync(join(dir, 'long-scan.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    truncateSync(join(dir, 'long-scan.png'), 70 * 1024 * 1024);
    const result = await runBatch({ inputs: [dir], out: newOut(), jobs: 1, inProcess: true });
    const byFile = new Map(result.report.inputs.map((o) => [o.file, o]));
    expect(byFile.get('archive-scan.pdf')!.reason).toBe('too large to be a decision (300 MB; the limit is 256 MB for a PDF or an image)');
    expect(byFile.get('long-scan.png')!.status).toBe('failed');
    expect(byFile.get('long-scan.png')!.reason).toMatch(/image/);
    expect(byFile.get('long-scan.png')!.reason).not.toMatch(/too large/);
  });
});

describe('cchc batch: --timeout', () => {
  it('gives up on documents slower than the timeout, lists them with the reason, and converts them on the next run', async () => {
    const small = mkdtempSync(join(tmpdir(), 'cchc-timeout-'));
    for (const name of ['a.txt', 'b.txt']) writeFileSync(join(small, name), decisionText);
    const dir = newOut();
    // A worker cannot even load the pipeline in 5 ms: both documents run out of time.
    const slow = await runBatch({ inputs: [small], out: dir, jobs: 1, timeoutMs: 5 });
    expect(slow.report.inputs.map((o) => [o.file, o.status, o.reason])).toEqual([
      ['a.txt', 'failed', 'gave up after 0.005 s (too slow to convert)'],
      ['b.txt', 'failed', 'gave up after 0.005 s (too slow to convert)'],
    ]);
    expect(existsSync(join(dir, 'a.txt.json'))).toBe(false);
    // A timeout is a passing reason: the next run tries again instead of keeping the failure.
    const again = await runBatch({ inputs: [small], out: dir, jobs: 1, timeoutMs: 120_000 });
    expect(again.skipped).toBe(0);
    expect(again.report.totals).toMatchObject({ inputs: 2, failed: 0 });
    expect(JSON.parse(read(dir, 'b.txt.json').toString()).source.path).toBe('b.txt');
  });
});
