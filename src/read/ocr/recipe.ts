// What an OCR'd page was read with: everything that changes what the cache keeps for it (the
// engines' versions, tesseract's language models, the options given to tesseract and pdftoppm, the
// resolution, our own reading of the TSV, borders and second readings). It is hashed into each
// cached page's key and stored in the page, so a page read another way is never reused.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Engines } from './engines.js';
import { rasterArgs, TESSERACT_INPUT } from './raster.js';
import { REREAD_PSM } from './reread.js';
import { TSV_READER_VERSION, tesseractArgs } from './tesseract.js';
import { CLEARLY_BETTER, HEAVY_STROKES, LETTER_TARGET, MAX_FACTOR, READ_AS_IS, SMALL_LETTERS } from './text-size.js';
import { MAX_LINES } from './line-reread.js';
import { MAX_SKEW, MIN_SKEW } from './deskew.js';
import { SPECKLED } from './despeckle.js';
import { DARKEN_GAMMA, FAINT_STROKES } from './ink.js';

/**
 * Bump when what a page's OCR keeps changes in our code (borders, second readings, boxes kept).
 * 5: small type scaled up before reading (text-size.ts, resample.ts); lines read poorly read again
 * whole (line-reread.ts); 16-bit PNG pages decoded (pixels.ts).
 * 6: a doubtful word's second reading keeps only the words on it, at most two, no more non-syllables.
 * 7: poorly read lines read again only on pages read scaled up.
 * 8: a page tilted by MIN_SKEW degrees or more turned straight before it is read (deskew.ts); bands
 * of ink where nothing was read read again on every page, each line read in a band kept (line-reread.ts).
 * 9: a doubtful word's second reading may also be more words that write the word's characters,
 *    and may set apart a mark the word held (a list's dash).
 * 10: a speckled page cleaned by a 3×3 median before it is read (despeckle.ts).
 * 11: small type scaled up to letters of 18 pixels, not 20 (text-size.ts LETTER_TARGET).
 * 12: a line as tall as two read again as a block, on every page; the lines read in it replace it
 *     (line-reread.ts).
 * 13: a page whose letters' size is uncertain (small letters, or heavy strokes) read at a second
 *     factor too, the better reading kept (text-size.ts readingScales).
 * 14: a page of faint strokes darkened where it is read scaled up (ink.ts).
 */
export const OCR_READER_VERSION = 14;

export interface OcrRecipe {
  reader: number;
  tsvReader: number;
  tesseract: string | null;
  /** Each language model's sha256 (its first 16 hex digits), "?" when it cannot be read. */
  models: string[];
  tesseractArgs: string[];
  rereadArgs: string[];
  pdftoppm: string | null;
  rasterArgs: string[];
  /** The image format pages and crops are given to tesseract in. */
  tesseractInput: string;
  dpi: number;
  /** Small type scaled up: letters under this height, to this height, by at most this factor. */
  upscale: [number, number, number];
  /**
   * Pages of heavy strokes (their share of the letters' height), small letters also read unscaled
   * from this height, and how much better another factor's reading must score to be kept.
   */
  uncertainSize: [number, number, number];
  /** Lines read again a page, at most. */
  lineRereads: number;
  /** Pages tilted by at least the first, at most the second (degrees), turned straight. */
  deskew: [number, number];
  /** Lone dark pixels a thousand above which a page is cleaned of specks. */
  despeckle: number;
  /** Strokes' ink (a share of the letters' height) under which a page is darkened, and by what power. */
  faint: [number, number];
}

export async function ocrRecipe(found: Engines, language: string, dpi: number): Promise<OcrRecipe> {
  return {
    reader: OCR_READER_VERSION,
    tsvReader: TSV_READER_VERSION,
    tesseract: found.tesseract.version,
    models: await Promise.all(language.split('+').map((l) => modelHash(found.tesseract.tessdata, l))),
    tesseractArgs: tesseractArgs({ language }),
    rereadArgs: tesseractArgs({ language, psm: REREAD_PSM }),
    pdftoppm: found.pdftoppm.version,
    rasterArgs: rasterArgs(dpi),
    tesseractInput: TESSERACT_INPUT,
    dpi,
    upscale: [SMALL_LETTERS, LETTER_TARGET, MAX_FACTOR],
    uncertainSize: [HEAVY_STROKES, READ_AS_IS, CLEARLY_BETTER],
    lineRereads: MAX_LINES,
    deskew: [MIN_SKEW, MAX_SKEW],
    despeckle: SPECKLED,
    faint: [FAINT_STROKES, DARKEN_GAMMA],
  };
}

const models = new Map<string, Promise<string>>();

/** A model read once a process (vie is 0.5 MB, eng 4 MB). */
function modelHash(tessdata: string | null, language: string): Promise<string> {
  if (!tessdata) return Promise.resolve('?');
  const path = join(tessdata, `${language}.traineddata`);
  let hash = models.get(path);
  if (!hash) {
    hash = readFile(path)
      .then((bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 16))
      .catch(() => '?');
    models.set(path, hash);
  }
  return hash;
}
