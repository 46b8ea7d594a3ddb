// Each OCR'd word's confidence, from tesseract's TSV to the restorer, on a scan the project makes
// itself: the fixture plan's PDF rasterised at 200 dpi (an archive copy: the engine doubts more of
// its words than at 300) and degraded as an office scanner does (scripts/formats/scan.ts), read
// with tesseract eng (marks lost: restoration decides every word) and vie (marks kept). The read
// result gives every written token of every OCR'd line its confidence; the restorer logs it with
// each change, and it moves decisions the way restore/ocr-confidence.ts says. Needs tesseract and
// pdftoppm; without them these tests skip with a note.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convert } from '../../src/convert.js';
import { readInput } from '../../src/read/index.js';
import type { ReadDocument } from '../../src/read/types.js';
import { writtenTokens, type TokenConfidences } from '../../src/read/token-confidences.js';
import { defaultRestorer } from '../../src/default-restorer.js';
import { DOUBTFUL_BELOW, ILLEGIBLE_BELOW, SURE_AT_LEAST } from '../../src/restore/ocr-confidence.js';
import { stripDiacritics } from '../../src/vietnamese/index.js';
import type { RestoredWord } from '../../src/schema/document.js';
import { degrade, imagePdf, OFFICE_SCAN, rasterisePage } from '../../scripts/formats/scan.js';
import { fixturePath } from '../helpers/shared.js';
import { hasOcrEngines } from '../helpers/ocr-engines.js';

if (!hasOcrEngines)
  console.warn(
    'OCR confidence tests: tesseract or pdftoppm not installed (apt-get install tesseract-ocr tesseract-ocr-vie poppler-utils) — skipped',
  );

/** Changes that read the token as other letters, not only with other marks. */
const letterChanges = (changes: RestoredWord[]) =>
  changes.filter((c) => stripDiacritics(c.original.toLowerCase()) !== stripDiacritics(c.restored.toLowerCase()));

/** The same confidence for every token of every line that has any. */
const every = (confidences: TokenConfidences, value: number): TokenConfidences => confidences.map((line) => line && line.map(() => value));

const key = (c: RestoredWord) => `${c.line}:${c.column}:${c.restored}`;

/** The confidence the read gave the written token at a change's line and column. */
function confidenceAt(read: ReadDocument, change: { line: number; column: number }): number | undefined {
  const line = read.text.split('\n')[change.line - 1] ?? '';
  const index = writtenTokens(line).findIndex(([start, end]) => change.column - 1 >= start && change.column - 1 < end);
  return read.tokenConfidences?.[change.line - 1]?.[index];
}

describe.skipIf(!hasOcrEngines)("an OCR'd word's confidence, from the read stage to restoration", { timeout: 300_000 }, async () => {
  const pdf = fixturePath('pdf/clean-plan.pdf');
  const scan = imagePdf(
    [1, 2].map((n) => degrade(rasterisePage(pdf, n, 200), { ...OFFICE_SCAN, skew: 0.5, paper: 225, seed: 5 })),
    200,
  );
  const cacheDir = mkdtempSync(join(tmpdir(), 'cchc-ocr-confidence-'));
  const readWith = async (language: string) => {
    const read = await readInput(scan, { path: 'scan.pdf', ocr: { language, cacheDir } });
    if (read.kind !== 'document' || !read.tokenConfidences) throw new Error('a scan reads as a document with its confidences');
    return read;
  };
  const eng = await readWith('eng');
  const vie = await readWith('vie');
  const restorer = defaultRestorer();
  const restore = (read: ReadDocument, ocrConfidence?: TokenConfidences, mode: 'auto' | 'always' = 'auto') =>
    restorer.restore(read.text, { mode, readByOcr: true, ocrConfidence }).restoration;

  it('gives every written token of every OCR’d line its confidence, line for line', () => {
    for (const read of [eng, vie]) {
      const lines = read.text.split('\n');
      const written = lines.filter((line) => writtenTokens(line).length > 0);
      const carried = lines.filter((line, i) => read.tokenConfidences![i]?.length === writtenTokens(line).length && line.trim());
      // Table rows (tab-separated cells, <p> paragraphs) and paragraphs alike.
      expect(carried.length).toBe(written.length);
      expect(carried.some((line) => line.includes('\t'))).toBe(true);
      const values = read.tokenConfidences!.flatMap((line) => line ?? []);
      expect(values.every((v) => v >= 0 && v <= 100)).toBe(true);
      expect(values.some((v) => v >= SURE_AT_LEAST)).toBe(true);
      expect(values.some((v) => v < DOUBTFUL_BELOW)).toBe(true);
    }
  });

  it('logs with each restored word what it was and how sure the OCR was of it; convert() hands the confidences on', async () => {
    const changes = restore(eng, eng.tokenConfidences).changes;
    expect(changes.length).toBeGreaterThan(100);
    for (const change of changes) {
      expect(change.original).not.toBe(change.restored);
      expect(change.ocrConfidence).toBe(Math.round(confidenceAt(eng, change)!));
    }
    const doc = await convert(scan, { path: 'scan.pdf', ocr: { language: 'eng', cacheDir } });
    // The pipeline restores the signer's name again as a name (extract/signer-name.ts): where that reads
    // one of the name's syllables otherwise, the log holds the name's reading; every other change stays.
    const signerWords = new Set((doc.decision.signer ?? '').split(/\s+/));
    const logged = new Map(doc.restoration.changes.map((c) => [`${c.line}:${c.column}`, c]));
    const renamed = changes.filter((c) => {
      const named = logged.get(`${c.line}:${c.column}`);
      return named !== undefined && named.restored !== c.restored && signerWords.has(named.restored);
    });
    expect(renamed.length).toBeLessThanOrEqual(signerWords.size);
    expect(doc.restoration.changes).toEqual(expect.arrayContaining(changes.filter((c) => !renamed.includes(c))));
    for (const change of doc.restoration.changes) expect(change.ocrConfidence).toBe(Math.round(confidenceAt(eng, change)!));
  });

  it('gives a word the OCR doubted a lower prior for the letters it was read with (eng)', () => {
    const plain = restore(eng).changes;
    const weighed = restore(eng, eng.tokenConfidences).changes;
    const before = new Set(plain.map(key));
    const added = letterChanges(weighed).filter((c) => !before.has(key(c)));
    // A real decision the scan's own confidences changed, on a word the OCR doubted.
    expect(added.length).toBeGreaterThan(0);
    for (const change of added) expect(change.ocrConfidence).toBeLessThan(DOUBTFUL_BELOW);
    // Every word doubted: more words read as other letters.
    expect(letterChanges(restore(eng, every(eng.tokenConfidences!, DOUBTFUL_BELOW - 1)).changes).length).toBeGreaterThan(
      letterChanges(plain).length,
    );
  });

  it('keeps a word tesseract vie was sure of unless the model strongly disagrees, and gives up a doubted one more readily', () => {
    // Every word decoded (mode always), so that the language model's disagreements show.
    const none = restore(vie, undefined, 'always').changes.length;
    expect(restore(vie, every(vie.tokenConfidences!, 99), 'always').changes.length).toBeLessThan(none);
    expect(restore(vie, every(vie.tokenConfidences!, DOUBTFUL_BELOW - 1), 'always').changes.length).toBeGreaterThan(none);
  });

  it('marks a token the OCR could hardly read, and the channel cannot read either, unreadable', () => {
    expect(restore(eng).unreadable ?? []).toHaveLength(0);
    const unreadable = restore(eng, eng.tokenConfidences).unreadable ?? [];
    expect(unreadable.length).toBeGreaterThan(0);
    // Each run holds a token read below ILLEGIBLE_BELOW (no run is unreadable without them, above).
    for (const span of unreadable) {
      const line = eng.text.split('\n')[span.line - 1]!;
      const inside = writtenTokens(line).filter(([start]) => start >= span.column - 1 && start < span.column - 1 + span.text.length);
      expect(inside.some(([start]) => confidenceAt(eng, { line: span.line, column: start + 1 })! < ILLEGIBLE_BELOW)).toBe(true);
    }
  });

  it('restores text given without confidences as it always did', () => {
    for (const read of [eng, vie]) {
      const unknown = read.tokenConfidences!.map(() => null);
      expect(restorer.restore(read.text, { readByOcr: true, ocrConfidence: unknown })).toEqual(
        restorer.restore(read.text, { readByOcr: true }),
      );
    }
  });
});

describe('the written tokens a line of OCR confidences counts', () => {
  const run = (text: string, confidence?: number) => ({ text, x0: 0, x1: 1, y0: 0, y1: 1, size: 10, confidence });

  it('parts a table row at its tabs and at the tags that keep a cell’s paragraphs apart', () => {
    const row = '1\t<p>Sở Tư pháp</p><p>- Các sở</p>\tQuý II';
    expect(writtenTokens(row).map(([start, end]) => row.slice(start, end))).toEqual([
      '1',
      'Sở',
      'Tư',
      'pháp',
      '-',
      'Các',
      'sở',
      'Quý',
      'II',
    ]);
  });

  it('gives each token of a line its run’s confidence, or none when the line is not what the runs wrote', async () => {
    const { lineConfidences } = await import('../../src/read/layout/confidences.js');
    // A word tesseract read as one run and the clean-up split ("Cácsở" → "Các sở") is two tokens of one confidence.
    expect(lineConfidences('**Các sở thực hiện**', [run('Các sở', 91), run('thực', 96), run('hiện', 42)])).toEqual([91, 91, 96, 42]);
    expect(lineConfidences('a b c', [run('a b', 90)])).toBeNull();
    // A PDF's text layer has no confidences.
    expect(lineConfidences('Sở Nội vụ', [run('Sở Nội vụ')])).toBeNull();
  });
});
