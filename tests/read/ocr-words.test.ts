// OCR'd words cleaned before layout: two syllables run together are split, but a syllable whose
// marks tesseract lost or got wrong (its English model reads "hiện" as "hién") stays one word.
import { describe, expect, it } from 'vitest';
import { cleanWord, splitJoined } from '../../src/read/ocr/words.js';

describe('OCR words', () => {
  it('splits syllables read as one word', () => {
    expect(splitJoined('Cácsở')).toBe('Các sở');
    expect(splitJoined('chủtrì')).toBe('chủ trì');
    expect(splitJoined('SởTư')).toBe('Sở Tư');
  });

  it('keeps a syllable whose marks were lost or misread whole, for restoration to mend', () => {
    for (const word of ['hién', 'quyét', 'nhiém', 'trién', 'thuong', 'nguoi']) expect(splitJoined(word)).toBe(word);
  });

  it('splits a run-together pair whose marks were lost too, for restoration to mend each', () => {
    expect(splitJoined('Cacsé')).toBe('Cac sé');
  });

  it('puts back the horn the English model writes as an apostrophe, and drops other trailing apostrophes', () => {
    expect(cleanWord('co’')).toBe('cơ');
    expect(cleanWord("So'")).toBe('Sơ');
    expect(cleanWord('CHU’')).toBe('CHƯ');
    expect(cleanWord('cong’')).toBe('cong');
    expect(cleanWord("l'")).toBe('l');
  });

  it('leaves acronyms and words that do not cut into syllables alone, and drops specks', () => {
    expect(splitJoined('UBND')).toBe('UBND');
    expect(splitJoined('xyzw')).toBe('xyzw');
    expect(cleanWord('|Sở')).toBe('Sở');
    expect(cleanWord('‘')).toBe('');
  });
});
