// Codes restored from the model's vocabulary (src/restore/codes.ts): checked against the rule
// written out plainly — of all spellings of the token with some D (in numbers also P) read as Đ,
// the vocabulary's most frequent — for every code-like word of the real vocabulary.
import { describe, expect, it } from 'vitest';
import { CodeForms } from '../../src/restore/codes.js';
import { defaultModelPath, loadModelFrom } from '../../src/restore/lm/load.js';

const { lm } = loadModelFrom(defaultModelPath());
const codes = new CodeForms((word) => (lm.has(word) ? lm.id(word) : Infinity));

/** The rule: every variant enumerated, the lowest id wins, the printed spelling on ties. */
function expected(token: string, letters: string): string | null {
  const lower = token.toLowerCase();
  let variants = [''];
  for (const ch of lower) variants = variants.flatMap((v) => (letters.includes(ch) ? [v + ch, v + 'đ'] : [v + ch]));
  const rank = (w: string) => (lm.has(w) ? lm.id(w) : Infinity);
  const best = variants.reduce((a, b) => (rank(b) < rank(a) ? b : a), lower);
  return best !== lower ? best : null;
}

describe('CodeForms', () => {
  it('restores the codes the seeds print without Đ', () => {
    expect(codes.restore('HDND')).toBe('hđnd');
    expect(codes.restore('ND')).toBe('nđ');
    expect(codes.restoreInNumber('QP')).toBe('qđ');
    expect(codes.restore('DN')).toBeNull(); // doanh nghiệp: "dn" is the more frequent spelling
    expect(codes.restore('Hdnd')).toBeNull(); // not ALL CAPS
  });

  it('follows the rule for every code-like word of the vocabulary', () => {
    const tokens = new Set<string>();
    for (const word of lm.vocab) {
      if (!/^[a-zđ]{2,12}$/.test(word)) continue;
      const plain = word.replace(/đ/g, 'd').toUpperCase();
      tokens.add(plain);
      if (plain.length <= 6) tokens.add(plain.replace(/D/g, 'P'));
    }
    expect(tokens.size).toBeGreaterThan(1000);
    for (const token of tokens) {
      expect(codes.restore(token), token).toBe(expected(token, 'd'));
      expect(codes.restoreInNumber(token), token).toBe(token.length <= 6 ? expected(token, 'dp') : null);
    }
  });
});
