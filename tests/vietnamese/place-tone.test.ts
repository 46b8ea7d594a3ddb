import { describe, expect, it } from 'vitest';
import { allSyllables, placeTone, removeTone, toneOf, splitSyllable } from '../../src/vietnamese/index.js';

describe('placeTone', () => {
  const newStyle: Array<[string, string]> = [
    ['hoà', 'hòa'],
    ['hòa', 'hòa'],
    ['thuỷ', 'thủy'],
    ['khoẻ', 'khỏe'],
    ['Uỷ', 'Ủy'],
    ['HOÁ', 'HÓA'],
    ['Hoá', 'Hóa'],
    ['quý', 'quý'],
    ['quả', 'quả'],
    ['hoàn', 'hoàn'],
    ['thuyết', 'thuyết'],
    ['người', 'người'],
    ['mùa', 'mùa'],
    ['cửa', 'cửa'],
    ['hoài', 'hoài'],
    ['khuỷu', 'khuỷu'],
    ['giữa', 'giữa'],
    ['thuế', 'thuế'],
  ];
  it.each(newStyle)('new style: %s → %s', (input, out) => expect(placeTone(input)).toBe(out));

  const oldStyle: Array<[string, string]> = [
    ['hòa', 'hoà'],
    ['thủy', 'thuỷ'],
    ['khỏe', 'khoẻ'],
    ['Ủy', 'Uỷ'],
    ['hoàn', 'hoàn'],
    ['quý', 'quý'],
    ['mùa', 'mùa'],
  ];
  it.each(oldStyle)('old style: %s → %s', (input, out) => expect(placeTone(input, 'old')).toBe(out));

  it('leaves non-syllables alone', () => {
    expect(placeTone('index')).toBe('index');
    expect(placeTone('ISO')).toBe('ISO');
  });

  it('output is NFC even from NFD input', () => {
    const nfd = 'hoà'.normalize('NFD');
    expect(placeTone(nfd)).toBe('hòa'.normalize('NFC'));
  });

  it('every inventory syllable keeps its tone and letters in both styles', () => {
    const broken: string[] = [];
    for (const s of allSyllables()) {
      const old = placeTone(s, 'old');
      const ok = toneOf(old) === toneOf(s) && removeTone(old) === removeTone(s) && placeTone(old, 'new') === s && splitSyllable(s) !== null;
      if (!ok) broken.push(`${s}/${old}`);
    }
    expect(broken).toEqual([]);
  });
});
