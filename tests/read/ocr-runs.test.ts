// Several pages in one tesseract run (starting tesseract costs about a tenth of a page): each
// image's words come back as when it is read alone, our TIFF reads as the PGM of the same pixels,
// and the time limit still stops a run.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTiff, writePgm, writeTiff } from '../../src/read/ocr/raster.js';
import { tesseract, tesseractMany } from '../../src/read/ocr/tesseract.js';
import { degrade, rasterisePage } from '../../scripts/formats/scan.js';
import { fixturePath } from '../helpers/shared.js';
import { hasOcrEngines } from '../helpers/ocr-engines.js';

const hasEngines = hasOcrEngines;
if (!hasEngines) console.warn('OCR runs test: tesseract or pdftoppm not installed — skipped');

describe.skipIf(!hasEngines)('tesseract runs', { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-ocr-runs-'));
  const page = degrade(rasterisePage(fixturePath('pdf/clean-plan.pdf'), 1, 300));
  // Two strips of the plan's first page: its header, and the lines below it.
  const strip = (top: number, height: number) => ({
    width: page.width,
    height,
    pixels: page.pixels.slice(top * page.width, (top + height) * page.width),
  });
  const read = { language: 'vie', timeoutMs: 60_000 };

  it("reads a list of images in one run, each image's words as when read alone", async () => {
    const paths = [join(dir, 'a.pgm'), join(dir, 'b.pgm')];
    await writePgm(paths[0]!, strip(0, 500));
    await writePgm(paths[1]!, strip(500, 500));
    writeFileSync(join(dir, 'list.txt'), paths.join('\n') + '\n');
    const together = await tesseractMany(join(dir, 'list.txt'), 2, read);
    const alone = await Promise.all(paths.map((p) => tesseract(p, read)));
    expect(together.map((words) => words.map((w) => w.text))).toEqual(alone.map((words) => words.map((w) => w.text)));
    expect(together[0]!.length).toBeGreaterThan(5);
  });

  it('reads a page given as our TIFF as it reads the same pixels given as PGM, and the TIFF reads back whole', async () => {
    const header = strip(0, 500);
    await writePgm(join(dir, 'h.pgm'), header);
    await writeTiff(join(dir, 'h.tif'), header);
    const words = (boxes: Awaited<ReturnType<typeof tesseract>>) =>
      boxes.map((w) => [w.text, w.left, w.top, w.width, w.height, w.confidence]);
    const asTiff = await tesseract(join(dir, 'h.tif'), read);
    expect(words(asTiff)).toEqual(words(await tesseract(join(dir, 'h.pgm'), read)));
    expect(asTiff.length).toBeGreaterThan(5);
    const back = await readTiff(join(dir, 'h.tif'));
    expect([back.width, back.height]).toEqual([header.width, header.height]);
    expect(Buffer.compare(Buffer.from(back.pixels), Buffer.from(header.pixels))).toBe(0);
  });

  it('stops a run that outlasts the limit, saying so', async () => {
    const path = join(dir, 'slow.pgm');
    await writePgm(path, page);
    await expect(tesseract(path, { ...read, timeoutMs: 1 })).rejects.toThrow(/^OCR of a page took longer than 0 s \(gave up\)$/);
  });
});
