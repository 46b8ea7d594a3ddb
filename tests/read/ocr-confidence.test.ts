// Each OCR'd word's confidence, from tesseract's TSV to the restorer, on a scan the project makes
// itself: the fixture plan's PDF rasterised at 300 dpi and degraded as an office scanner does
// (scripts/formats/scan.ts), read with tesseract eng (the marks lost, so restoration decides every
// word). The read result gives every written token of every OCR'd line its confidence; the
// restorer logs it with each change, and it moves decisions the way ocr-confidence.ts says: a sure
// reading keeps its letters, a doubtful one gives them up more readily. Needs tesseract and
// pdftoppm; without them these tests skip with a note.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convert } from '../../src/convert.js';
import { readInput } from '../../src/read/index.js';
import { writtenTokens, type TokenConfidences } from '../../src/read/token-confidences.js';
import { defaultRestorer } from '../../src/default-restorer.js';
import { DOUBTFUL_BELOW, SURE_AT_LEAST } from '../../src/restore/ocr-confidence.js';
import { stripDiacritics } from '../../src/vietnamese/index.js';
import type { RestoredWord } from '../../src/schema/document.js';
import { degrade, imagePdf, rasterisePage } from '../../scripts/formats/scan.js';
import { fixturePath } from '../helpers/shared.js';
import { hasOcrEngines } from '../helpers/ocr-engines.js';

if (!hasOcrEngines)
  console.warn('OCR confidence tests: tesseract or pdftoppm not installed (apt-get install tesseract-ocr poppler-utils) — skipped');

/** Changes that read the token as other letters, not only with other marks. */
const letterChanges = (changes: RestoredWord[]) =>
  changes.filter((c) => stripDiacritics(c.original.toLowerCase()) !== stripDiacritics(c.restored.toLowerCase()));

/** The same confidence for every token of every line that has any. */
const every = (confidences: TokenConfidences, value: number): TokenConfidences => confidences.map((line) => line && line.map(() => value));

describe.skipIf(!hasOcrEngines)("an OCR'd word's confidence, read to restoration", { timeout: 240_000 }, async () => {
  const pdf = fixturePath('pdf/clean-plan.pdf');
  const scan = imagePdf(
    [1, 2].map((n) => degrade(rasterisePage(pdf, n, 300))),
    300,
  );
  const cacheDir = mkdtempSync(join(tmpdir(), 'cchc-ocr-confidence-'));
  const read = await readInput(scan, { path: 'scan.pdf', ocr: { language: 'eng', cacheDir } });
  if (read.kind !== 'document') throw new Error('a scan reads as a document');
  const confidences = read.tokenConfidences!;
  const restorer = defaultRestorer();
  const restore = (ocrConfidence?: TokenConfidences) => restorer.restore(read.text, { readByOcr: true, ocrConfidence }).restoration;

  it('gives every written token of every OCR’d line its confidence, line for line', () => {
    const lines = read.text.split('\n');
    expect(confidences.length).toBeLessThanOrEqual(lines.length);
    const written = lines.filter((line) => writtenTokens(line).length > 0);
    const carried = lines.filter((line, i) => confidences[i] && confidences[i]!.length === writtenTokens(line).length);
    // Table rows (tab-separated cells, <p> paragraphs) and paragraphs alike.
    expect(carried.length).toBe(written.length);
    expect(carried.some((line) => line.includes('\t'))).toBe(true);
    const values = confidences.flatMap((line) => line ?? []);
    expect(values.every((v) => v >= 0 && v <= 100)).toBe(true);
    // Both sides of the bands occur on a real scan.
    expect(values.some((v) => v >= SURE_AT_LEAST)).toBe(true);
    expect(values.some((v) => v < SURE_AT_LEAST)).toBe(true);
  });

  it('logs with each restored word what it was and how sure the OCR was of it', () => {
    const changes = restore(confidences).changes;
    expect(changes.length).toBeGreaterThan(100);
    for (const change of changes) {
      expect(change.ocrConfidence).toBeGreaterThanOrEqual(0);
      expect(change.original).not.toBe(change.restored);
    }
    // convert() hands the read stage's confidences to the restorer itself.
    return convert(scan, { path: 'scan.pdf', ocr: { language: 'eng', cacheDir } }).then((doc) => {
      expect(doc.restoration.changes).toEqual(changes);
    });
  });

  it('keeps the letters of words the OCR was sure of, and gives up those it doubted more readily', () => {
    const none = letterChanges(restore().changes).length;
    const sure = letterChanges(restore(every(confidences, 99)).changes).length;
    const doubtful = letterChanges(restore(every(confidences, DOUBTFUL_BELOW - 1)).changes).length;
    expect(sure).toBeLessThan(none);
    expect(doubtful).toBeGreaterThan(none);
  });

  it('changes the letters of a sure word only where the language model strongly disagrees', () => {
    const plain = restore().changes;
    const weighed = restore(confidences).changes;
    const key = (c: RestoredWord) => `${c.line}:${c.column}:${c.restored}`;
    const kept = new Set(weighed.map(key));
    // Every letter change the confidences undid was made in a word the OCR was sure of.
    const undone = letterChanges(plain).filter((c) => !kept.has(key(c)));
    expect(undone.length).toBeGreaterThan(0);
    const at = new Map(weighed.map((c) => [`${c.line}:${c.column}`, c.ocrConfidence]));
    const sureOnes = undone.filter((c) => {
      const confidence = confidences[c.line - 1]?.[tokenIndex(read.text.split('\n')[c.line - 1]!, c.column)];
      return confidence !== undefined && confidence >= SURE_AT_LEAST;
    });
    expect(sureOnes.length).toBe(undone.length);
    expect(at.size).toBeGreaterThan(0);
  });

  it('restores text given without confidences as it always did', () => {
    const unknown = confidences.map(() => null);
    expect(restorer.restore(read.text, { readByOcr: true, ocrConfidence: unknown })).toEqual(
      restorer.restore(read.text, { readByOcr: true }),
    );
  });
});

/** The index of the written token holding a 1-based column. */
function tokenIndex(line: string, column: number): number {
  return writtenTokens(line).findIndex(([start, end]) => column - 1 >= start && column - 1 < end);
}
