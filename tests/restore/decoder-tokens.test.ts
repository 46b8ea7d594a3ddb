// The token stream the model is built from and the decoder reads (lm/tokens.ts): words, numbers
// that no letter follows, commas, and sentence boundaries (punctuation, a blank line).
import { describe, expect, it } from 'vitest';
import { lmTokens, scanLmTokens } from '../../src/restore/lm/tokens.js';

/** The tokens as the model names them: a word as itself, <num …>, a comma, <boundary>. */
const cut = (text: string) =>
  [...lmTokens(text)].map((t) =>
    t.kind === 'word' ? t.text : t.kind === 'number' ? `<num ${t.text}>` : t.kind === 'comma' ? ',' : '<boundary>',
  );

describe('lmTokens', () => {
  it('cuts a heading line into words, numbers, a comma and the sentence end', () => {
    expect(cut('Kế hoạch số 76/NQ-CP, ngày 15/7/2021.')).toEqual([
      'Kế',
      'hoạch',
      'số',
      '<num 76>',
      'NQ',
      'CP',
      ',',
      'ngày',
      '<num 15/7/2021>',
      '<boundary>',
    ]);
  });

  it('keeps a number whole only where no letter follows it, backing off group by group', () => {
    expect(cut('ISO 9001:2015 · 1.2 · 1.2a · 16i · s6 · c4c · 2021. · 3,5% · 10-12 · 1-a')).toEqual([
      'ISO',
      '<num 9001:2015>',
      '<num 1.2>',
      '<num 1>',
      '<boundary>',
      '2a',
      '16i',
      's6',
      'c4c',
      '<num 2021>',
      '<boundary>',
      '<num 3,5>',
      '<num 10-12>',
      '<num 1>',
      'a',
    ]);
  });

  it('ends a sentence at a blank line (spaces, tabs and CR in it too), not at a single newline', () => {
    expect(cut('dòng một\n\ndòng hai\n \t\r\ndòng ba\n dòng bốn')).toEqual([
      'dòng',
      'một',
      '<boundary>',
      'dòng',
      'hai',
      '<boundary>',
      'dòng',
      'ba',
      'dòng',
      'bốn',
    ]);
  });

  it('reads numbers and letters of any plane, combining marks inside words, and skips a lone surrogate', () => {
    expect(cut('²³ ½ 𝟏𝟐 𝟏a 𝐀\u0301 e\u0301')).toEqual(['<num ²³>', '<num ½>', '<num 𝟏𝟐>', '𝟏a', '𝐀\u0301', 'e\u0301']);
    expect(cut('tách\ud800lẻ')).toEqual(['tách', 'lẻ']);
  });

  it('gives each token its offset in the text, the same through scanLmTokens', () => {
    const text = 'Số 5, ngày\n\nmột';
    const scanned: Array<[string, number, number]> = [];
    scanLmTokens(text, (kind, start, end) => scanned.push([kind, start, end]));
    expect(scanned).toEqual([
      ['word', 0, 2],
      ['number', 3, 4],
      ['comma', 4, 5],
      ['word', 6, 10],
      ['boundary', 10, 12],
      ['word', 12, 15],
    ]);
    expect([...lmTokens(text)].map((t) => [t.kind, t.start, t.start + t.text.length])).toEqual(scanned);
  });
});
