// applyCase: the casing of the printed token carried onto the restored syllable.
import { describe, expect, it } from 'vitest';
import { applyCase } from '../../src/restore/casing.js';

/** The rule stated plainly, character by character (what applyCase's ASCII fast path must agree with). */
function reference(original: string, syllable: string): string {
  if (original === original.toLowerCase()) return syllable;
  const chars = [...original].filter((ch) => ch.toLowerCase() !== ch.toUpperCase());
  const upper = chars.filter((ch) => ch === ch.toUpperCase()).length;
  if (chars.length >= 2 && upper === chars.length) return syllable.toUpperCase();
  if (chars.length > 0 && original[0] !== original[0]!.toLowerCase()) return syllable[0]!.toUpperCase() + syllable.slice(1);
  return syllable;
}

describe('applyCase', () => {
  it('carries ALL CAPS, a capital first letter and lowercase over', () => {
    expect(applyCase('QUYET', 'quyết')).toBe('QUYẾT');
    expect(applyCase('PINH', 'định')).toBe('ĐỊNH');
    expect(applyCase('Hai', 'hải')).toBe('Hải');
    expect(applyCase('Piéu', 'điều')).toBe('Điều');
    expect(applyCase('nha', 'nhà')).toBe('nhà');
    expect(applyCase('S6', 'số')).toBe('Số'); // one letter: a capital first letter, not ALL CAPS
    expect(applyCase('HQI', 'hội')).toBe('HỘI');
    expect(applyCase('NĂM', 'năm')).toBe('NĂM');
    expect(applyCase('cHo', 'cho')).toBe('cho');
  });

  it('agrees with the rule stated plainly on ASCII, Vietnamese, digits and mixed tokens', () => {
    const tokens = [
      'QUYET',
      'Quyet',
      'qUYET',
      'QuYeT',
      'S6',
      's6',
      'T01',
      '1PRX1',
      'PAR',
      'A',
      'a',
      '6',
      'ĐIỀU',
      'Điều',
      'đIỀU',
      'QUYÉT',
      'Quyét',
      'NHÀ',
      'nhÀ',
      'Ké',
      'KÉ',
      'IOC',
      'Ii',
      'II',
      'ǅem',
      'ǄEM',
      'ΣΑ',
      'x𝐀Y',
      '𝐀𝐁',
    ];
    for (const token of tokens)
      for (const syllable of ['quyết', 'điều', 'số', 'a']) {
        expect(applyCase(token, syllable), `${token} → ${syllable}`).toBe(reference(token, syllable));
      }
  });
});
