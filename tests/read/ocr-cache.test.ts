// The OCR cache's key holds everything that changes what a page reads as: a page read with other
// tesseract options, another engine or model, another resolution or another version of our reader
// is OCR'd again, never taken from the cache. The options tesseract is run with are the recipe's
// (checked by running tesseract through a wrapper that writes down its arguments).
import { chmodSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { convert } from '../../src/convert.js';
import { pageKey, readCached, writeCached, type CachedPage } from '../../src/read/ocr/cache.js';
import { engines, resetEngines, type Engines } from '../../src/read/ocr/engines.js';
import { ocrRecipe, type OcrRecipe } from '../../src/read/ocr/recipe.js';
import { REREAD_PSM } from '../../src/read/ocr/reread.js';
import { tesseractArgs } from '../../src/read/ocr/tesseract.js';
import { degrade, png, rasterisePage } from '../../scripts/formats/scan.js';
import { fixturePath } from '../helpers/shared.js';
import { hasOcrEngines } from '../helpers/ocr-engines.js';

const found = (overrides: { version?: string; tessdata?: string | null; pdftoppm?: string } = {}): Engines => ({
  tesseract: {
    present: true,
    version: overrides.version ?? '5.3.0',
    path: 'tesseract',
    languages: ['eng', 'vie'],
    tessdata: overrides.tessdata ?? null,
  },
  pdftoppm: { present: true, version: overrides.pdftoppm ?? '22.12.0', path: 'pdftoppm' },
});

const page: CachedPage = {
  width: 2480,
  height: 3508,
  rules: [],
  boxes: [{ text: 'Sở', left: 10, top: 20, width: 40, height: 30, confidence: 91, line: '1.1.1' }],
};

describe('OCR cache key', () => {
  it('changes with each thing that changes the output: options, language, resolution, engine, model, reader', async () => {
    const base = await ocrRecipe(found(), 'vie', 300);
    const models = mkdtempSync(join(tmpdir(), 'cchc-tessdata-'));
    writeFileSync(join(models, 'vie.traineddata'), 'model one');
    const other = mkdtempSync(join(tmpdir(), 'cchc-tessdata-'));
    writeFileSync(join(other, 'vie.traineddata'), 'model two');
    const variants: OcrRecipe[] = [
      await ocrRecipe(found(), 'eng', 300),
      await ocrRecipe(found(), 'vie', 200),
      await ocrRecipe(found({ version: '5.4.1' }), 'vie', 300),
      await ocrRecipe(found({ pdftoppm: '24.02.0' }), 'vie', 300),
      await ocrRecipe(found({ tessdata: models }), 'vie', 300),
      await ocrRecipe(found({ tessdata: other }), 'vie', 300),
      { ...base, tesseractArgs: [...base.tesseractArgs, '-c', 'tessedit_do_invert=1'] },
      { ...base, rereadArgs: tesseractArgs({ language: 'vie', psm: 7 }) },
      { ...base, tsvReader: base.tsvReader + 1 },
      { ...base, reader: base.reader + 1 },
      { ...base, despeckle: base.despeckle + 1 },
    ];
    const keys = [base, ...variants].map((recipe) => pageKey(['pdf', 'abc', 1], recipe));
    expect(new Set(keys).size).toBe(keys.length);
    // The same recipe, the same key: a resumed run finds its pages.
    expect(pageKey(['pdf', 'abc', 1], await ocrRecipe(found(), 'vie', 300))).toBe(keys[0]);
    expect(base.tesseractArgs).toEqual(tesseractArgs({ language: 'vie' }));
  });

  it('does not give back a page stored with another recipe, nor one stored without any (an older cache)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cchc-ocr-cache-'));
    const recipe = await ocrRecipe(found(), 'vie', 300);
    const key = pageKey(['image', 'abc'], recipe);
    await writeCached(dir, key, page, recipe);
    expect(await readCached(dir, key, recipe)).toEqual(page);
    expect(await readCached(dir, key, { ...recipe, tesseractArgs: [...recipe.tesseractArgs, '--oem', '1'] })).toBeNull();
    writeFileSync(join(dir, 'old.json'), JSON.stringify(page));
    expect(await readCached(dir, 'old', recipe)).toBeNull();
  });
});

const hasEngines = hasOcrEngines;
if (!hasEngines) console.warn('OCR cache test: tesseract or pdftoppm not installed — the run through tesseract skipped');

describe.skipIf(!hasEngines)('OCR cache with tesseract', { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-ocr-spy-'));
  const calls = join(dir, 'calls.txt');
  const spy = join(dir, 'tesseract');
  // Writes down each OCR run's arguments, then runs the real tesseract with them.
  writeFileSync(spy, `#!/bin/sh\ncase "$1" in --*) ;; *) echo "$*" >> '${calls}' ;; esac\nexec tesseract "$@"\n`);
  chmodSync(spy, 0o755);
  const ocrRuns = () => {
    try {
      return readFileSync(calls, 'utf8').trim().split('\n');
    } catch {
      return [];
    }
  };
  const previous = process.env.CCHC_TESSERACT;
  afterAll(() => {
    if (previous === undefined) delete process.env.CCHC_TESSERACT;
    else process.env.CCHC_TESSERACT = previous;
    resetEngines();
  });
  // The top of the plan's first page (its header), as a scanner gives it: cheap to OCR.
  const full = degrade(rasterisePage(fixturePath('pdf/clean-plan.pdf'), 1, 300));
  const height = 700;
  const image = png({ width: full.width, height, pixels: full.pixels.slice(0, full.width * height) });

  it("runs tesseract with the recipe's options, reuses the page with the same recipe, and OCRs again with another", async () => {
    process.env.CCHC_TESSERACT = spy;
    resetEngines();
    const cacheDir = join(dir, 'cache');
    const cachedFlags: boolean[] = [];
    const read = (language: string) =>
      convert(image, { path: 'header.png', ocr: { language, cacheDir, onPage: (_d, _t, cached) => void cachedFlags.push(cached) } });
    const args = (run: string) => run.split(' ').slice(2);
    const first = await read('vie');
    // The page, then (when tesseract doubted words) one run over the doubtful words cut out.
    const vie = ocrRuns();
    expect(args(vie[0]!)).toEqual(tesseractArgs({ language: 'vie' }));
    for (const run of vie.slice(1)) expect(args(run)).toEqual(tesseractArgs({ language: 'vie', psm: REREAD_PSM }));
    const [stored] = readdirSync(cacheDir).filter((f) => f.endsWith('.json'));
    expect(JSON.parse(readFileSync(join(cacheDir, stored!), 'utf8')).recipe).toEqual(
      await ocrRecipe(await engines(), 'vie', (full.width / 595) * 72),
    );
    const again = await read('vie');
    expect(ocrRuns()).toEqual(vie);
    expect(again.decision.number).toBe(first.decision.number);
    await read('eng');
    expect(args(ocrRuns()[vie.length]!)).toEqual(tesseractArgs({ language: 'eng' }));
    expect(cachedFlags).toEqual([false, true, false]);
  });
});
