import { describe, expect, it } from 'vitest';
import { diacriticShare } from '../../src/restore/diacritic-share.js';

describe('diacriticShare', () => {
  it('counts marked syllables among the short words', () => {
    expect(diacriticShare('Ủy ban nhân dân tỉnh')).toBeCloseTo(4 / 5); // all but 'ban'
    expect(diacriticShare('Uy ban nhan dan tinh')).toBe(0);
    expect(diacriticShare('2021 / 76 – ,')).toBe(0);
    expect(diacriticShare('Đề án chuyển đổi số administration')).toBe(1); // the long English word does not count
    expect(diacriticShare('hoa\u0300 𝐀𝐁')).toBe(1 / 2); // a combining mark ends a word; an astral letter is a letter
  });
});
