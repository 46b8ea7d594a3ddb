// cchc normalize through the CLI, in-process.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const sample = 'QUYET DINH\nVe viec ban hanh Ke hoach cai cach hanh chinh nam 2023\n\nSo: 12/QĐ-UBND\n';

function file(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'cchc-norm-')), 'in.txt');
  writeFileSync(path, text);
  return path;
}

describe('cchc normalize', () => {
  it('prints the restored text with the same lines', async () => {
    const { code, stdout } = await runCli(['normalize', file(sample)]);
    expect(code).toBe(0);
    expect(stdout.split('\n')).toHaveLength(sample.split('\n').length);
    expect(stdout).toContain('QUYẾT ĐỊNH');
    expect(stdout).toContain('Kế hoạch cải cách hành chính năm 2023');
    expect(stdout).toContain('12/QĐ-UBND');
  });

  it('--diff shows only changed lines, before and after', async () => {
    const { stdout } = await runCli(['normalize', '--diff', file(sample)]);
    expect(stdout).toContain('@@ line 1 @@\n- QUYET DINH\n+ QUYẾT ĐỊNH\n');
    expect(stdout).not.toContain('line 3 '); // the blank line did not change
  });

  it('--json prints the change log', async () => {
    const { stdout } = await runCli(['normalize', '--json', file(sample)]);
    const log = JSON.parse(stdout) as { applied: boolean; changes: { line: number; column: number; original: string; restored: string }[] };
    expect(log.applied).toBe(true);
    expect(log.changes[0]).toMatchObject({ line: 1, column: 1, original: 'QUYET', restored: 'QUYẾT' });
  });

  it('--restore never prints the input unchanged', async () => {
    const { stdout } = await runCli(['normalize', '--restore', 'never', file(sample)]);
    expect(stdout).toBe(sample);
  });

  it('names a missing file', async () => {
    const { code, stderr } = await runCli(['normalize', '/nonexistent/x.txt']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/x\.txt: no such file/);
  });
});
