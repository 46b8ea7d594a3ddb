import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/vietnamese/index.js';

describe('tokenize', () => {
  it('splits words, numbers, punctuation and spaces with offsets', () => {
    const line = 'Số 76/NQ-CP, nwéc  s6';
    const tokens = tokenize(line);
    expect(tokens.map((t) => `${t.kind}:${t.text}`)).toEqual([
      'word:Số',
      'space: ',
      'number:76',
      'punct:/',
      'word:NQ',
      'punct:-',
      'word:CP',
      'punct:,',
      'space: ',
      'word:nwéc',
      'space:  ',
      'word:s6',
    ]);
    for (const t of tokens) expect(line.slice(t.start, t.end)).toBe(t.text);
  });
  it('keeps combining marks inside the word (NFD input)', () => {
    const tokens = tokenize('Nước'.normalize('NFD') + '.');
    expect(tokens.map((t) => t.kind)).toEqual(['word', 'punct']);
  });
  it('covers the line exactly', () => {
    const line = ' ~ Can cit Lugt T 0 chitc (dé b/c);';
    expect(
      tokenize(line)
        .map((t) => t.text)
        .join(''),
    ).toBe(line);
  });
});
