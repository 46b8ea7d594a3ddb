// A list label's c read as ¢ or ©, mended when correcting (restore/label-glyphs.ts) and in the
// clean-up before restoration (restore/cleanup.ts).
import { describe, expect, it } from 'vitest';
import { labelGlyphs } from '../../src/restore/label-glyphs.js';
import { cleanupOcr } from '../../src/restore/cleanup.js';
import { restore } from '../../src/default-restorer.js';
import { hasShared, readShared, sharedMissingNote } from '../helpers/shared.js';
import { syllableEdits } from '../helpers/score.js';
import { amongOcrSigns } from '../helpers/ocr-fixtures.js';

describe('labelGlyphs', () => {
  it('reads ¢) and ©) as c) at a line’s start or after white space', () => {
    const text = '©) Có ý kiến về dự thảo;\n  ¢) Kiểm tra việc thực hiện; xem điểm ©) nêu trên';
    expect(labelGlyphs(text).map((c) => `${c.original}→${c.restored}@${c.start}`)).toEqual(['©→c@0', '¢→c@27', '©→c@64']);
  });

  it('leaves a sign that is no label', () => {
    expect(labelGlyphs('Bản quyền © 2024 (©) Công ty; giá 5¢)')).toEqual([]);
  });

  it('is the clean-up’s rule for restoration too', () => {
    expect(cleanupOcr('©) Co y kien doi voi du thao').text).toBe('c) Co y kien doi voi du thao');
  });
});

describe('correction of a label in near-correct OCR', () => {
  const ocr = amongOcrSigns('©) Có ý kiến đối với thủ tục hành chính quy định trong dự thảo văn bản;');

  it('mends it in auto mode and logs what it was', () => {
    const result = restore(ocr, 'auto');
    expect(result.text.split('\n')[1]).toBe('c) Có ý kiến đối với thủ tục hành chính quy định trong dự thảo văn bản;');
    expect(result.restoration.changes).toEqual(
      expect.arrayContaining([{ line: 2, column: 1, original: '©', restored: 'c', confidence: 1 }]),
    );
  });

  if (!hasShared) console.warn(sharedMissingNote('labels on ocr-pairs'));
  // tesseract -l vie on a DejaVu Serif print (ocr-pairs p12) read a label's c as ©.
  it.skipIf(!hasShared)('mends the label in ocr-pairs p12 and leaves the clean side byte for byte', () => {
    const clean = readShared('ocr-pairs/p12.clean.txt');
    const vie = readShared('ocr-pairs/p12.vie.txt');
    const auto = restore(vie, 'auto');
    expect(auto.restoration.changes.some((c) => c.original === '©' && c.restored === 'c')).toBe(true);
    expect(syllableEdits(auto.text, clean)).toBeLessThan(syllableEdits(vie, clean));
    expect(restore(clean, 'auto').text).toBe(clean);
  });
});
