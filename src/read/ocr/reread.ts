// A second look at the words tesseract doubted: each is cut out of the page (with a margin) and
// read again alone as one line of text, all of a page's in one tesseract run (a list of images).
// Read alone, short words next to a border or a large gap ("TT" atop a table, "II/2024") come out
// right far more often; the better-scored reading is kept.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Gray } from './raster.js';
import { writePgm } from './raster.js';
import { tesseractMany, type OcrBox } from './tesseract.js';

/** Words scored below this are read again. */
const DOUBT = 70;
/** At most this many a page: a page of poor scan is not read twice over. */
const MAX_WORDS = 60;

export async function rereadDoubtful(boxes: OcrBox[], image: Gray, dir: string, options: { language: string; timeoutMs: number; signal?: AbortSignal }): Promise<OcrBox[]> {
  const doubtful = boxes
    .map((box, index) => ({ box, index }))
    .filter(({ box }) => box.confidence < DOUBT && box.height >= 12 && box.width >= 8)
    .sort((a, b) => a.box.confidence - b.box.confidence)
    .slice(0, MAX_WORDS);
  if (!doubtful.length) return boxes;
  const paths: string[] = [];
  for (const [n, { box }] of doubtful.entries()) {
    const margin = Math.round(box.height * 0.4);
    const path = join(dir, `word-${n}.pgm`);
    await writePgm(path, crop(image, box.left - margin, box.top - margin, box.width + 2 * margin, box.height + 2 * margin));
    paths.push(path);
  }
  const list = join(dir, 'words.txt');
  await writeFile(list, paths.join('\n') + '\n');
  const readings = await tesseractMany(list, paths.length, { ...options, psm: 7 });
  const out = [...boxes];
  doubtful.forEach(({ box, index }, n) => {
    const words = readings[n] ?? [];
    if (!words.length) return;
    const confidence = Math.min(...words.map((w) => w.confidence));
    const text = words.map((w) => w.text).join(' ');
    if (confidence > box.confidence && text) out[index] = { ...box, text, confidence };
  });
  return out;
}

function crop(image: Gray, x: number, y: number, width: number, height: number): Gray {
  const x0 = Math.max(0, x);
  const y0 = Math.max(0, y);
  const w = Math.max(1, Math.min(image.width - x0, width));
  const h = Math.max(1, Math.min(image.height - y0, height));
  const pixels = new Uint8Array(w * h);
  for (let row = 0; row < h; row++) pixels.set(image.pixels.subarray((y0 + row) * image.width + x0, (y0 + row) * image.width + x0 + w), row * w);
  return { width: w, height: h, pixels };
}
