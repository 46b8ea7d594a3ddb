// The command line's edges: one output shape for several inputs, --out into a folder that does not
// exist yet, whole files or none, bad option values as usage errors, and control characters kept
// off the terminal.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { fixturePath } from '../helpers/shared.js';

const dir = mkdtempSync(join(tmpdir(), 'cchc-edges-'));
const write = (name: string, data: string) => {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
};

describe('cchc parse with several inputs', () => {
  it('prints an array whether or not one of them fails, and one object for one input', async () => {
    const good = fixturePath('clean-plan.md');
    const bad = write('empty.txt', '');
    const both = await runCli(['parse', good, bad]);
    expect(both.code).toBe(1);
    expect(JSON.parse(both.stdout)).toHaveLength(1);
    const allBad = await runCli(['parse', bad, bad]);
    expect(allBad.code).toBe(1);
    expect(JSON.parse(allBad.stdout)).toEqual([]);
    const one = await runCli(['parse', good]);
    expect(Array.isArray(JSON.parse(one.stdout))).toBe(false);
  });

  it('names a failing file once', async () => {
    const bad = write('not-a-plan.txt', 'Trứng gà luộc chín.\n');
    const r = await runCli(['parse', bad]);
    expect(r.stderr.trim()).toBe(`cchc: ${bad}: no decision structure found (no header, article, target or appendix)`);
  });
});

describe('--out', () => {
  it('makes the folder it writes into, and leaves no temporary file behind', async () => {
    for (const [command, name] of [
      ['parse', 'plan.json'],
      ['report', 'plan.html'],
      ['normalize', 'plan.txt'],
    ] as const) {
      const folder = join(dir, `new-${command}`, 'deeper');
      const r = await runCli([command, fixturePath('clean-plan.txt'), '--out', join(folder, name)]);
      expect(r.code, `${command}: ${r.stderr}`).toBe(0);
      expect(existsSync(join(folder, name))).toBe(true);
      expect(readdirSync(folder)).toEqual([name]);
    }
    expect(JSON.parse(readFileSync(join(dir, 'new-parse', 'deeper', 'plan.json'), 'utf8')).tasks).toHaveLength(5);
  });

  it('says in one line when it cannot write, exit 1', async () => {
    const file = write('a-file', 'x');
    const r = await runCli(['parse', fixturePath('clean-plan.txt'), '--out', join(file, 'plan.json')]);
    expect(r.code).toBe(1);
    const failures = r.stderr
      .trim()
      .split('\n')
      .filter((line) => line.startsWith('cchc: '));
    expect(failures).toEqual([`cchc: cannot write ${join(file, 'plan.json')}: a part of the path is a file, not a folder`]);
  });
});

describe('bad option values', () => {
  it('are usage errors (exit 2) with a one-line message', async () => {
    for (const command of ['parse', 'normalize', 'report']) {
      const r = await runCli([command, '--encoding', 'klingon', fixturePath('clean-plan.txt')]);
      expect(r.code, command).toBe(2);
      expect(r.stderr, command).toMatch(new RegExp(`^cchc ${command}: --encoding: unknown encoding "klingon"`));
      expect(r.stderr.trim().split('\n'), command).toHaveLength(1);
    }
    const restore = await runCli(['normalize', '--restore', 'sometimes', fixturePath('clean-plan.txt')]);
    expect(restore.code).toBe(2);
    expect(restore.stderr).toMatch(/--restore/);
  });

  it('take a known encoding under any of its names', async () => {
    const r = await runCli(['parse', '--encoding', 'UTF8', fixturePath('clean-plan.txt')]);
    expect(r.code).toBe(0);
  });
});

describe('standard error on a terminal', () => {
  it('shows control characters of file names and documents as escapes, not as bytes', async () => {
    const name = write('evil\u001b[2J\u0007.txt', '');
    const r = await runCli(['parse', name]);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(r.stderr).toContain('evil\\x1b[2J\\x07.txt');
  });
});
