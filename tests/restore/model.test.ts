// The language model file: built statistics that load, and a clear error when missing or damaged.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultModelPath, loadModelFrom } from '../../src/restore/lm/load.js';
import { readModel, SPECIAL, writeModel } from '../../src/restore/lm/format.js';
import { NgramModel } from '../../src/restore/lm/model.js';
import { bestLevelsOf, NO_LEVEL } from '../../src/restore/lm/best-levels.js';

const { lm, lexicon } = loadModelFrom(defaultModelPath());

/** The bytes of a typed array, to compare millions of entries at once (toEqual walks them one by one). */
const bytesOf = (a: ArrayBufferView) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);

describe('language model', () => {
  it('loads and prefers real administrative phrases', () => {
    const [s, u, n, d] = ['ủy', 'ban', 'nhân', 'dân'].map((w) => lm.id(w));
    expect(lm.score(s!, u!, n!)).toBeGreaterThan(lm.score(s!, u!, lm.id('nhan')));
    expect(lm.score(u!, n!, d!)).toBeGreaterThan(lm.score(u!, n!, lm.id('dần')));
    expect(lexicon.byKey('quyet')).toContain('quyết');
    expect(lexicon.has('quyết')).toBe(true);
    expect(lexicon.has('ubnd')).toBe(false); // codes are in the vocabulary, not in the lexicon
  });

  it('scores a word after two unknown words as if nothing had been counted after them, and an unknown word after one as if never counted there', () => {
    // <unk> is every word left out of the vocabulary: the corpus's runs of them (names, codes) must not
    // make a run of misread words kept as printed cheap.
    const [b, u] = [SPECIAL.boundary, SPECIAL.unknown];
    for (const c of [u, ...['và', 'của', 'hiệu', 'nếu'].map((w) => lm.id(w))])
      expect(lm.score(u, u, c)).toBe(lm.header.backoff + lm.bigram(u, c));
    expect(lm.score(u, u, u)).toBeLessThan(lm.score(b, u, u) - 4);
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

describe('the best levels model/lm.bin stores for the word ceilings', () => {
  const { header, arrays, best } = readModel(readFileSync(defaultModelPath()));

  it('are the tables’ own, as computed from every entry', () => {
    expect(best).toBeDefined();
    const computed = bestLevelsOf(arrays, header.vocab.length);
    expect(best!.trigram).toEqual(computed.trigram);
    expect(best!.bigram).toEqual(computed.bigram);
    expect(best!.followers).toEqual(computed.followers);
    // Most words have some entry; a level is a byte.
    expect(best!.bigram.filter((level) => level < NO_LEVEL).length).toBeGreaterThan(header.vocab.length / 2);
    expect(Math.max(...best!.trigram.filter((level) => level < NO_LEVEL))).toBeLessThan(256);
  });

  it('make the same ceilings as a model that computes them, and let a decoder prune from its first word', () => {
    const stored = new NgramModel(header, arrays, undefined, best);
    const computed = new NgramModel(header, arrays);
    expect(stored.boundsAreCheap).toBe(true);
    expect(computed.boundsAreCheap).toBe(false);
    expect(stored.ceilings).toEqual(computed.ceilings);
    for (const [b, c] of [
      [4, 5],
      [100, 7],
      [7000, 12],
      [lm.id('ủy'), lm.id('ban')],
    ] as const)
      expect(stored.backedOffCeiling(b, c)).toBe(computed.backedOffCeiling(b, c));
  });

  it('survive a rewrite of the file, which writes them whatever it is given', () => {
    const { sections: _sections, ...settings } = header;
    const again = readModel(writeModel(settings, arrays));
    expect(again.best!.followers).toEqual(best!.followers);
    expect(again.arrays.trigramWords.constructor).toBe(arrays.trigramWords.constructor);
    expect(again.arrays.trigramWords.length).toBe(arrays.trigramWords.length);
    expect(bytesOf(again.arrays.trigramWords).equals(bytesOf(arrays.trigramWords))).toBe(true);
  });
});
