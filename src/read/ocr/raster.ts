// PDF pages → greyscale images with poppler's pdftoppm, one page at a time (a 50-page scan never
// sits in memory whole), and the PGM format it writes read back as pixels.
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
          reject(new ReadError(killed ? `rasterising page ${page} took longer than ${Math.round(timeoutMs / 1000)} s (gave up)` : `pdftoppm failed on page ${page}: ${(stderr || error.message).trim().split('\n').pop()}`, { code: killed ? 'timeout' : 'corrupt', cause: error }));
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
