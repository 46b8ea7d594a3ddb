// The protected spans are read without the one alternation they stand for (protect.ts says why);
// here they are compared with that alternation, built from the same alternatives, on names in
// lists, on the edges where a lookaround decides, and on every line of the seeds and real plans.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { protectedAlternatives, protectedSpans } from '../../src/extract/agencies/protect.js';
import { foldTones } from '../../src/knowledge/agencies/index.js';
import { hasShared, sharedDir, sharedMissingNote } from '../helpers/shared.js';

const ALTERNATION = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${protectedAlternatives()
    .map((a) => a.pattern)
    .join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);
const alternationSpans = (text: string) => [...foldTones(text).matchAll(ALTERNATION)].map((m) => [m.index, m.index + m[0].length]);

describe('protected spans of an agency list', () => {
  it('keeps names with "và" or a comma in them whole', () => {
    const cell = 'Văn phòng HĐND và UBND cấp huyện, các cơ quan, đơn vị liên quan';
    const spans = protectedSpans(cell).map(([s, e]) => cell.slice(s, e));
    expect(spans).toEqual(['Văn phòng HĐND và UBND cấp huyện', 'các cơ quan, đơn vị liên quan']);
  });

  it('reads the same spans as the alternation where a lookaround decides', () => {
    for (const text of [
      'các cơ quan, đơn vị, địa phương.',
      'các cơ quan, đơn vị, địa phươngX', // the longer enumeration is followed by a letter: the shorter one is kept
      'xcơ quan, đơn vị', // a letter before: no span
      '2cơ quan, đơn vị',
      '(Sở Nội vụ)x và (Sở Tài chính)',
      'UBND các huyện, thị xã, thành phố; UBND các xã, phường, thị trấn',
      'Sở, ban, ngành; sở ngành',
      'UBND cấp huyện, cấp xã',
      'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân cấp huyện, xã',
      '',
    ])
      expect(protectedSpans(text), text).toEqual(alternationSpans(text));
  });

  it.skipIf(!hasShared)('reads the same spans as the alternation on every line of the seeds and real plans', () => {
    let compared = 0;
    for (const dir of ['seeds', 'plans']) {
      for (const name of readdirSync(join(sharedDir, dir)).filter((f) => f.endsWith('.txt'))) {
        for (const line of readFileSync(join(sharedDir, dir, name), 'utf8').split('\n')) {
          expect(protectedSpans(line), `${dir}/${name}: ${line}`).toEqual(alternationSpans(line));
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });
  if (!hasShared) it.skip(sharedMissingNote('protected spans on the seeds and plans'), () => {});
});
