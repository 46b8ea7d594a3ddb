// The language model file: built statistics that load, and a clear error when missing or damaged.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultModelPath, loadModelFrom } from '../../src/restore/lm/load.js';

describe('language model', () => {
  it('loads and prefers real administrative phrases', () => {
    const { lm, lexicon } = loadModelFrom(defaultModelPath());
    const [s, u, n, d] = ['ủy', 'ban', 'nhân', 'dân'].map((w) => lm.id(w));
    expect(lm.score(s!, u!, n!)).toBeGreaterThan(lm.score(s!, u!, lm.id('nhan')));
    expect(lm.score(u!, n!, d!)).toBeGreaterThan(lm.score(u!, n!, lm.id('dần')));
    expect(lexicon.byKey('quyet')).toContain('quyết');
    expect(lexicon.has('quyết')).toBe(true);
    expect(lexicon.has('ubnd')).toBe(false); // codes are in the vocabulary, not in the lexicon
  });

  it('says how to rebuild a missing model', () => {
    expect(() => loadModelFrom('/nonexistent/lm.bin')).toThrow(/missing or corrupt.*npm run build:model/);
  });

  it('says how to rebuild a damaged model', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cchc-lm-'));
    const truncated = join(dir, 'truncated.bin');
    writeFileSync(truncated, readFileSync(defaultModelPath()).subarray(0, 100_000));
    expect(() => loadModelFrom(truncated)).toThrow(/missing or corrupt.*npm run build:model/);
    const garbage = join(dir, 'garbage.bin');
    writeFileSync(garbage, 'not a model at all');
    expect(() => loadModelFrom(garbage)).toThrow(/missing or corrupt.*npm run build:model/);
  });
});
