import { describe, expect, it } from 'vitest';
import { isValidSyllable } from '../../src/vietnamese/index.js';

describe('isValidSyllable', () => {
  it.each([
    'quyết',
    'nghiêng',
    'kỹ',
    'kỳ',
    'giữa',
    'gìn',
    'hòa',
    'hoà',
    'yêu',
    'khuya',
    'Quyết',
    'ĐỊNH',
    'người',
    'được',
    'của',
    'công',
    'thủy',
    'thuỷ',
    'ủy',
    'yên',
    'ít',
    'gặp',
    'ghế',
    'nghề',
    'ngoài',
    'quốc',
    'xoong',
    'uyên',
    'khoẻ',
    'toàn',
  ])('%s is valid', (s) => expect(isValidSyllable(s)).toBe(true));

  const invalid: Array<[string, string]> = [
    ['kan', 'k before a back vowel'],
    ['gha', 'gh before a'],
    ['ngi', 'ng before i needs ngh'],
    ['nghà', 'ngh before a'],
    ['cé', 'c before e'],
    ['cuy', 'c with the glide u (spelled qu)'],
    ['càc', 'stop coda with huyền'],
    ['bảt', 'stop coda with hỏi'],
    ['mãch', 'stop coda with ngã'],
    ['tyên', 'yê after an onset'],
    ['iên', 'iê without an onset'],
    ['qa', 'q without u'],
    ['quo', 'qu before o'],
    ['iso', 'not a rhyme'],
    ['index', 'not a syllable'],
    ['ctia', 'OCR damage'],
    ['s6', 'digit'],
    ['đ', 'no vowel'],
    ['', 'empty'],
  ];
  it.each(invalid)('%s is not valid (%s)', (s) => expect(isValidSyllable(s)).toBe(false));

  it('stop codas take only sắc and nặng', () => {
    expect(['các', 'cạc'].every(isValidSyllable)).toBe(true);
    expect(['cac', 'càc', 'cảc', 'cãc'].some(isValidSyllable)).toBe(false);
  });
});
