import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'cchc-errors-'));
const write = (name: string, data: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
};

describe('cchc parse on bad input', () => {
  it('names a missing file and exits 1', async () => {
    const r = await runCli(['parse', join(dir, 'absent.txt')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/absent\.txt: no such file/);
  });

  it('refuses a directory', async () => {
    const r = await runCli(['parse', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/is a directory/);
  });

  it('refuses an empty file', async () => {
    const r = await runCli(['parse', write('empty.txt', '')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/empty\.txt: the file is empty/);
  });

  it('names a PDF that is cut off after its header as corrupt', async () => {
    const r = await runCli(['parse', write('scan.pdf', Buffer.from('%PDF-1.7\n%\xe2\xe3\n1 0 obj', 'latin1'))]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/scan\.pdf: a corrupt PDF \(/);
  });

  it('refuses text with no decision structure', async () => {
    const r = await runCli(['parse', write('recipe.txt', 'Trứng gà luộc chín, bóc vỏ.\nThêm muối và tiêu.\n')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/recipe\.txt: no decision structure found/);
  });

  it('exits 2 on wrong usage', async () => {
    expect((await runCli(['parse', '--format', 'pdf', 'x.txt'])).code).toBe(2);
    expect((await runCli(['frobnicate'])).code).toBe(2);
  });

  it('prints the JSON Schema of the document', async () => {
    const r = await runCli(['schema']);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema.properties.schemaVersion).toBeDefined();
    expect(schema.required).toEqual(expect.arrayContaining(['source', 'decision', 'targets', 'tasks', 'diagnostics']));
  });
});
