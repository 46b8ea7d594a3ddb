// diacriticShare scans by hand; the regexp version it replaced is the reference here.
import { describe, expect, it } from 'vitest';
import { createReadStream, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { diacriticShare } from '../../src/restore/diacritic-share.js';
import { hasShared, seedPath, sharedDir, sharedMissingNote } from '../helpers/shared.js';

function reference(text: string): number {
  let words = 0;
  let marked = 0;
  for (const match of text.matchAll(/\p{L}+/gu)) {
    if (match[0].length > 7) continue;
    words++;
    if (!/^[a-zA-Z]+$/.test(match[0])) marked++;
  }
  return words === 0 ? 0 : marked / words;
}

describe('diacriticShare', () => {
  it('counts marked syllables among the short words', () => {
    expect(diacriticShare('Ủy ban nhân dân tỉnh')).toBeCloseTo(4 / 5); // all but 'ban'
    expect(diacriticShare('Uy ban nhan dan tinh')).toBe(0);
    expect(diacriticShare('2021 / 76 – ,')).toBe(0);
    expect(diacriticShare('Đề án chuyển đổi số administration')).toBe(1); // the long English word does not count
  });

  it('agrees with the regexp version on hand-written and random text', () => {
    const lines = [
      'Kế hoạch số 76/NQ-CP, ngày 15/7/2021.',
      'e\u0301 NFD mark splits a word',
      '𝐀𝐁𝐂 astral letters, \ud800 lone',
      'ĐĐĐĐĐĐĐ ĐĐĐĐĐĐĐĐ abcdefg abcdefgh',
      '',
    ];
    for (const line of lines) expect(diacriticShare(line)).toBe(reference(line));
    const pieces = ['a', 'Z', 'ế', 'đ', '\u0301', ' ', '1', '𝐀', '\ud800', '-', 'x'.repeat(6), 'ư'];
    let seed = 9;
    const next = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 4294967296;
    for (let n = 0; n < 2000; n++) {
      let text = '';
      for (let i = 0, len = Math.floor(next() * 14); i < len; i++) text += pieces[Math.floor(next() * pieces.length)];
      expect(diacriticShare(text), JSON.stringify(text)).toBe(reference(text));
    }
  });

  it.skipIf(!hasShared)('agrees with the regexp version on the seeds and corpus documents', async () => {
    for (const seed of ['000', '001', '002', '003', '004']) {
      const text = readFileSync(seedPath(seed), 'utf8');
      expect(diacriticShare(text)).toBe(reference(text));
    }
    const dir = join(sharedDir, 'corpus');
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith('.jsonl'))
      .sort()) {
      let n = 0;
      for await (const line of createInterface({ input: createReadStream(join(dir, file), 'utf8'), crlfDelay: Infinity })) {
        if (!line.trim()) continue;
        if (n++ >= 3) break;
        const text = (JSON.parse(line) as { text: string }).text.slice(0, 40_000);
        expect(diacriticShare(text)).toBe(reference(text));
      }
    }
  });
  if (!hasShared) console.log(sharedMissingNote('diacriticShare on the seeds and corpus'));
});
