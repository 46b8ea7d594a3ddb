import { describe, expect, it } from 'vitest';
import { joinParts, splitSyllable } from '../../src/vietnamese/index.js';

const cases: Array<[string, string, string, string, string, string]> = [
  // syllable, onset, glide, nucleus, coda, tone
  ['quyết', 'q', 'u', 'yê', 't', 'sac'],
  ['nguyễn', 'ng', 'u', 'yê', 'n', 'nga'],
  ['hòa', 'h', 'o', 'a', '', 'huyen'],
  ['hoà', 'h', 'o', 'a', '', 'huyen'],
  ['giữa', 'gi', '', 'ưa', '', 'nga'],
  ['gìn', 'g', '', 'i', 'n', 'huyen'],
  ['gì', 'g', '', 'i', '', 'huyen'],
  ['giếng', 'g', '', 'iê', 'ng', 'sac'],
  ['người', 'ng', '', 'ươ', 'i', 'huyen'],
  ['được', 'đ', '', 'ươ', 'c', 'nang'],
  ['nghiêng', 'ngh', '', 'iê', 'ng', 'ngang'],
  ['khuỷu', 'kh', 'u', 'y', 'u', 'hoi'],
  ['khuya', 'kh', 'u', 'ya', '', 'ngang'],
  ['xoáy', 'x', 'o', 'a', 'y', 'sac'],
  ['hoặc', 'h', 'o', 'ă', 'c', 'nang'],
  ['thuế', 'th', 'u', 'ê', '', 'sac'],
  ['tuần', 't', 'u', 'â', 'n', 'huyen'],
  ['yêu', '', '', 'yê', 'u', 'ngang'],
  ['ủy', '', 'u', 'y', '', 'hoi'],
  ['anh', '', '', 'a', 'nh', 'ngang'],
  ['ách', '', '', 'a', 'ch', 'sac'],
  ['mùa', 'm', '', 'ua', '', 'huyen'],
  ['cửa', 'c', '', 'ưa', '', 'hoi'],
  ['mía', 'm', '', 'ia', '', 'sac'],
  ['xoong', 'x', '', 'oo', 'ng', 'ngang'],
  ['cứu', 'c', '', 'ư', 'u', 'sac'],
  ['chuối', 'ch', '', 'uô', 'i', 'sac'],
  ['quả', 'q', 'u', 'a', '', 'hoi'],
  ['phép', 'ph', '', 'e', 'p', 'sac'],
  ['trường', 'tr', '', 'ươ', 'ng', 'huyen'],
];

describe('splitSyllable', () => {
  it.each(cases)('%s → %s + %s + %s + %s, %s', (syllable, onset, glide, nucleus, coda, tone) => {
    const parts = splitSyllable(syllable);
    expect(parts).toEqual({ onset, glide, nucleus, coda, tone });
  });

  it('parts join back to the toneless syllable', () => {
    for (const [syllable] of cases) {
      const parts = splitSyllable(syllable)!;
      expect(joinParts(parts)).toBe(
        syllable
          .normalize('NFD')
          .replace(/[\u0300\u0301\u0303\u0309\u0323]/g, '')
          .normalize('NFC'),
      );
    }
  });

  it.each(['index', 'iso', 'par', 'www', 'ctia', 's6', 'xyz', 'đ', 'bk', 'aa'])('%s has no Vietnamese shape', (s) => {
    expect(splitSyllable(s)).toBeNull();
  });
});
