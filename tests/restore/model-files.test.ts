// Model files read ahead on the thread pool (src/restore/model-files.ts) hand over the same bytes a
// synchronous read gives, once; a file that cannot be read ahead is read (and its error thrown) as before.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ModelFiles } from '../../src/restore/model-files.js';
import { languageModelPath } from '../../src/restore/model-path.js';

describe('model files read ahead', () => {
  it('hands over the bytes of the file, the same as a synchronous read', async () => {
    const path = languageModelPath();
    const files = new ModelFiles();
    files.readAhead(path);
    await files.settled();
    const ahead = files.read(path);
    expect(ahead.equals(readFileSync(path))).toBe(true);
    // Handed over once: the next read is a fresh one (the caller may keep or modify the first).
    // Compared by identity here: expect(…).not.toBe(…) on two different objects also deep-compares
    // them for its hint, element by element through an iterator — over a minute for 6.7 MB.
    expect(files.read(path) === ahead).toBe(false);
  });

  it('reads a file that changed after a read ahead was taken, fresh', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cchc-model-files-'));
    const path = join(dir, 'lm.bin');
    writeFileSync(path, 'first');
    const files = new ModelFiles();
    files.readAhead(path);
    await files.settled();
    expect(files.read(path).toString()).toBe('first');
    writeFileSync(path, 'second');
    expect(files.read(path).toString()).toBe('second');
  });

  it('leaves a missing file to the synchronous read, which throws ENOENT', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'cchc-model-files-')), 'missing.bin');
    const files = new ModelFiles();
    files.readAhead(path);
    await files.settled();
    expect(() => files.read(path)).toThrow(/ENOENT/);
  });
});
