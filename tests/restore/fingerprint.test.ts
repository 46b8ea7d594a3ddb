// fingerprint64: the hash the model files' ids are made with when they are built (model-ids.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fingerprint64 } from '../../src/restore/lm/hash.js';
import { channelPath } from '../../src/restore/channel/model.js';

describe('fingerprint64', () => {
  it('is 16 hex digits, the same for the same parts', () => {
    const words = ['quyết', 'định', 'kế', 'hoạch'];
    expect(fingerprint64(words)).toMatch(/^[0-9a-f]{16}$/);
    expect(fingerprint64(words)).toBe(fingerprint64([...words]));
  });

  it('keeps its value (model/candidates.bin records fingerprints made with it)', () => {
    expect(fingerprint64(['quyết', 'định\nsố', '', new Uint8Array([255, 0, 10]), '\u{1F600}'])).toBe('59f032865fb2aa16');
  });

  it('changes with any word, byte, order or boundary between parts', () => {
    const base = fingerprint64(['quyết', 'định', new Uint8Array([1, 0, 1])]);
    const variants = [
      ['quyết', 'đinh', new Uint8Array([1, 0, 1])],
      ['quyết', 'định', new Uint8Array([1, 1, 1])],
      ['định', 'quyết', new Uint8Array([1, 0, 1])],
      ['quyếtđ', 'ịnh', new Uint8Array([1, 0, 1])],
      ['quyết', 'định', new Uint8Array([1, 0, 1, 0])],
    ];
    const seen = new Set([base]);
    for (const parts of variants) seen.add(fingerprint64(parts));
    expect(seen.size).toBe(variants.length + 1);
  });

  it('tells apart the committed channel with one byte changed', () => {
    const channel = readFileSync(channelPath());
    const changed = Buffer.from(channel);
    changed[changed.length >> 1]! ^= 1;
    expect(fingerprint64([changed])).not.toBe(fingerprint64([channel]));
  });
});
