// cchc merge: the shards of one archive, converted apart, put together give
// exactly what one unsharded batch run writes; folders that do not belong
// together are refused with a reason.
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBatch, type Report } from '../../src/batch/index.js';
import { runCli } from '../helpers/run-cli.js';
import { EXPECTED, lockedReader, makeArchive } from './archive.js';

const newOut = () => mkdtempSync(join(tmpdir(), 'cchc-merge-'));

/** Every file under dir (relative path → bytes), batch's journal left out: it is a run's own record. */
function filesOf(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name.startsWith('.cchc')) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(dir, path), readFileSync(path));
  }
  return files;
}

let archive: string;
let whole: string;
const shards: string[] = [];

beforeAll(async () => {
  archive = makeArchive();
  whole = newOut();
  await runBatch({ inputs: [archive], out: whole, jobs: 1, inProcess: true, readInput: lockedReader });
  for (const index of [1, 2, 3]) {
    const dir = newOut();
    await runBatch({ inputs: [archive], out: dir, jobs: 1, inProcess: true, readInput: lockedReader, shard: { index, count: 3 } });
    shards.push(dir);
  }
});

describe('cchc merge', () => {
  it('merges three shards into the same bytes as one unsharded run: every JSON, the tables, report.json', async () => {
    const out = newOut();
    const r = await runCli(['merge', ...shards, '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1); // the archive holds broken inputs, as batch would say
    expect(r.stdout).toMatch(/^3 folder\(s\) merged: 17 input\(s\), 8 converted \(2 with warnings\), 9 failed/);
    const expected = filesOf(whole);
    const merged = filesOf(out);
    expect([...merged.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [file, bytes] of expected) expect(merged.get(file)!.equals(bytes), file).toBe(true);
    // One header row in the merged tasks table, however many shards had one.
    const tasks = merged.get('tasks.csv')!.toString();
    expect(tasks.split('\n').filter((line) => line.startsWith('source_file,')).length).toBe(1);
    const report = JSON.parse(merged.get('report.json')!.toString()) as Report;
    expect(report.inputs.map((o) => o.file)).toEqual(Object.keys(EXPECTED).sort());
  });

  it('warns about shards that are not among the folders', async () => {
    const out = newOut();
    const r = await runCli(['merge', shards[0]!, shards[2]!, '--out', out]);
    expect(r.stderr).toMatch(/warning: shard\(s\) 2\/3 not among the folders/);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as Report;
    const inShards = [shards[0]!, shards[2]!].flatMap((d) =>
      (JSON.parse(readFileSync(join(d, 'report.json'), 'utf8')) as Report).inputs.map((o) => o.file),
    );
    expect(report.inputs.map((o) => o.file)).toEqual(inShards.sort());
  });

  it('refuses folders that do not belong together, naming the folder and the reason (exit 2)', async () => {
    const out = newOut();
    const noReport = newOut();
    const overlap = await runCli(['merge', shards[0]!, whole, '--out', out]);
    expect(overlap.code).toBe(2);
    expect(overlap.stderr).toMatch(/is in both/);
    const missing = await runCli(['merge', shards[0]!, noReport, '--out', out]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`${noReport}: no report.json`);

    const withBom = newOut();
    await runBatch({
      inputs: [archive],
      out: withBom,
      jobs: 1,
      inProcess: true,
      readInput: lockedReader,
      shard: { index: 2, count: 3 },
      bom: true,
    });
    const options = await runCli(['merge', shards[0]!, withBom, '--out', out]);
    expect(options.code).toBe(2);
    expect(options.stderr).toMatch(/converted with other options/);

    const twoOfFour = newOut();
    await runBatch({ inputs: [archive], out: twoOfFour, jobs: 1, inProcess: true, readInput: lockedReader, shard: { index: 2, count: 4 } });
    const mixed = await runCli(['merge', shards[0]!, twoOfFour, '--out', out]);
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toMatch(/shards of different n \(1\/3, 2\/4\)/);

    expect((await runCli(['merge', shards[0]!])).stderr).toMatch(/--out <dir> is required/);
  });

  it('says which JSON is missing when a folder lost one its report lists', async () => {
    const damaged = newOut();
    cpSync(shards[1]!, damaged, { recursive: true });
    const report = JSON.parse(readFileSync(join(damaged, 'report.json'), 'utf8')) as Report;
    const lost = report.inputs.find((o) => o.output)!.output!;
    rmSync(join(damaged, lost));
    const r = await runCli(['merge', shards[0]!, damaged, shards[2]!, '--out', newOut()]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${join(damaged, lost)}: missing (its report.json lists it)`);
    writeFileSync(join(damaged, 'report.json'), '{ not json');
    expect((await runCli(['merge', damaged, '--out', newOut()])).stderr).toMatch(/report\.json: not valid JSON/);
  });
});
