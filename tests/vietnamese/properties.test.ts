// Properties of the syllable module over generated input (fast-check).
import { describe, it } from 'vitest';
import fc from 'fast-check';
import {
  allSyllables,
  hasDiacritics,
  isValidSyllable,
  placeTone,
  stripDiacritics,
  syllableKeys,
  tokenize,
} from '../../src/vietnamese/index.js';

const syllables = allSyllables();
const syllable = fc.constantFrom(...syllables);
const caseOf = (s: string, mask: number) => [...s].map((ch, i) => ((mask >> i) & 1 ? ch.toUpperCase() : ch)).join('');

describe('syllable module properties', () => {
  it('stripping any valid syllable gives one of the syllable keys, with no diacritics left', () => {
    fc.assert(
      fc.property(syllable, (s) => {
        const key = stripDiacritics(s);
        return syllableKeys().has(key) && !hasDiacritics(key) && /^[a-z]+$/.test(key);
      }),
    );
  });

  it('validity and tone placement ignore letter case and NFD input', () => {
    fc.assert(
      fc.property(syllable, fc.nat(255), fc.constantFrom<'new' | 'old'>('new', 'old'), (s, mask, style) => {
        const mixed = caseOf(s, mask);
        const placed = placeTone(mixed.normalize('NFD'), style);
        return isValidSyllable(mixed) && placed.toLowerCase() === placeTone(s, style) && placed.normalize('NFC') === placed;
      }),
    );
  });

  it('placing the tone twice changes nothing more', () => {
    fc.assert(
      fc.property(
        syllable,
        fc.constantFrom<'new' | 'old'>('new', 'old'),
        (s, style) => placeTone(placeTone(s, style), style) === placeTone(s, style),
      ),
    );
  });

  it('tokens cover any line exactly, in order, without overlap', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(syllable, fc.constantFrom(' ', '  ', ',', '/', '76', 'NQ-CP', '¢)', 's6', '\t', '“', 'ﬁ')), { maxLength: 20 }),
        (parts) => {
          const line = parts.join('');
          const tokens = tokenize(line);
          let at = 0;
          for (const t of tokens) {
            if (t.start !== at || line.slice(t.start, t.end) !== t.text) return false;
            at = t.end;
          }
          return at === line.length;
        },
      ),
    );
  });

  it('strings outside the inventory are not valid syllables', () => {
    const known = new Set(syllables);
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'abcdeghiklmnopqrstuvxyđăâêôơư'), minLength: 1, maxLength: 7 }),
        (s) => known.has(placeTone(s)) === isValidSyllable(s),
      ),
    );
  });
});
