import { describe, expect, it } from 'vitest';
import { hasDiacritics, removeTone, stripDiacritics, toneOf } from '../../src/vietnamese/index.js';

describe('stripDiacritics', () => {
  it('drops tones, hats, breves, horns and đ', () => {
    expect(stripDiacritics('Quyết định đẩy mạnh cải cách')).toBe('Quyet dinh day manh cai cach');
    expect(stripDiacritics('ĐẮK LẮK ươ ƯƠ')).toBe('DAK LAK uo UO');
  });
  it('works on NFD input and keeps other text', () => {
    expect(stripDiacritics('Nước'.normalize('NFD'))).toBe('Nuoc');
    expect(stripDiacritics('76/NQ-CP, ISO 9001:2015')).toBe('76/NQ-CP, ISO 9001:2015');
  });
  it('hasDiacritics', () => {
    expect(hasDiacritics('nha nuoc')).toBe(false);
    expect(hasDiacritics('nhà')).toBe(true);
    expect(hasDiacritics('đi')).toBe(true);
  });
});

describe('tones', () => {
  it.each([
    ['ba', 'ngang'],
    ['bà', 'huyen'],
    ['bá', 'sac'],
    ['bả', 'hoi'],
    ['bã', 'nga'],
    ['bạ', 'nang'],
    ['NGƯỜI', 'huyen'],
  ])('%s has tone %s', (s, tone) => expect(toneOf(s)).toBe(tone));
  it('removeTone keeps hats and horns', () => {
    expect(removeTone('quyết định người')).toBe('quyêt đinh ngươi');
  });
});
