// restoreText (what `cchc normalize` prints) against restore(): the same text without the change
// log, on an OCR'd decision written in the style of the seeds and on unaccented prose.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { restore, restoreText } from '../../src/default-restorer.js';
import * as library from '../../src/index.js';
import { Decoder } from '../../src/restore/decoder.js';
import { loadModel } from '../../src/restore/lm/load.js';
import { candidates } from '../../src/restore/channel/index.js';
import { candidateTable } from '../../src/restore/channel/table.js';
import type { Lexicon } from '../../src/vietnamese/index.js';

const ocrDecision = readFileSync(new URL('../../fixtures/ocr/decision.txt', import.meta.url), 'utf8');
const unaccented = 'Uy ban nhan dan tinh ban hanh ke hoach cai cach hanh chinh nam 2023.\nCac so, ban, nganh to chuc thuc hien.';

describe('restoreText', () => {
  it('is part of the library’s API', () => {
    expect(library.restoreText).toBe(restoreText);
  });

  it('gives restore()’s text for an OCR’d decision, with or without the mode', () => {
    const full = restore(ocrDecision);
    expect(full.restoration.applied).toBe(true);
    expect(full.restoration.changes.length).toBeGreaterThan(100);
    expect(restoreText(ocrDecision)).toBe(full.text);
    expect(restoreText(ocrDecision, 'always')).toBe(restore(ocrDecision, 'always').text);
  });

  it('gives restore()’s text for unaccented prose, and the input itself when nothing applies', () => {
    expect(restoreText(unaccented, 'always')).toBe(restore(unaccented, 'always').text);
    expect(restoreText(unaccented, 'always')).toContain('Ủy ban nhân dân tỉnh');
    expect(restoreText(unaccented, 'never')).toBe(unaccented);
    const clean = 'Ủy ban nhân dân tỉnh ban hành kế hoạch.';
    expect(restoreText(clean)).toBe(clean);
  });

  it('gives restore()’s text for text that kept its marks, corrected word by word', () => {
    const nearCorrect =
      'Căn cứ Nghị định của Chính phủ quy định chỉ tiết một số điều của Luật;\nCăn cứ quy định về dữ liệu số của cơ quan Nhà nƯƠC;';
    expect(restoreText(nearCorrect)).toBe(restore(nearCorrect).text);
    expect(restoreText(nearCorrect)).not.toBe(nearCorrect);
  });
});

describe('Decoder.decode without confidences', () => {
  it('makes the same changes, each with its confidence left NaN', () => {
    const { lm, lexicon } = loadModel();
    const decoder = new Decoder(lm, lexicon, (token, lex) => candidates(token, lex, { profile: 'heavy' }));
    const text = ocrDecision.normalize('NFC');
    const withConfidence = decoder.decode(text);
    const without = decoder.decode(text, { confidence: false });
    expect(without.map(({ start, original, restored }) => ({ start, original, restored }))).toEqual(
      withConfidence.map(({ start, original, restored }) => ({ start, original, restored })),
    );
    expect(without.every((change) => Number.isNaN(change.confidence))).toBe(true);
    expect(withConfidence.every((change) => change.confidence > 0 && change.confidence <= 1)).toBe(true);
    // And a decode asked for them again computes them again.
    expect(decoder.decode(text)).toEqual(withConfidence);
  });
});

describe('Decoder with the table’s stored lists', () => {
  it('decodes exactly as from the candidate source, with the channel weighted or not', () => {
    const { lm, lexicon, id } = loadModel();
    const table = candidateTable('heavy', lexicon, id)!;
    const source = (token: string, lex: Lexicon) => candidates(token, lex, { profile: 'heavy', table });
    const storedLists = (token: string) => table.lookupIds(token, lexicon, 12, (word) => lm.id(word));
    const text = ocrDecision.normalize('NFC');
    let asked = 0;
    const counting = (token: string) => {
      const list = storedLists(token);
      if (list) asked++;
      return list;
    };
    for (const channelWeight of [1, 0.8]) {
      const plain = new Decoder(lm, lexicon, source, { channelWeight }).decode(text);
      const stored = new Decoder(lm, lexicon, source, { channelWeight, storedLists: counting }).decode(text);
      expect(stored).toEqual(plain);
    }
    expect(asked).toBeGreaterThan(50);
  });
});
