// Scans → text: a PDF without a text layer is rasterised page by page (pdftoppm), each page OCR'd
// by tesseract into word boxes, and its table borders found in its pixels; an image (PNG, JPEG,
// TIFF) is OCR'd as it is. The boxes then go through the same layout as a PDF's text layer
// (layout/write.ts), so lines, paragraphs and table cells come from the page's geometry.
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, type PageBoxes, type Run } from '../layout/geometry.js';
import { writeMarkdown } from '../layout/write.js';
import { gridCells } from '../layout/tables.js';
import { ReadError, type ReadDocument } from '../types.js';
import { pageKey, readCached, writeCached, type CachedPage } from './cache.js';
import { deskew } from './deskew.js';
import { despeckle } from './despeckle.js';
import { engines, INSTALL_HINT } from './engines.js';
import { ocrRecipe } from './recipe.js';
import { imageSize } from './image-size.js';
import { rasterise, readPgm, readTiff, writeTiff, type Gray } from './raster.js';
import { grayPixels } from './pixels.js';
import { imageRules } from './rules.js';
import { rereadPages } from './reread.js';
import { upscale } from './resample.js';
import { CLEARLY_BETTER, letterHeight, readingScales } from './text-size.js';
import { darken, faintStrokes } from './ink.js';
import { readingScore } from './line-reread.js';
import { tesseract, tesseractMany, type OcrBox } from './tesseract.js';
import { cleanWord } from './words.js';

export interface OcrOptions {
  /** tesseract's language: `vie` when it is installed, else `eng` (diacritics then come from restoration). */
  language?: string;
  /** Resolution pages are rasterised at. */
  dpi?: number;
  /** Give up on one page after this long. */
  pageTimeoutMs?: number;
  /** Where OCR'd pages are kept by content hash; none when unset. */
  cacheDir?: string;
  /** Told after each page: pages done, pages in all, whether it came from the cache. */
  onPage?: (done: number, total: number, cached: boolean) => void;
  signal?: AbortSignal;
}

const DEFAULT_DPI = 300;
const DEFAULT_PAGE_TIMEOUT_MS = 120_000;
/**
 * Pages OCR'd by one tesseract run (and their doubtful words by one more): starting tesseract costs
 * about a tenth of a page, so fewer runs; few enough that progress still moves page by page.
 */
const PAGES_A_RUN = 4;
/** Smaller than this (pixels) cannot hold a readable line of a decision. */
const MIN_WIDTH = 200;
const MIN_HEIGHT = 40;

export async function ocrPdf(bytes: Uint8Array, pages: number, options: OcrOptions = {}): Promise<ReadDocument> {
  const found = await engines();
  if (!found.tesseract.present || !found.pdftoppm.present) {
    const missing = [!found.tesseract.present && 'tesseract', !found.pdftoppm.present && 'pdftoppm'].filter(Boolean).join(' and ');
    throw new ReadError(`a scanned PDF (no text layer): OCR needs ${missing}, not installed; ${INSTALL_HINT}`, { code: 'missing-engine' });
  }
  const language = options.language ?? defaultLanguage(found.tesseract.languages);
  const dpi = options.dpi ?? DEFAULT_DPI;
  const timeout = options.pageTimeoutMs ?? DEFAULT_PAGE_TIMEOUT_MS;
  const sha = createHash('sha256').update(bytes).digest('hex');
  const recipe = await ocrRecipe(found, language, dpi);
  const dir = await mkdtemp(join(tmpdir(), 'cchc-ocr-'));
  try {
    const pdf = join(dir, 'input.pdf');
    await writeFile(pdf, bytes);
    const boxes: PageBoxes[] = [];
    const read = { language, timeoutMs: timeout, signal: options.signal };
    for (let first = 1; first <= pages; first += PAGES_A_RUN) {
      if (options.signal?.aborted) throw new ReadError('OCR stopped', { code: 'timeout' });
      const numbers = Array.from({ length: Math.min(PAGES_A_RUN, pages - first + 1) }, (_, i) => first + i);
      const ready = new Map<number, CachedPage>();
      for (const page of numbers) {
        const hit = await readCached(options.cacheDir, pageKey(['pdf', sha, page], recipe), recipe);
        if (hit) ready.set(page, hit);
      }
      const todo = numbers.filter((page) => !ready.has(page));
      const fresh = await ocrPages(
        todo,
        (page) =>
          rasterise(pdf, page, dpi, dir, timeout).then(async (image) => {
            const gray = await readPgm(image);
            await rm(image, { force: true });
            return gray;
          }),
        dpi,
        dir,
        read,
      );
      for (const [i, page] of todo.entries()) {
        await writeCached(options.cacheDir, pageKey(['pdf', sha, page], recipe), fresh[i]!, recipe);
        ready.set(page, fresh[i]!);
      }
      for (const page of numbers) {
        boxes.push(pageOf(page, ready.get(page)!, dpi / 72));
        options.onPage?.(page, pages, !todo.includes(page));
      }
    }
    return documentOf(boxes, 'pdf', language);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function ocrImage(bytes: Uint8Array, options: OcrOptions = {}): Promise<ReadDocument> {
  if (bytes.length === 0) throw new ReadError('an empty image file (0 bytes)', { code: 'empty' });
  const size = imageSize(bytes);
  if (!size) throw new ReadError('a corrupt image (its size cannot be read from its header)', { code: 'corrupt' });
  if (size.width < MIN_WIDTH || size.height < MIN_HEIGHT) {
    throw new ReadError(`an image too small to OCR (${size.width}×${size.height} pixels; at least ${MIN_WIDTH}×${MIN_HEIGHT})`, {
      code: 'too-small',
    });
  }
  const found = await engines();
  if (!found.tesseract.present) {
    throw new ReadError(`a ${size.format} image: OCR needs tesseract, not installed; ${INSTALL_HINT}`, { code: 'missing-engine' });
  }
  const language = options.language ?? defaultLanguage(found.tesseract.languages);
  // An A4 page's width is 595 points: that gives the scan's scale.
  const unit = Math.max(1, size.width / 595);
  const recipe = await ocrRecipe(found, language, unit * 72);
  const key = pageKey(['image', createHash('sha256').update(bytes).digest('hex')], recipe);
  let ocr = await readCached(options.cacheDir, key, recipe);
  const cached = ocr !== null;
  if (!ocr) {
    const dir = await mkdtemp(join(tmpdir(), 'cchc-ocr-'));
    try {
      const timeoutMs = options.pageTimeoutMs ?? DEFAULT_PAGE_TIMEOUT_MS;
      const read = { language, timeoutMs, signal: options.signal };
      const gray = await grayPixels(bytes, size, found.pdftoppm.present, timeoutMs);
      if (gray) ocr = await ocrGray(gray, unit * 72, dir, read);
      else {
        // No pixels to find borders in (TIFF, or JPEG without pdftoppm): the words alone.
        const image = join(dir, `page.${size.format.toLowerCase()}`);
        await writeFile(image, bytes);
        ocr = { width: size.width, height: size.height, boxes: await tesseract(image, read), rules: [] };
      }
      await writeCached(options.cacheDir, key, ocr, recipe);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  options.onPage?.(1, 1, cached);
  return documentOf([pageOf(1, ocr, unit)], 'image', language);
}

/** A page's pixels → its borders (then painted out) and its words, the doubtful ones read again. */
async function ocrGray(gray: Gray, dpi: number, dir: string, read: Read): Promise<CachedPage> {
  return (await ocrPages([1], async () => gray, dpi, dir, read))[0]!;
}

type Read = { language: string; timeoutMs: number; signal?: AbortSignal };

/**
 * Several pages, each got as pixels by `pixels` one after another (one page's pixels in memory at
 * a time until tesseract has read them all): each page's borders found and painted out, then one
 * tesseract run over all the pages, and one over all their doubtful words.
 */
async function ocrPages(
  pages: number[],
  pixels: (page: number) => Promise<Gray>,
  dpi: number,
  dir: string,
  read: Read,
): Promise<CachedPage[]> {
  if (!pages.length) return [];
  const tried: Array<{ page: number; scale: number; path: string }> = [];
  const found: Array<{ width: number; height: number; rules: CachedPage['rules']; measured: number }> = [];
  for (const [n, page] of pages.entries()) {
    // A speckled page is cleaned first (despeckle.ts: a turned speck is a smear). A tilted page is
    // turned straight (deskew.ts): its words' boxes and borders are then those of the straight
    // page, where a line of text keeps one height.
    const { image: gray } = deskew(despeckle(await pixels(page)));
    const rules = imageRules(gray, dpi);
    // Type too small for tesseract is read scaled up (text-size.ts); its boxes are scaled back below.
    // Where the letters’ size is uncertain, the page is read at a second factor too (readingScales).
    // Faint strokes break apart scaled up: a page of them is darkened where it is read scaled up (ink.ts).
    const h = letterHeight(gray);
    const { measured, tried: factors } = readingScales(gray, h);
    const faint = factors.some((scale) => scale > 1) && faintStrokes(gray, h);
    for (const scale of factors) {
      const path = join(dir, `page-${page}-read-${scale}.tif`);
      const scaled = upscale(gray, scale);
      await writeTiff(path, faint && scale > 1 ? darken(scaled) : scaled);
      tried.push({ page: n, scale, path });
    }
    found.push({ width: gray.width, height: gray.height, rules, measured });
  }
  const list = join(dir, 'pages.txt');
  await writeFile(list, tried.map((t) => t.path).join('\n') + '\n');
  const words = await tesseractMany(list, tried.length, read);
  // Each page's reading at its measured factor, unless another reads clearly more text surely, in
  // syllables (line-reread.ts readingScore): near ties go to the measure, which the second readings
  // below were tuned with.
  const best = found.map((page, n) => {
    const mine = tried.flatMap((t, i) => (t.page === n ? [{ ...t, boxes: words[i]!, score: readingScore(words[i]!) }] : []));
    const measured = mine.find((t) => t.scale === page.measured) ?? mine[0]!;
    const better = mine.reduce((a, b) => (b.score > a.score ? b : a));
    return better.score > measured.score * CLEARLY_BETTER ? better : measured;
  });
  await Promise.all(tried.filter((t) => !best.some((b) => b.path === t.path)).map((t) => rm(t.path, { force: true })));
  const again = await rereadPages(
    await Promise.all(
      best.map(async ({ boxes, scale, path }, n) => ({
        boxes,
        image: await readTiff(path),
        cells: gridCells(found[n]!.rules, dpi / 72).map((c) => scaleBox(c, scale)),
        rereadLines: scale > 1,
      })),
    ),
    dir,
    read,
  );
  await Promise.all(best.map((b) => rm(b.path, { force: true })));
  return found.map(({ measured: _measured, ...page }, n) => ({ ...page, boxes: again[n]!.map((box) => unscale(box, best[n]!.scale)) }));
}

const scaleBox = (c: { x0: number; y0: number; x1: number; y1: number }, scale: number) => ({
  x0: c.x0 * scale,
  y0: c.y0 * scale,
  x1: c.x1 * scale,
  y1: c.y1 * scale,
});

/** A box read on a page scaled up, in the page's own pixels. */
function unscale(box: OcrBox, scale: number): OcrBox {
  if (scale === 1) return box;
  const at = (v: number) => Math.round(v / scale);
  return { ...box, left: at(box.left), top: at(box.top), width: Math.max(1, at(box.width)), height: Math.max(1, at(box.height)) };
}

export const defaultLanguage = (installed: string[]) => (installed.includes('vie') ? 'vie' : 'eng');

/** OCR boxes as runs: a word's size is its line's typical word height (caps and descenders vary). */
export function pageOf(page: number, ocr: CachedPage, unit: number): PageBoxes {
  const heights = new Map<string, number[]>();
  const middles = new Map<string, number[]>();
  for (const box of ocr.boxes) {
    heights.set(box.line, [...(heights.get(box.line) ?? []), box.height]);
    middles.set(box.line, [...(middles.get(box.line) ?? []), box.top + box.height / 2]);
  }
  const pitch = linePitch([...middles.values()].map(median), median(ocr.boxes.map((b) => b.height)));
  const text = (box: OcrBox) => cleanWord(box.text);
  const runs: Run[] = ocr.boxes
    .filter((box) => text(box))
    .map((box: OcrBox) => {
      const band = bandOf(box, pitch, median(middles.get(box.line)!), median(heights.get(box.line)!));
      return {
        text: text(box),
        x0: box.left,
        x1: box.left + box.width,
        y0: band.y0,
        y1: band.y1,
        size: band.size * 1.25,
        confidence: box.confidence,
      };
    });
  return { page, width: ocr.width, height: ocr.height, runs, rules: ocr.rules, unit };
}

function documentOf(pages: PageBoxes[], format: 'pdf' | 'image', language: string): ReadDocument {
  const { text, places, confidences } = writeMarkdown(pages);
  if (!text.trim())
    throw new ReadError(`no text found by OCR (${pages.length} page(s) read with tesseract ${language})`, { code: 'no-text' });
  const words = pages.flatMap((p) => p.runs.map((r) => ({ page: p.page, text: r.text, confidence: r.confidence ?? 0 })));
  return {
    kind: 'document',
    format,
    text,
    layout: 'markdown',
    encoding: `ocr tesseract ${language}`,
    places,
    pages: pages.length,
    words,
    ...(confidences ? { tokenConfidences: confidences } : {}),
  };
}

/**
 * A word's rows on the page: its box's, unless its line's boxes stand taller than the page's line
 * pitch (heavy or blurred type whose descenders touch the marks of the line below: tesseract then
 * boxes a word across both lines, and the layout took the next line for a part of it). Such a
 * word stands in a band of most of a pitch around its line's middle.
 */
function bandOf(box: OcrBox, pitch: number, lineMiddle: number, lineHeight: number): { y0: number; y1: number; size: number } {
  if (!(pitch > 0) || lineHeight <= pitch * TALL_LINE) return { y0: box.top, y1: box.top + box.height, size: lineHeight };
  const h = pitch * 0.8;
  return { y0: lineMiddle - h / 2, y1: lineMiddle + h / 2, size: h };
}

/** A line whose boxes are taller than this many line pitches reaches into its neighbours. */
const TALL_LINE = 1.1;

/**
 * The usual distance between the middles of tesseract's lines (`lineMiddles`, one a line) one under
 * the other (0: one line); `usual`: a word box's usual height.
 */
function linePitch(lineMiddles: number[], usual: number): number {
  const middles = [...lineMiddles].sort((a, b) => a - b);
  // Lines side by side (table cells, two columns) stand less than half a word apart: not a step.
  const steps = middles
    .slice(1)
    .map((m, i) => m - middles[i]!)
    .filter((d) => d > usual * 0.4);
  return steps.length ? median(steps) : 0;
}
