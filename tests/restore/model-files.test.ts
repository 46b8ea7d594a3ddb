// A model file is read whole into the memory its reader asks for (src/restore/model-files.ts); a
// missing one throws the system's ENOENT for the model loader to name.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readModelFile } from '../../src/restore/model-files.js';
import { languageModelPath } from '../../src/restore/model-path.js';

describe('model files', () => {
  it('are read whole, the same bytes as readFileSync gives', () => {
    const path = languageModelPath();
    expect(readModelFile(path).equals(readFileSync(path))).toBe(true);
  });

  it('are read into the memory the reader places them in', () => {
    const path = languageModelPath();
    const arena = new Uint8Array(new ArrayBuffer(readFileSync(path).length + 16));
    const bytes = readModelFile(path, (size) => arena.subarray(16, 16 + size));
    expect(bytes.buffer).toBe(arena.buffer);
    expect(bytes.byteOffset).toBe(16);
    expect(bytes.equals(readFileSync(path))).toBe(true);
  });

  it('throw ENOENT when missing', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'cchc-model-files-')), 'missing.bin');
    expect(() => readModelFile(path)).toThrow(/ENOENT/);
  });
});
