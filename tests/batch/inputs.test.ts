// Which files a batch takes: folders, quoted globs, files; hidden entries and
// the output folder skipped; paths relative to the common root.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectInputs } from '../../src/batch/inputs.js';
import { globToRegExp, splitGlob } from '../../src/batch/glob.js';
import { parseShard } from '../../src/batch/shard.js';

const root = mkdtempSync(join(tmpdir(), 'cchc-inputs-'));
for (const file of ['a/2023/x.txt', 'a/2023/y.md', 'a/2024/z.docx', 'a/.git/config', 'a/2024/.hidden.txt', 'a/out/old.json', 'b/w.txt']) {
  mkdirSync(join(root, file, '..'), { recursive: true });
  writeFileSync(join(root, file), 'x');
}
const files = async (args: string[], exclude?: string) => (await collectInputs(args, exclude)).inputs.map((i) => i.file);

describe('batch inputs', () => {
  it('walks a folder recursively, skipping hidden entries and the output folder', async () => {
    expect(await files([join(root, 'a')], join(root, 'a/out'))).toEqual(['2023/x.txt', '2023/y.md', '2024/z.docx']);
  });

  it('names inputs relative to the common folder of all arguments', async () => {
    expect(await files([join(root, 'a/2023'), join(root, 'b/w.txt')])).toEqual(['a/2023/x.txt', 'a/2023/y.md', 'b/w.txt']);
  });

  it('expands quoted globs: **, *, ?, {a,b}', async () => {
    expect(await files([`${root}/a/**/*.txt`])).toEqual(['2023/x.txt']);
    expect(await files([`${root}/a/202?/*.{md,docx}`])).toEqual(['2023/y.md', '2024/z.docx']);
    await expect(collectInputs([`${root}/a/**/*.pdf`])).rejects.toThrow(/no files match/);
    await expect(collectInputs([join(root, 'nowhere')])).rejects.toThrow(/no such file or folder/);
  });

  it('turns globs into anchored patterns', () => {
    expect(splitGlob('arch/2023/**/*.txt')).toEqual({ base: 'arch/2023', rest: '**/*.txt' });
    const re = globToRegExp('**/qd-[0-9]*.txt');
    expect(re.test('qd-12.txt')).toBe(true);
    expect(re.test('x/y/qd-3a.txt')).toBe(true);
    expect(re.test('x/qd-a.txt')).toBe(false);
    expect(re.test('qd-1.txt.bak')).toBe(false);
  });

  it('reads --shard k/n', () => {
    expect(parseShard('2/8')).toEqual({ index: 2, count: 8 });
    for (const bad of ['0/3', '4/3', '1/0', 'a/b', '1-3']) expect(parseShard(bad), bad).toBeNull();
  });
});
