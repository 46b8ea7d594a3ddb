// A second look at the words tesseract doubted: each is cut out of the page (with a margin) and
// read again alone as one line of text, all of a page's (or of several pages') in one tesseract
// run (a list of images), with the lines it read poorly (line-reread.ts).
// Read alone, short words next to a border or a large gap ("TT" atop a table, "II/2024") come out
// right far more often; the better-scored reading is kept.
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Gray } from './raster.js';
import { median, type Box } from '../layout/geometry.js';
import { writeTiff } from './raster.js';
import { tesseractMany, type OcrBox } from './tesseract.js';
import { applyLineRereads, isSyllableLike, poorLines, readingScore, type LineCrop } from './line-reread.js';
import { stripDiacritics } from '../../vietnamese/strip.js';

/** Each crop is read as one block of text. */
export const REREAD_PSM = 6;
/** Words scored below this are read again. */
const DOUBT = 70;
/** At most this many a page: a page of poor scan is not read twice over. */
const MAX_WORDS = 60;
const MAX_CELLS = 120;

/**
 * The doubtful words, and the table cells where tesseract found nothing (it drops short words alone
 * in a narrow cell, such as the row numbers of a "TT" column), read again one by one.
 */
export async function rereadDoubtful(
  boxes: OcrBox[],
  image: Gray,
  dir: string,
  cells: Box[],
  options: { language: string; timeoutMs: number; signal?: AbortSignal },
): Promise<OcrBox[]> {
  return (await rereadPages([{ boxes, image, cells }], dir, options))[0]!;
}

export interface PageToReread {
  boxes: OcrBox[];
  /** The page as tesseract read it (its borders painted out). */
  image: Gray;
  cells: Box[];
  /**
   * Whether its poorly read lines are read again whole: only on a page read scaled up (small type).
   * On an office page they replaced good table lines (seed 001's 300 dpi scan: vie lead 0.94 → 0.86).
   * Its bands of ink where nothing was read are read again on every page (line-reread.ts).
   */
  rereadLines?: boolean;
}

/** rereadDoubtful for several pages, their crops in one tesseract run: each page's boxes. */
export async function rereadPages(
  pages: PageToReread[],
  dir: string,
  options: { language: string; timeoutMs: number; signal?: AbortSignal },
): Promise<OcrBox[][]> {
  const plans: Array<{ plan: Plan; first: number }> = [];
  const paths: string[] = [];
  for (const page of pages) {
    const plan = await planRereads(page, dir, `${plans.length}-`);
    plans.push({ plan, first: paths.length });
    paths.push(...plan.paths);
  }
  if (!paths.length) return pages.map((p) => p.boxes);
  const list = join(dir, 'crops.txt');
  await writeFile(list, paths.join('\n') + '\n');
  const read = await tesseractMany(list, paths.length, { ...options, psm: REREAD_PSM });
  await Promise.all(paths.map((path) => rm(path, { force: true })));
  return plans.map(({ plan, first }) => applyRereads(plan, read.slice(first, first + plan.paths.length)));
}

interface Plan {
  boxes: OcrBox[];
  doubtful: Array<{ box: OcrBox; index: number }>;
  empty: Box[];
  /** Lines read poorly, read again whole (line-reread.ts): their crops come after the cells'. */
  lines: LineCrop[];
  /** Where each crop sits on the page. */
  crops: Array<{ x: number; y: number }>;
  /** Two images a crop: as scanned, then in black and white. */
  paths: string[];
}

async function planRereads({ boxes, image, cells, rereadLines = false }: PageToReread, dir: string, prefix: string): Promise<Plan> {
  // A box taller than one and a half of the page's usual word is tesseract's garbage across two
  // lines: its crop reads bits of both, so it is left to the lines' second reading.
  const usual = median(boxes.map((b) => b.height));
  const doubtful = boxes
    .map((box, index) => ({ box, index }))
    .filter(({ box }) => box.confidence < DOUBT && box.height >= 12 && box.width >= 8 && box.height <= usual * 1.6)
    .sort((a, b) => a.box.confidence - b.box.confidence)
    .slice(0, MAX_WORDS);
  const centre = (b: OcrBox) => [b.left + b.width / 2, b.top + b.height / 2] as const;
  const empty = cells
    .filter(
      (cell) =>
        !boxes.some((b) => {
          const [x, y] = centre(b);
          return x > cell.x0 && x < cell.x1 && y > cell.y0 && y < cell.y1;
        }),
    )
    .slice(0, MAX_CELLS);
  const paths: string[] = [];
  const crops: Array<{ x: number; y: number }> = [];
  // Each crop twice, as scanned and in black and white without specks: a short word in grey noise
  // reads right in one or the other ("2)," / "2.", "4." / "A,"); the better-scored reading is kept.
  const write = async (x: number, y: number, w: number, h: number) => {
    const part = crop(image, x, y, w, h);
    for (const [variant, pixels] of [
      ['grey', part.image],
      ['bw', blackAndWhite(part.image)],
    ] as const) {
      const path = join(dir, `crop-${prefix}${crops.length}-${variant}.tif`);
      await writeTiff(path, pixels);
      paths.push(path);
    }
    crops.push({ x: part.x, y: part.y });
  };
  for (const { box } of doubtful) {
    const margin = Math.round(box.height * 0.4);
    await write(box.left - margin, box.top - margin, box.width + 2 * margin, box.height + 2 * margin);
  }
  // Inside the borders (which were painted out), the top of the cell: its first lines, where a row
  // number or a short word sits (a tall, mostly empty crop reads worse).
  const lineHeight = median(boxes.map((b) => b.height)) || 30;
  for (const cell of empty) {
    await write(
      Math.round(cell.x0) + 4,
      Math.round(cell.y0) + 4,
      Math.round(cell.x1 - cell.x0) - 8,
      Math.min(Math.round(cell.y1 - cell.y0) - 8, Math.round(lineHeight * 4)),
    );
  }
  // A line with a margin of a third of its height above and below, half of it at either end (a band
  // of several lines: of a line's height).
  const lines = poorLines(boxes, image, { poorlyRead: rereadLines });
  for (const line of lines) {
    const h = line.replaces.length ? line.y1 - line.y0 : Math.min(line.y1 - line.y0, lineHeight);
    const [mx, my] = [Math.round(h / 2), Math.round(h / 3)];
    await write(line.x0 - mx, line.y0 - my, line.x1 - line.x0 + 2 * mx, h + 2 * my);
  }
  return { boxes, doubtful, empty, lines, crops, paths };
}

/** The page's boxes with the better readings of its crops (`both`: each crop's two readings in turn). */
function applyRereads({ boxes, doubtful, empty, lines, crops }: Plan, both: OcrBox[][]): OcrBox[] {
  // A word or a cell by its least sure word; a line by all it read (readingScore).
  const first = doubtful.length + empty.length;
  const score = (words: OcrBox[], n: number) =>
    n >= first ? readingScore(words) : words.length ? Math.min(...words.map((w) => w.confidence)) : -1;
  const readings = crops.map((_, n) => {
    const [grey, bw] = [both[2 * n] ?? [], both[2 * n + 1] ?? []];
    return score(bw, n) > score(grey, n) ? bw : grey;
  });
  const out = [...boxes];
  doubtful.forEach(({ box, index }, n) => {
    const words = onWord(readings[n] ?? [], box, crops[n]!);
    if (!words.length || stranger(words, box)) return;
    const confidence = Math.min(...words.map((w) => w.confidence));
    const text = words.map((w) => w.text).join(' ');
    if (confidence > box.confidence && text) out[index] = { ...box, text, confidence };
  });
  empty.forEach((_, k) => {
    const n = doubtful.length + k;
    const at = crops[n]!;
    for (const word of readings[n] ?? []) {
      if (word.confidence < 40 || !/[\p{L}\p{N}]/u.test(word.text)) continue;
      out.push({ ...word, left: word.left + at.x, top: word.top + at.y, line: `cell-${k}.${word.line}` });
    }
  });
  // Lines last, against the words as the other readings left them (same indexes: those only append).
  const placed = lines.map((_, k) => {
    const at = crops[first + k]!;
    return (readings[first + k] ?? []).map((word) => ({ ...word, left: word.left + at.x, top: word.top + at.y }));
  });
  return applyLineRereads(out, lines, placed);
}

/**
 * The words of a doubtful word's crop that stand on the word itself: their centres inside its box,
 * all on one line of the crop's reading. The crop's margins catch bits of the words beside it and
 * of the lines above and below (most where strokes are thick or lines close): those are not the
 * word, and a crop read as two lines says nothing sure of it (none).
 */
function onWord(words: OcrBox[], box: OcrBox, at: { x: number; y: number }): OcrBox[] {
  const inside = words.filter((w) => {
    const [x, y] = [at.x + w.left + w.width / 2, at.y + w.top + w.height / 2];
    return x >= box.left && x <= box.left + box.width && y >= box.top && y <= box.top + box.height;
  });
  return new Set(inside.map((w) => w.line)).size > 1 ? [] : inside;
}

/**
 * A second reading may be surer but not stranger than the word. It may split the word where
 * tesseract missed a space: in two words, or in more when they write the word's own characters (a
 * run of words read as one, 'Coquanchti' → 'Co quan chu', which eng does on tight table cells; not
 * '04/2020/T1T-BTP' → '04 2020 TI-BIP', its slashes lost). It may set apart a mark the word held
 * (a list's dash: '-Cacsd,' → '- Cac sé,'). It reads no more words that are not syllables than the
 * word had; the marks it set apart are none.
 */
function stranger(words: OcrBox[], box: OcrBox): boolean {
  const own = (w: OcrBox) => !/[\p{L}\p{N}]/u.test(w.text) && [...w.text].every((c) => box.text.includes(c));
  const said = words.filter((w) => !own(w));
  if (said.length > 2 && !writtenAlike(words.map((w) => w.text).join(''), box.text)) return true;
  return notSyllables(said) > notSyllables([box]);
}

const notSyllables = (words: OcrBox[]) => words.filter((w) => !isSyllableLike(w.text)).length;

/** What a reading writes, spaces, case and diacritics aside. */
const written = (text: string) => stripDiacritics(text.toLowerCase()).replace(/\s+/gu, '');

/** A reading writes the word's characters but for one in four (edits; one at least allowed). */
function writtenAlike(reading: string, word: string): boolean {
  const [x, y] = [written(reading), written(word)];
  return x.length > 0 && editDistance(x, y) <= Math.max(1, Math.floor(y.length / 4));
}

/** Levenshtein distance of two short strings. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = row;
  }
  return previous[b.length]!;
}

/** The part of the page, set on a margin of paper (tesseract reads a word at a crop's very edge badly). */
function crop(image: Gray, x: number, y: number, width: number, height: number): { image: Gray; x: number; y: number } {
  const x0 = Math.max(0, x);
  const y0 = Math.max(0, y);
  const w = Math.max(1, Math.min(image.width - x0, width));
  const h = Math.max(1, Math.min(image.height - y0, height));
  const W = w + 2 * PAD;
  const pixels = new Uint8Array(W * (h + 2 * PAD)).fill(paperOf(image, x0, y0, w, h));
  for (let row = 0; row < h; row++)
    pixels.set(image.pixels.subarray((y0 + row) * image.width + x0, (y0 + row) * image.width + x0 + w), (row + PAD) * W + PAD);
  return { image: { width: W, height: h + 2 * PAD, pixels }, x: x0 - PAD, y: y0 - PAD };
}

const PAD = 24;

/** Ink black, paper white, and dark specks of one or two pixels gone. */
function blackAndWhite(image: Gray): Gray {
  const { width, height } = image;
  const threshold = paperOf(image, 0, 0, width, height) * 0.6;
  const ink = new Uint8Array(width * height);
  for (let i = 0; i < ink.length; i++) ink[i] = image.pixels[i]! < threshold ? 1 : 0;
  const pixels = new Uint8Array(width * height).fill(255);
  for (let y = 1; y < height - 1; y++) {
    for (let x = 1; x < width - 1; x++) {
      if (!ink[y * width + x]) continue;
      let neighbours = 0;
      for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) neighbours += dy || dx ? ink[(y + dy) * width + x + dx]! : 0;
      if (neighbours >= 2) pixels[y * width + x] = 0;
    }
  }
  return { width, height, pixels };
}

/** The crop's paper: its lightest common shade (the 90th percentile of a sample). */
function paperOf(image: Gray, x: number, y: number, w: number, h: number): number {
  const sample: number[] = [];
  for (let row = 0; row < h; row += 3) for (let col = 0; col < w; col += 3) sample.push(image.pixels[(y + row) * image.width + x + col]!);
  sample.sort((a, b) => a - b);
  return sample[Math.floor(sample.length * 0.9)] ?? 255;
}
