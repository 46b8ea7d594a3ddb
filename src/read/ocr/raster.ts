// PDF pages → greyscale images with poppler's pdftoppm, one page at a time (a 50-page scan never
// sits in memory whole), and the PGM format it writes read back as pixels. Pages and crops go to
// tesseract as uncompressed TIFF: leptonica reads a PGM a byte at a time, a tenth of tesseract's
// time on a 300 dpi page, and a TIFF strip at once (same pixels, same words).
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ReadError } from '../types.js';
import { PDFTOPPM } from './engines.js';

export interface Gray {
  width: number;
  height: number;
  /** One byte a pixel, 0 black … 255 white, row by row. */
  pixels: Uint8Array;
}

/** What pdftoppm is asked for besides the page: part of the OCR cache's key (cache.ts). */
export const rasterArgs = (dpi: number): string[] => ['-r', String(dpi), '-gray'];

/** Rasterises page `page` of `pdf` at `dpi` to `dir`/page-N.pgm; resolves to its path. */
export function rasterise(pdf: string, page: number, dpi: number, dir: string, timeoutMs: number): Promise<string> {
  const stem = join(dir, `page-${page}`);
  return new Promise((resolve, reject) => {
    execFile(
      PDFTOPPM(),
      [...rasterArgs(dpi), '-f', String(page), '-l', String(page), '-singlefile', pdf, stem],
      { timeout: timeoutMs },
      (error, _stdout, stderr) => {
        if (error) {
          const killed = (error as { killed?: boolean }).killed;
          reject(
            new ReadError(
              killed
                ? `rasterising page ${page} took longer than ${Math.round(timeoutMs / 1000)} s (gave up)`
                : `pdftoppm failed on page ${page}: ${(stderr || error.message).trim().split('\n').pop()}`,
              { code: killed ? 'timeout' : 'corrupt', cause: error },
            ),
          );
        } else resolve(`${stem}.pgm`);
      },
    );
  });
}

/** A binary PGM (P5, 8-bit). */
export async function readPgm(path: string): Promise<Gray> {
  const bytes = await readFile(path);
  const header = /^P5\s+(?:#[^\n]*\n\s*)*(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.subarray(0, 100).toString('latin1'));
  if (!header) throw new ReadError('pdftoppm wrote an image that is not PGM', { code: 'corrupt' });
  const width = Number(header[1]);
  const height = Number(header[2]);
  const start = header[0].length;
  return { width, height, pixels: new Uint8Array(bytes.buffer, bytes.byteOffset + start, width * height) };
}

export function writePgm(path: string, image: Gray): Promise<void> {
  return writeFile(path, Buffer.concat([Buffer.from(`P5\n${image.width} ${image.height}\n255\n`, 'latin1'), image.pixels]));
}

/** How pages and crops are handed to tesseract: part of the OCR cache's key (recipe.ts). */
export const TESSERACT_INPUT = 'tiff-8bit-grey-uncompressed';

/** TIFF tags written: width, height, bits a sample, compression, photometric, strip offset, samples, rows a strip, strip bytes. */
const TIFF_TAGS = {
  width: 256,
  height: 257,
  bits: 258,
  compression: 259,
  photometric: 262,
  stripOffset: 273,
  samples: 277,
  rowsPerStrip: 278,
  stripBytes: 279,
} as const;

/** A baseline TIFF, little-endian, one uncompressed strip of 8-bit grey (0 black), no resolution. */
export function writeTiff(path: string, image: Gray): Promise<void> {
  const t = TIFF_TAGS;
  const entries: Array<[number, 3 | 4, number]> = [
    [t.width, 4, image.width],
    [t.height, 4, image.height],
    [t.bits, 3, 8],
    [t.compression, 3, 1],
    [t.photometric, 3, 1],
    [t.stripOffset, 4, 0],
    [t.samples, 3, 1],
    [t.rowsPerStrip, 4, image.height],
    [t.stripBytes, 4, image.width * image.height],
  ];
  const head = Buffer.alloc(8 + 2 + entries.length * 12 + 4);
  head.write('II', 0, 'latin1');
  head.writeUInt16LE(42, 2);
  head.writeUInt32LE(8, 4);
  head.writeUInt16LE(entries.length, 8);
  entries.forEach(([tag, type, value], i) => {
    const at = 10 + i * 12;
    head.writeUInt16LE(tag, at);
    head.writeUInt16LE(type, at + 2);
    head.writeUInt32LE(1, at + 4);
    const v = tag === t.stripOffset ? head.length : value;
    if (type === 3) head.writeUInt16LE(v, at + 8);
    else head.writeUInt32LE(v, at + 8);
  });
  return writeFile(path, Buffer.concat([head, image.pixels]));
}

/** A TIFF that writeTiff wrote (one uncompressed strip of 8-bit grey). */
export async function readTiff(path: string): Promise<Gray> {
  const bytes = await readFile(path);
  if (bytes.length < 10 || bytes.toString('latin1', 0, 4) !== 'II*\0')
    throw new ReadError('an OCR page image that is not our TIFF', { code: 'corrupt' });
  const ifd = bytes.readUInt32LE(4);
  const tags = new Map<number, number>();
  for (let i = 0; i < bytes.readUInt16LE(ifd); i++) {
    const at = ifd + 2 + i * 12;
    tags.set(bytes.readUInt16LE(at), bytes.readUInt16LE(at + 2) === 3 ? bytes.readUInt16LE(at + 8) : bytes.readUInt32LE(at + 8));
  }
  const width = tags.get(TIFF_TAGS.width) ?? 0;
  const height = tags.get(TIFF_TAGS.height) ?? 0;
  const start = tags.get(TIFF_TAGS.stripOffset) ?? 0;
  if (tags.get(TIFF_TAGS.bits) !== 8 || tags.get(TIFF_TAGS.compression) !== 1 || start + width * height > bytes.length) {
    throw new ReadError('an OCR page image that is not our TIFF', { code: 'corrupt' });
  }
  return { width, height, pixels: new Uint8Array(bytes.buffer, bytes.byteOffset + start, width * height) };
}
