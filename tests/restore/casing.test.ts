// applyCase: the casing of the printed token carried onto the restored syllable.
import { describe, expect, it } from 'vitest';
import { applyCase } from '../../src/restore/casing.js';

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

  it('counts only characters with two cases as letters, in any script', () => {
    const cases: Array<[string, string]> = [
      ['qUYET', 'quyết'], // a lowercase first letter, not every letter a capital
      ['QuYeT', 'Quyết'],
      ['1PRX1', 'QUYẾT'], // digits are no letters
      ['T01', 'Quyết'], // one letter: a capital first letter, not ALL CAPS
      ['đIỀU', 'quyết'],
      ['Ii', 'Quyết'],
      ['ǅem', 'Quyết'], // a titlecase letter is not a capital
      ['ǄEM', 'QUYẾT'],
      ['ΣΑ', 'QUYẾT'],
      ['x𝐀Y', 'quyết'], // mathematical letters have no cases
      ['𝐀𝐁', 'quyết'],
      ['6', 'quyết'],
      ['A', 'Quyết'],
    ];
    for (const [token, restored] of cases) expect(applyCase(token, 'quyết'), token).toBe(restored);
  });
});
