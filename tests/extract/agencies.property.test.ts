// Properties of the splitter over cells assembled from the gazetteer's own spellings.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GAZETTEER, splitAgencies } from '../../src/extract/agencies/index.js';

// Spellings of distinct agencies (collectives included), as a plan would list them.
const entries = GAZETTEER.filter((e) => !e.name.includes('('));
const pick = fc
  .uniqueArray(fc.integer({ min: 0, max: entries.length - 1 }), { minLength: 1, maxLength: 5 })
  .chain((indexes) =>
    fc.tuple(
      ...indexes.map((i) => fc.constantFrom(entries[i]!.name, ...entries[i]!.aliases).map((name) => ({ name, id: entries[i]!.id }))),
    ),
  );
const separator = fc.constantFrom('; ', ';\n', '. - ');

describe('agency splitting properties', () => {
  it('recovers every listed agency, in order, with its gazetteer id', () => {
    fc.assert(
      fc.property(pick, separator, fc.constantFrom('', '.', ';'), (listed, sep, end) => {
        const cell = (sep === '. - ' ? '- ' : '') + listed.map((a) => a.name).join(sep) + end;
        const agencies = splitAgencies([cell]);
        expect(agencies.map((a) => a.name)).toEqual(listed.map((a) => a.name));
        expect(agencies.map((a) => a.id)).toEqual(listed.map((a) => a.id));
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same agencies whether items come one a line or in one cell', () => {
    fc.assert(
      fc.property(pick, (listed) => {
        const names = listed.map((a) => a.name);
        expect(splitAgencies(names.map((n) => `- ${n}.`))).toEqual(splitAgencies([names.join('; ')]));
      }),
      { numRuns: 200 },
    );
  });

  it('never returns an empty name, whatever the text', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 4 }), (items) => {
        for (const agency of splitAgencies(items)) expect(agency.name.trim()).not.toBe('');
      }),
      { numRuns: 300 },
    );
  });
});
