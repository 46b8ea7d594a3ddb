// The word comparisons of the OCR matcher against their plain definitions: sameWord's
// one-edit test against the full edit-distance table, coverage against the list-splicing search.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coverage, sameWord, withinOneEdit } from '../../src/segment/ocr/text.js';

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}

function referenceSameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const short = Math.min(a.length, b.length) < 5;
  if (short && (a.length !== b.length || a.length < 4 || a[0] !== b[0] || a.at(-1) !== b.at(-1))) return false;
  if (Math.abs(a.length - b.length) > 1) return false;
  return editDistance(a, b) <= 1;
}

function referenceCoverage(wanted: string[], have: string[]): number {
  if (!wanted.length) return 0;
  const pool = [...have];
  let hit = 0;
  for (const word of wanted) {
    const at = pool.findIndex((h) => referenceSameWord(word, h));
    if (at >= 0) {
      hit++;
      pool.splice(at, 1);
    }
  }
  return hit / wanted.length;
}

// Small alphabets, so that near words (one edit apart) come up often.
const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'o', 'ơ'), maxLength: 8 });
// More letters (ơ and a share coverage's letter-mask bit), so that words differ in more than two.
const wideWord = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd', 'g', 'h', 'n', 'o', 'ơ', 'đ'), minLength: 1, maxLength: 7 });

describe('OCR word comparisons', () => {
  it('withinOneEdit is an edit distance of at most one', () => {
    fc.assert(
      fc.property(word, word, (a, b) => {
        if (Math.abs(a.length - b.length) > 1) return;
        expect(withinOneEdit(a, b)).toBe(editDistance(a, b) <= 1);
      }),
      { numRuns: 3000 },
    );
  });

  it('sameWord agrees with its definition', () => {
    fc.assert(
      fc.property(word, word, (a, b) => {
        expect(sameWord(a, b)).toBe(referenceSameWord(a, b));
      }),
      { numRuns: 3000 },
    );
  });

  it('coverage agrees with the search that splices found words out', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 8 }), fc.array(word, { maxLength: 80 }), (wanted, have) => {
        expect(coverage(wanted, have)).toBe(referenceCoverage(wanted, have));
      }),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(fc.array(wideWord, { maxLength: 8 }), fc.array(wideWord, { maxLength: 80 }), (wanted, have) => {
        expect(coverage(wanted, have)).toBe(referenceCoverage(wanted, have));
      }),
      { numRuns: 1000 },
    );
  });
});
