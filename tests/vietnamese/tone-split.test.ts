// toneOf, removeTone and splitTone read only the non-ASCII characters (a cold-start speed-up):
// the same answers as reading every character, on syllables and on strings mixing marks,
// combining marks, surrogate pairs and lone surrogates.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { allSyllables, removeTone, splitCharTone, splitTone, stripDiacritics, toneOf } from '../../src/vietnamese/index.js';

const everyCharTone = (s: string) => [...s].map((ch) => splitCharTone(ch).tone).find((t) => t !== 'ngang') ?? 'ngang';
const everyCharBare = (s: string) => [...s].map((ch) => splitCharTone(ch).bare).join('');
const everyCharStrip = (s: string) =>
  [...s].map((ch) => (ch === 'đ' ? 'd' : ch === 'Đ' ? 'D' : ch.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC'))).join('');

const pieces = ['a', 'Q', '6', 'ế', 'Ự', 'đ', 'Đ', '\u0301', '\u0323', '😀', '\ud800', '\udc00', 'ǘ', ' ', 'x', 'ươ'];
const mixed = fc.array(fc.constantFrom(...pieces), { maxLength: 8 }).map((a) => a.join(''));

describe('tone and strip helpers', () => {
  it('split every valid syllable as reading each character would', () => {
    for (const s of allSyllables()) {
      const split = splitTone(s);
      expect([split.bare, split.tone]).toEqual([everyCharBare(s), everyCharTone(s)]);
      expect([removeTone(s), toneOf(s)]).toEqual([split.bare, split.tone]);
    }
  });

  it('agree with reading each character on mixed strings', () => {
    fc.assert(
      fc.property(mixed, (s) => {
        const split = splitTone(s);
        return (
          split.bare === everyCharBare(s) &&
          split.tone === everyCharTone(s) &&
          removeTone(s) === split.bare &&
          toneOf(s) === split.tone &&
          stripDiacritics(s) === everyCharStrip(s)
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('examples', () => {
    expect(splitTone('quyết')).toEqual({ bare: 'quyêt', tone: 'sac' });
    expect(splitTone('Hoà')).toEqual({ bare: 'Hoa', tone: 'huyen' });
    expect(splitTone('s6')).toEqual({ bare: 's6', tone: 'ngang' });
    expect(stripDiacritics('Đường 😀')).toBe('Duong 😀');
  });
});
