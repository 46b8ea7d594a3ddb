import { describe, expect, it } from 'vitest';
import { candidates, isSyllable, profileForShare } from '../../src/restore/channel/index.js';
import { candidateTable } from '../../src/restore/channel/table.js';
import { loadModel } from '../../src/restore/lm/load.js';
import { inventoryLexicon, isValidSyllable, lexiconOf, stripDiacritics } from '../../src/vietnamese/index.js';

const lexicon = inventoryLexicon();
const top = (token: string, n = 8, profile: 'heavy' | 'light' = 'heavy') =>
  candidates(token, lexicon, { profile })
    .slice(0, n)
    .map((c) => c.syllable);

describe('OCR channel candidates', () => {
  it.each([
    ['s6', 'số'],
    ['nwéc', 'nước'],
    ['quyet', 'quyết'],
    ['pinh', 'định'],
    ['ctia', 'của'],
    ['c6ng', 'công'],
    ['dwéi', 'dưới'],
    ['hoach', 'hoạch'],
    ['ké', 'kế'],
    ['nhimng', 'những'],
    ['chtrc', 'chức'],
    ['hiéu', 'hiệu'],
    ['nha', 'nhà'],
    ['thyc', 'thực'],
    ['b9', 'bộ'],
    ['x3', 'xã'],
    ['nguo1', 'người'],
  ])('%s may be %s', (token, syllable) => {
    expect(top(token, 12)).toContain(syllable);
  });

  it('ranks the likely reading of frequent OCR forms first', () => {
    expect(top('s6', 1)).toEqual(['số']);
    expect(top('ctia', 1)).toEqual(['của']);
    expect(top('hoach', 1)).toEqual(['hoạch']);
  });

  it('keeps English words and codes as printed', () => {
    for (const token of ['index', 'ubnd', 'iso', 'sipas', 'www']) {
      const list = candidates(token, lexicon);
      expect(list.map((c) => c.syllable)).toContain(token);
    }
    expect(candidates('index', lexicon)[0]!.syllable).toBe('index');
  });

  it('offers codes with đ that were counted for the same OCR form', () => {
    expect(top('hdnd', 3)).toContain('hđnd');
    expect(top('nd', 3)).toContain('nđ');
  });

  it('leaves numbers alone', () => {
    expect(candidates('2022', lexicon)).toEqual([{ syllable: '2022', logProb: 0 }]);
  });

  it('a Vietnamese-aware OCR keeps right text right (light profile)', () => {
    for (const token of ['sắp', 'xếp', 'quyết', 'định', 'người']) expect(top(token, 1, 'light')).toEqual([token]);
  });

  it('offers, after the learned readings, a syllable only a letter read as another it was never learned for reads', () => {
    expect(top('b0', 23)).not.toContain('đó'); // explained by learned readings (bo, bộ): no unseen letter
    // 'tharih' for thành (ri for n), 'doanb' for doanh (b for h), 'hier' for hiểm: no
    // learned reading explains them; the words the learned readings bring come first, the
    // unseen-letter readings after them, for heavy OCR only.
    for (const [token, syllable] of [
      ['tharih', 'thành'],
      ['doanb', 'doanh'],
      ['hier', 'hiểm'],
    ] as const) {
      const list = candidates(token, lexicon).map((c) => c.syllable);
      expect(list).toContain(syllable);
      expect(list.indexOf(syllable)).toBeGreaterThanOrEqual(12);
      expect(candidates(token, lexicon, { profile: 'light' }).map((c) => c.syllable)).not.toContain(syllable);
    }
  });

  it('offers unseen-letter readings for every lettered token that is no word or an unmarked word, though a learned reading explains it fairly well', () => {
    // 'phing' for phòng (i for o), 'oat' for hoạt (the h lost): phùng and loạt read them at e^-3 to
    // e^-6, better than an unseen letter would, yet a kind of scan never learned misreads just so.
    for (const [token, syllable] of [
      ['phing', 'phòng'],
      ['oat', 'hoạt'],
    ] as const) {
      const list = candidates(token, lexicon).map((c) => c.syllable);
      expect(list.indexOf(syllable)).toBeGreaterThanOrEqual(12);
      expect(candidates(token, lexicon, { profile: 'light' }).map((c) => c.syllable)).not.toContain(syllable);
    }
    // An unmarked word too, after its learned readings: a kind of scan never learned drops a letter
    // (lowres `can` for cạnh, `nga` for ngày) …
    const nha = candidates('nha', lexicon).map((c) => c.syllable);
    expect(nha.indexOf('nhân')).toBeGreaterThanOrEqual(12);
    // … but a marked word is most often right as printed: its learned readings alone.
    expect(candidates('nhà', lexicon).map((c) => c.syllable)).not.toContain('nhân');
  });

  it('offers, after the learned readings, a syllable whose letter the OCR dropped though training never saw it dropped', () => {
    // 'khog' for không, 'trog' for trong: the n was lost, and no learned reading explains the token.
    for (const [token, syllable] of [
      ['khog', 'không'],
      ['trog', 'trong'],
    ] as const) {
      const list = candidates(token, lexicon).map((c) => c.syllable);
      expect(list.indexOf(syllable)).toBeGreaterThanOrEqual(12);
      expect(candidates(token, lexicon, { profile: 'light' }).map((c) => c.syllable)).not.toContain(syllable);
    }
  });

  it('returns log probabilities, at most 12 syllables, 10 read with an unseen letter and the kept token, only from the lexicon', () => {
    const small = lexiconOf(['của', 'cua', 'cửa', 'cùa']);
    const list = candidates('ctia', small);
    for (const c of list) {
      expect(c.logProb).toBeLessThanOrEqual(0);
      expect(['của', 'cua', 'cửa', 'cùa', 'ctia']).toContain(c.syllable);
    }
    expect(list[0]!.syllable).toBe('của');
    for (const token of ['ban', 'a', 'cai', 'nhan', 'tharih', 'doanb']) expect(candidates(token, lexicon).length).toBeLessThanOrEqual(23);
    for (const token of ['ban', 'a', 'cai', 'nhan'])
      expect(candidates(token, lexicon, { profile: 'light' }).length).toBeLessThanOrEqual(13);
  });

  it('picks the light profile for text that already carries its diacritics', () => {
    expect(profileForShare(0.17)).toBe('heavy');
    expect(profileForShare(0.86)).toBe('light');
  });

  it('answers from the precomputed table with a list the caller may change', () => {
    const { lexicon: model, id } = loadModel();
    const table = candidateTable('heavy', model, id)!;
    const form = table.forms()[0]!;
    const a = candidates(form, model, { table });
    const first = a[0]!.syllable;
    a[0]!.syllable = 'changed';
    a.length = 0;
    expect(candidates(form, model, { table })[0]!.syllable).toBe(first);
  });

  it('is consistent between calls (cache returns copies)', () => {
    const a = candidates('nwéc', lexicon);
    a[0]!.syllable = 'changed';
    expect(candidates('nwéc', lexicon)[0]!.syllable).not.toBe('changed');
  });
});

describe('isSyllable (the channel’s quick test of a token it keeps as printed)', () => {
  it('answers as isValidSyllable on every form of the candidate table, the vocabulary and OCR garbage', () => {
    const { lm, lexicon, id } = loadModel();
    const forms = new Set<string>([...lm.vocab, 'qbfyét', 'tinfi', 'hqi', 't01', 'đđ', 'nghiêng', 'quyết', 'gì', 'giữa', 'x', '']);
    for (const profile of ['heavy', 'light'] as const) for (const form of candidateTable(profile, lexicon, id)!.forms()) forms.add(form);
    let valid = 0;
    for (const form of forms) {
      const expected = isValidSyllable(form);
      if (expected) valid++;
      expect(isSyllable(form, stripDiacritics(form)), form).toBe(expected);
    }
    expect(valid).toBeGreaterThan(3000);
  });
});
