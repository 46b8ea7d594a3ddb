import { describe, expect, it } from 'vitest';
import { allSyllables, inventoryLexicon, isValidSyllable, stripDiacritics, syllableKeys } from '../../src/vietnamese/index.js';

describe('inventory', () => {
  const all = allSyllables();
  it('holds every common syllable and only valid ones', () => {
    for (const s of ['của', 'người', 'được', 'quyết', 'định', 'nghiêng', 'hòa', 'thủy', 'ủy', 'khuya', 'giữa', 'gìn']) {
      expect(all).toContain(s);
    }
    expect(all).not.toContain('hoà'); // new style only
    expect(all.filter((s) => !isValidSyllable(s))).toEqual([]);
    expect(all.length).toBeGreaterThan(10_000);
    expect(all.length).toBeLessThan(25_000);
  });
  it('is NFC and lowercase', () => {
    expect(all.filter((s) => s.normalize('NFC') !== s || s.toLowerCase() !== s)).toEqual([]);
  });
  it('lexicon byKey finds the marked forms of a stripped key', () => {
    const lex = inventoryLexicon();
    const ban = lex.byKey('ban');
    expect(ban).toContain('bản');
    expect(ban).toContain('bạn');
    expect(ban.length).toBe(18);
    for (const s of ban) expect(stripDiacritics(s)).toBe('ban');
    expect(lex.byKey('dinh')).toContain('định');
    expect(lex.has('nước')).toBe(true);
    expect(lex.has('nwéc')).toBe(false);
  });
});

describe('syllableKeys', () => {
  it('are exactly the stripped forms of the inventory', () => {
    const fromInventory = new Set(allSyllables().map(stripDiacritics));
    const keys = syllableKeys();
    expect([...keys].filter((k) => !fromInventory.has(k))).toEqual([]);
    expect([...fromInventory].filter((k) => !keys.has(k))).toEqual([]);
  });
});
