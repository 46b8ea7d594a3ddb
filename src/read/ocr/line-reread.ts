// A second look at the lines tesseract read poorly. Reading a whole page, tesseract's layout
// analysis loses lines of blurred, thick or small type outright, or keeps a few words of them; the
// same line cut out alone and read as one block of text comes out whole far more often. A line is
// read again when
//   - ink along it is left unread (a stretch of inked columns no word box covers),
//   - its words are doubtful (low confidences) or do not look like syllables (garbage), or
//   - it lies in a band of ink between read lines where tesseract found no words at all (a band
//     may hold several lines: a block of short, heavy lines that tesseract took for a picture).
//   - it stands as tall as two lines or more (tesseract took two close lines for one: heavy type,
//     whose descenders touch the ascenders below; it then reads garbage across both).
// Bands and lines as tall as two are read again on every page; the lines read poorly only where the
// caller says (index.ts: pages read scaled up), since a band's reading only adds words where none
// were, and a line of two lines is read wrong whatever else.
// Each crop's reading replaces the words it covers only when it scores better: its letters
// weighted by tesseract's confidences and by whether each word is a Vietnamese syllable (with its
// marks or without, as an English model reads it) — more text read, read surely, in words that
// exist. At most MAX_LINES a page, so a poor page costs a bounded second reading.
import { isValidSyllable } from '../../vietnamese/valid.js';
import { stripDiacritics } from '../../vietnamese/strip.js';
import { syllableKeys } from '../../vietnamese/inventory.js';
import { median, type Box } from '../layout/geometry.js';
import type { Gray } from './raster.js';
import { inkThreshold } from './text-size.js';
import type { OcrBox } from './tesseract.js';

/** At most this many lines read again a page. */
export const MAX_LINES = 30;
/** A line whose words' mean confidence is under this is read again. */
const DOUBTFUL_LINE = 60;
/** … or whose words are syllables less often than this. */
const FEW_SYLLABLES = 0.6;
/** Unread ink this many line heights wide along a line makes it lost in part. */
const UNREAD_INK = 1.5;
/** A reading replaces the old one only when it scores this much better. */
const BETTER = 1.15;
/** A line this many times as tall as the page's usual line holds two lines (or more). */
const MERGED = 1.4;

export interface LineCrop extends Box {
  /**
   * The words of the first reading this crop covers (indexes into the page's boxes); none for a
   * band where nothing was read, which may hold several lines.
   */
  replaces: number[];
  /** The crop is a line as tall as two: its reading may hold several lines, each kept. */
  several?: boolean;
}

/**
 * The page's lines to read again, each as the page region to cut out (none on a page read well):
 * its bands of unread ink, and its lines read poorly unless `poorlyRead` is false.
 */
export function poorLines(boxes: OcrBox[], image: Gray, { poorlyRead = true } = {}): LineCrop[] {
  const words = boxes.map((box, index) => ({ box, index })).filter(({ box }) => box.height >= 4);
  if (!words.length) return [];
  const h = median(words.map(({ box }) => box.height));
  const ink = inkMask(image);
  const lines = new Map<string, typeof words>();
  for (const w of words) lines.set(w.box.line, [...(lines.get(w.box.line) ?? []), w]);
  // The text's extent across the page: unread ink outside it is a margin's speck, not a word.
  const lefts = words.map(({ box }) => box.left).sort((a, b) => a - b);
  const rights = words.map(({ box }) => box.left + box.width).sort((a, b) => a - b);
  const textLeft = Math.max(0, lefts[Math.floor(lefts.length * 0.02)]! - 2 * h);
  const textRight = Math.min(image.width - 1, rights[Math.ceil(rights.length * 0.98) - 1]! + 2 * h);
  const found: Array<LineCrop & { need: number }> = [];
  const bands: Array<[number, number]> = [];
  // Each line's band from its words' median top and bottom: one garbage box as tall as two lines
  // would otherwise make a crop of two lines.
  const spans = [...lines.values()].map((line) => ({
    line,
    top: Math.round(median(line.map(({ box }) => box.top))),
    bottom: Math.round(median(line.map(({ box }) => box.top + box.height))),
  }));
  const usual = median(spans.map(({ top, bottom }) => bottom - top));
  for (const { line, top, bottom } of spans) {
    const middle = (top + bottom) / 2;
    bands.push([Math.min(...line.map(({ box }) => box.top)), Math.max(...line.map(({ box }) => box.top + box.height))]);
    // Most of the page's lines are single: one as tall as two is two read as one.
    if (spans.length >= 4 && line.length >= 2 && bottom - top >= MERGED * usual) {
      const x0 = Math.min(...line.map(({ box }) => box.left));
      const x1 = Math.max(...line.map(({ box }) => box.left + box.width));
      found.push({ x0, y0: top, x1, y1: bottom, replaces: line.map(({ index }) => index), several: true, need: 100 });
      continue;
    }
    if (!poorlyRead) continue;
    // Inked columns along the line's middle that no word box on the page covers.
    const covered = new Uint8Array(image.width);
    for (const { box } of words) {
      if (box.top > middle || box.top + box.height < middle) continue;
      covered.fill(1, Math.max(0, box.left - Math.round(h / 3)), Math.min(image.width, box.left + box.width + Math.round(h / 3)));
    }
    const y0 = Math.round(middle - h * 0.2);
    const y1 = Math.round(middle + h * 0.2);
    let unread = 0;
    let from = Infinity;
    let to = -Infinity;
    for (let x = textLeft; x <= textRight; x++) {
      if (covered[x] || !inkedColumn(ink, image.width, x, y0, y1)) continue;
      unread++;
      from = Math.min(from, x);
      to = Math.max(to, x);
    }
    const left = Math.min(...line.map(({ box }) => box.left));
    const right = Math.max(...line.map(({ box }) => box.left + box.width));
    const confidence = line.reduce((s, { box }) => s + box.confidence, 0) / line.length;
    const syllables = line.filter(({ box }) => isSyllableLike(box.text)).length / line.length;
    const lostInk = unread >= UNREAD_INK * h;
    if (!lostInk && confidence >= DOUBTFUL_LINE && syllables >= FEW_SYLLABLES) continue;
    const x0 = lostInk ? Math.min(left, from) : left;
    const x1 = lostInk ? Math.max(right, to) : right;
    const replaces = words
      .filter(({ box }) => {
        const cy = box.top + box.height / 2;
        const cx = box.left + box.width / 2;
        return cy > top && cy < bottom && cx >= x0 && cx <= x1;
      })
      .map(({ index }) => index);
    const need = (lostInk ? unread / h : 0) + (100 - confidence) / 20 + (1 - syllables) * 4;
    found.push({ x0, y0: top, x1, y1: bottom, replaces, need });
  }
  found.push(...lostBands(bands, ink, image.width, textLeft, textRight, h));
  return found
    .sort((a, b) => b.need - a.need)
    .slice(0, MAX_LINES)
    .map(({ need: _need, ...crop }) => crop);
}

/**
 * Bands of ink between read lines with no word in them, most of a line's height or taller: each a
 * crop (tesseract may find one line or several in it).
 */
function lostBands(
  lines: Array<[number, number]>,
  ink: Uint8Array,
  width: number,
  left: number,
  right: number,
  h: number,
): Array<LineCrop & { need: number }> {
  const height = ink.length / width;
  const read = new Uint8Array(height);
  for (const [top, bottom] of lines) read.fill(1, Math.max(0, top), Math.min(height, bottom + 1));
  const out: Array<LineCrop & { need: number }> = [];
  // A row of a short line ("Điều", "Nhà máy") holds little ink: a third of a line's height of it
  // is enough, counting only pixels of strokes (beside another inked pixel), not a speck's.
  const enough = Math.max(3, h / 3);
  let start = -1;
  for (let y = 0; y <= height; y++) {
    let inked = false;
    if (y < height && !read[y]) {
      let count = 0;
      const row = y * width;
      for (let x = Math.max(1, left); x <= Math.min(width - 2, right) && count < enough; x++)
        count += ink[row + x]! & (ink[row + x - 1]! | ink[row + x + 1]!);
      inked = count >= enough;
    }
    if (inked && start < 0) start = y;
    if (!inked && start >= 0) {
      if (y - start >= h * 0.4) {
        const [x0, x1] = inkedSpan(ink, width, left, right, start, y);
        if (x1 - x0 >= 1.2 * h) out.push({ x0, y0: start, x1, y1: y, replaces: [], need: (x1 - x0) / h });
      }
      start = -1;
    }
  }
  return out;
}

/** The first and last inked columns of rows y0…y1 between left and right. */
function inkedSpan(ink: Uint8Array, width: number, left: number, right: number, y0: number, y1: number): [number, number] {
  let [from, to] = [right, left];
  for (let x = left; x <= right; x++) {
    if (!inkedColumn(ink, width, x, y0, y1 - 1)) continue;
    from = Math.min(from, x);
    to = Math.max(to, x);
  }
  return [from, to];
}

/** At least two inked pixels in column x between rows y0 and y1 (one is a speck). */
function inkedColumn(ink: Uint8Array, width: number, x: number, y0: number, y1: number): boolean {
  let n = 0;
  const height = ink.length / width;
  for (let y = Math.max(0, y0); y <= Math.min(height - 1, y1); y++) if (ink[y * width + x] && ++n >= 2) return true;
  return false;
}

function inkMask(image: Gray): Uint8Array {
  const threshold = inkThreshold(image);
  const ink = new Uint8Array(image.pixels.length);
  for (let i = 0; i < ink.length; i++) ink[i] = image.pixels[i]! < threshold ? 1 : 0;
  return ink;
}

/** A word as Vietnamese: a syllable with its marks, or one whose marks an English model lost; or a number. */
export function isSyllableLike(text: string): boolean {
  const word = text.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, '');
  if (!word) return false;
  if (/^\p{N}+([./-]\p{N}+)*$/u.test(word)) return true;
  return isValidSyllable(word) || syllableKeys().has(stripDiacritics(word.toLowerCase()));
}

/** What a reading is worth: its letters, each weighted by its word's confidence and whether it is a syllable. */
export function readingScore(words: OcrBox[]): number {
  let total = 0;
  for (const w of words) {
    const letters = (w.text.match(/[\p{L}\p{N}]/gu) ?? []).length;
    total += (letters * w.confidence * (isSyllableLike(w.text) ? 1 : 0.3)) / 100;
  }
  return total;
}

/**
 * The page's boxes with each crop's reading (already placed on the page) put in place of the words
 * it covers, where it scores better than they do (BETTER times); a band where no words were read
 * gets the lines read in it (bandLines).
 */
export function applyLineRereads(boxes: OcrBox[], crops: LineCrop[], readings: OcrBox[][]): OcrBox[] {
  const dropped = new Set<number>();
  const added: OcrBox[] = [];
  const taken: LineCrop[] = [];
  crops.forEach((crop, n) => {
    if (!crop.replaces.length) return void added.push(...bandLines(readings[n] ?? [], crop, n, boxes));
    if (crop.several) {
      // A line as tall as two: all the lines read in it, in place of the words read across them.
      if (crop.replaces.some((i) => dropped.has(i))) return;
      const fresh = linesIn(readings[n] ?? [], crop);
      // More lines than one, and more read surely than before (a line the first reading swallowed
      // may be one short word: no margin asked).
      if (fresh.length < 2 || readingScore(fresh.flat()) <= readingScore(crop.replaces.map((i) => boxes[i]!))) return;
      for (const i of crop.replaces) dropped.add(i);
      taken.push(crop);
      return void added.push(...fresh.flatMap((line) => placeLine(line, crop, `merged-${n}`)));
    }
    const fresh = oneLine(readings[n] ?? []);
    if (!fresh.length) return;
    // Two crops of one line (tesseract split it, or a band beside it): the first kept stands.
    if (crop.replaces.some((i) => dropped.has(i)) || taken.some((t) => overlaps(t, crop))) return;
    const old = crop.replaces.map((i) => boxes[i]!);
    const before = readingScore(old);
    const after = readingScore(fresh);
    if (after <= before * BETTER) return;
    for (const i of crop.replaces) dropped.add(i);
    taken.push(crop);
    // In the line's own band: a word read from a crop spans the bits of the lines around it that
    // the crop's margins caught, and would seem to stand on two lines.
    added.push(...fresh.map((w) => ({ ...w, top: crop.y0, height: crop.y1 - crop.y0, line: `line-${n}.${w.line}` })));
  });
  return [...boxes.filter((_, i) => !dropped.has(i)), ...added];
}

/**
 * The lines read in a band where the first reading found nothing: those standing in the band (the
 * crop's margins catch the lines read above and below) and read as sure syllables half the time
 * at least (a picture or a stamp reads as garbage), each set in its own words' band of the page.
 * A word on a word read already is that word again (where lines stand close, the first reading
 * may have put a line's tail on its neighbour's row, leaving its own row a band): left out.
 */
function bandLines(words: OcrBox[], band: Box, n: number, read: OcrBox[]): OcrBox[] {
  const lines = new Map<string, OcrBox[]>();
  const onRead = (x: number, y: number) => read.some((b) => x >= b.left && x <= b.left + b.width && y >= b.top && y <= b.top + b.height);
  for (const w of words) {
    const middle = w.top + w.height / 2;
    if (middle < band.y0 || middle > band.y1 || !/[\p{L}\p{N}]/u.test(w.text)) continue;
    if (onRead(w.left + w.width / 2, middle)) continue;
    lines.set(w.line, [...(lines.get(w.line) ?? []), w]);
  }
  const kept = [...lines.values()].filter((line) => isSure(line) >= 0.5);
  return kept.flatMap((line) => {
    // One line: the band is its row. Several: each its words' row, inside the band (a word read in a
    // crop of small type can stand taller than its line, and would seem to stand on the next).
    const top = kept.length === 1 ? band.y0 : Math.max(band.y0, Math.round(median(line.map((w) => w.top))));
    const bottom = kept.length === 1 ? band.y1 : Math.min(band.y1, Math.round(median(line.map((w) => w.top + w.height))));
    return line.map((w) => ({ ...w, top, height: Math.max(1, bottom - top), line: `band-${n}.${w.line}` }));
  });
}

/** The lines read in a crop whose middles stand inside it (its margins catch the lines around it), top to bottom. */
function linesIn(words: OcrBox[], crop: Box): OcrBox[][] {
  const lines = new Map<string, OcrBox[]>();
  for (const w of words) {
    const middle = w.top + w.height / 2;
    if (middle < crop.y0 || middle > crop.y1 || !/[\p{L}\p{N}]/u.test(w.text)) continue;
    lines.set(w.line, [...(lines.get(w.line) ?? []), w]);
  }
  return [...lines.values()].sort((a, b) => median(a.map((w) => w.top)) - median(b.map((w) => w.top)));
}

/** A line's words set in the line's own band (its words' median top and bottom, inside the crop). */
function placeLine(line: OcrBox[], crop: Box, tag: string): OcrBox[] {
  const top = Math.max(crop.y0, Math.round(median(line.map((w) => w.top))));
  const bottom = Math.min(crop.y1, Math.round(median(line.map((w) => w.top + w.height))));
  return line.map((w) => ({ ...w, top, height: Math.max(1, bottom - top), line: `${tag}.${w.line}` }));
}

/** The share of the words read surely (confidence 50 or more) as syllables. */
const isSure = (words: OcrBox[]) => words.filter((w) => w.confidence >= 50 && isSyllableLike(w.text)).length / words.length;

/**
 * The one line a crop holds: the words of its best-scored line, none when another line read in it
 * scores half as well (a crop across two lines, which says where neither is).
 */
function oneLine(words: OcrBox[]): OcrBox[] {
  const lines = new Map<string, OcrBox[]>();
  for (const w of words) if (/[\p{L}\p{N}]/u.test(w.text)) lines.set(w.line, [...(lines.get(w.line) ?? []), w]);
  const ranked = [...lines.values()].map((l) => ({ l, score: readingScore(l) })).sort((a, b) => b.score - a.score);
  if (!ranked.length || (ranked[1] && ranked[1].score > ranked[0]!.score / 2)) return [];
  return ranked[0]!.l;
}

/** Two crops over the same text: they share columns and half the shorter one's rows. */
function overlaps(a: LineCrop, b: LineCrop): boolean {
  const rows = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  return Math.min(a.x1, b.x1) > Math.max(a.x0, b.x0) && rows > 0.5 * Math.min(a.y1 - a.y0, b.y1 - b.y0);
}
