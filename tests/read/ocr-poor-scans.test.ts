// cchc's own OCR of poor scans: small type scaled up before tesseract reads it (text-size.ts,
// resample.ts), and lines tesseract lost read again whole (line-reread.ts). The page is the
// project's plan PDF rasterised by pdftoppm; OCR needs tesseract (vie) and pdftoppm, and those
// tests skip with a note without them.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { deflateSync } from 'node:zlib';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { png, rasterisePage } from '../../scripts/formats/scan.js';
import { ocrImage } from '../../src/read/ocr/index.js';
import { decodePng } from '../../src/read/ocr/pixels.js';
import { deskew, MIN_SKEW, rotate, skewAngle } from '../../src/read/ocr/deskew.js';
import { upscale } from '../../src/read/ocr/resample.js';
import { rereadPages } from '../../src/read/ocr/reread.js';
import { letterHeight, readingScale, SMALL_LETTERS } from '../../src/read/ocr/text-size.js';
import { faintStrokes } from '../../src/read/ocr/ink.js';
import { tesseract, type OcrBox } from '../../src/read/ocr/tesseract.js';
import { writeTiff, type Gray } from '../../src/read/ocr/raster.js';
import { fixturePath } from '../helpers/shared.js';

const output = (command: string, args: string[]) => {
  try {
    return execFileSync(command, args, { stdio: 'pipe', encoding: 'utf8' });
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? null : String((error as { stdout?: string }).stdout ?? '');
  }
};
const hasPdftoppm = output('pdftoppm', ['-v']) !== null;
const hasVie = hasPdftoppm && (output('tesseract', ['--list-langs']) ?? '').split('\n').includes('vie');
if (!hasVie)
  console.warn(
    'OCR of poor scans: tesseract with vie or pdftoppm not installed (apt-get install tesseract-ocr tesseract-ocr-vie poppler-utils) — skipped',
  );

const planPdf = fixturePath('pdf/clean-plan.pdf');

describe.skipIf(!hasPdftoppm)('the size of a page’s type, from its pixels', () => {
  it('finds an office scan’s letters tall enough, and a page of small type too small', () => {
    const office = rasterisePage(planPdf, 1, 300);
    const small = rasterisePage(planPdf, 1, 60);
    expect(letterHeight(office)!).toBeGreaterThanOrEqual(SMALL_LETTERS);
    expect(readingScale(office)).toBe(1);
    expect(letterHeight(small)!).toBeLessThan(SMALL_LETTERS);
    expect(readingScale(small)).toBeGreaterThan(1);
    // Scaling up by the factor brings the letters to a size tesseract reads.
    expect(letterHeight(upscale(small, readingScale(small)))!).toBeGreaterThanOrEqual(SMALL_LETTERS);
  });
});

describe.skipIf(!hasPdftoppm)('how much ink a page’s strokes hold, from its pixels', () => {
  /** The page printed faint: each pixel's darkness against white kept at `share`. */
  const faded = (page: Gray, share: number): Gray => ({
    ...page,
    pixels: page.pixels.map((v) => Math.round(255 - (255 - v) * share)),
  });

  it('finds an office scan’s strokes and a low-resolution copy’s not faint, and a faded print’s faint at either resolution', () => {
    const office = rasterisePage(planPdf, 1, 300);
    const low = rasterisePage(planPdf, 1, 100);
    expect(faintStrokes(office)).toBe(false);
    expect(faintStrokes(low)).toBe(false);
    expect(faintStrokes(faded(office, 0.3))).toBe(true);
    expect(faintStrokes(faded(low, 0.3))).toBe(true);
  });
});

describe.skipIf(!hasPdftoppm)('a page scanned askew', () => {
  it('finds the tilt of a page’s lines and turns it straight; a straight page is left as it is', () => {
    const page = rasterisePage(planPdf, 1, 100);
    expect(Math.abs(skewAngle(page))).toBeLessThan(MIN_SKEW);
    expect(deskew(page).image).toBe(page);
    for (const tilt of [1.6, -2.3]) {
      // rotate turns by −degrees: the straight page turned so that its lines fall by `tilt`.
      const tilted = rotate(page, -tilt);
      expect(Math.abs(skewAngle(tilted) - tilt)).toBeLessThan(0.15);
      const straight = deskew(tilted);
      expect(straight.angle).toBe(skewAngle(tilted));
      expect(Math.abs(skewAngle(straight.image))).toBeLessThan(MIN_SKEW);
    }
  });

  it('finds no tilt on a page without lines of text (noise)', () => {
    const pixels = new Uint8Array(400 * 300).map((_, i) => ((i * 2654435761) >>> 24 < 20 ? 0 : 255));
    expect(skewAngle({ width: 400, height: 300, pixels })).toBe(0);
  });
});

describe('pixels', () => {
  it('decodes a 16-bit grey PNG (as scanners write them) to the same grey as its 8-bit copy', () => {
    const width = 3;
    const grey = new Uint8Array([0, 128, 255, 30, 200, 90]);
    const eight = png({ width, height: 2, pixels: grey });
    // The same image as 16-bit samples (high byte, low byte), filter 0 on each row.
    const raw = Buffer.alloc((width * 2 + 1) * 2);
    for (let y = 0; y < 2; y++)
      for (let x = 0; x < width; x++) raw.writeUInt16BE(grey[y * width + x]! * 257, y * (width * 2 + 1) + 1 + x * 2);
    const sixteen = pngOf(width, 2, 16, raw);
    expect(decodePng(sixteen)?.pixels).toEqual(decodePng(eight)?.pixels);
    expect(Array.from(decodePng(sixteen)!.pixels)).toEqual(Array.from(grey));
  });

  it('scales a page up by a whole factor, strokes dark and paper light', () => {
    const pixels = new Uint8Array(8 * 8).fill(250);
    for (let y = 0; y < 8; y++) pixels[y * 8 + 3] = pixels[y * 8 + 4] = 10;
    const big = upscale({ width: 8, height: 8, pixels }, 3);
    expect([big.width, big.height]).toEqual([24, 24]);
    const row = Array.from(big.pixels.subarray(12 * 24, 13 * 24));
    expect(Math.min(...row.slice(10, 14))).toBeLessThan(40);
    expect(Math.min(...row.slice(0, 6), ...row.slice(18))).toBeGreaterThan(230);
  });
});

describe.skipIf(!hasVie)('OCR of poor scans', { timeout: 240_000 }, () => {
  it('reads a page of type too small for tesseract once it is scaled up', async () => {
    // The plan's first page at 45 dpi: its letters are 4–6 pixels tall, which tesseract reads as
    // garbage ("NHÀ nh ngày T5 hán Dt ăn 200").
    const page = png(rasterisePage(planPdf, 1, 45));
    const read = await ocrImage(page, { language: 'vie' });
    expect(read.text).toContain('218/QĐ-UBND');
    expect(read.text).toMatch(/Ban hành Kế hoạch cải cách/u);
  });

  it('reads again a line the first reading lost', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cchc-ocr-lines-'));
    const image = rasterisePage(planPdf, 1, 150);
    await writeTiff(join(dir, 'page.tif'), image);
    const boxes = await tesseract(join(dir, 'page.tif'), { language: 'vie', timeoutMs: 120_000 });
    // A line with "Căn cứ" at its start, lost as tesseract loses a line of a poor scan: no word of it read.
    const lost = boxes.find((b) => b.text === 'Căn')!.line;
    const lostWords = boxes.filter((b) => b.line === lost).map((b) => b.text);
    expect(lostWords.length).toBeGreaterThan(5);
    // (Lines are read again on pages read scaled up; index.ts says which.)
    const page = { boxes: boxes.filter((b) => b.line !== lost), image, cells: [], rereadLines: true };
    const [again] = await rereadPages([page], dir, {
      language: 'vie',
      timeoutMs: 120_000,
    });
    const readAgain = (boxes: OcrBox[]) => boxes.filter((b) => /^(line|band)-/u.test(b.line)).map((b) => b.text);
    const kept = lostWords.filter((w) => readAgain(again!).includes(w));
    expect(kept.length).toBeGreaterThanOrEqual(lostWords.length * 0.8);
    // A page read at its own size (an office scan) keeps every word its first reading found: only
    // the ink where nothing was read (the lost line) is read again.
    const [asRead] = await rereadPages([{ ...page, rereadLines: false }], dir, { language: 'vie', timeoutMs: 120_000 });
    expect(asRead!.filter((b) => b.line.startsWith('line-'))).toHaveLength(0);
    for (const box of page.boxes) expect(asRead).toContainEqual(expect.objectContaining({ left: box.left, top: box.top, line: box.line }));
    expect(lostWords.filter((w) => readAgain(asRead!).includes(w)).length).toBeGreaterThanOrEqual(lostWords.length * 0.8);
  });

  it('reads a page scanned askew line by line, in order', async () => {
    // The plan's first page tilted by 3° at 150 dpi: its lines fall by more than their own height
    // across the page, and read as it is, the words of neighbouring lines interleave ("Căn cứ Luật
    // Tổ chức chính quyền" then "sung một số điều", a line further down).
    const page = png(rotate(rasterisePage(planPdf, 1, 150), -3));
    const read = await ocrImage(page, { language: 'vie' });
    expect(read.text).toContain('Ban hành Kế hoạch cải cách hành chính năm 2024');
    expect(read.text).toContain('Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015; Luật sửa đổi, bổ sung');
  });

  it('reads again, on a page read at its own size, a block of lines the first reading lost', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cchc-ocr-band-'));
    const image = rasterisePage(planPdf, 1, 150);
    await writeTiff(join(dir, 'page.tif'), image);
    const boxes = await tesseract(join(dir, 'page.tif'), { language: 'vie', timeoutMs: 120_000 });
    // Three lines from the one starting "Căn cứ" lost as a block (as tesseract loses short heavy
    // lines it takes for a picture): no word of them read.
    const order = [...new Set(boxes.map((b) => b.line))];
    const first = order.indexOf(boxes.find((b) => b.text === 'Căn')!.line);
    const lost = new Set(order.slice(first, first + 3));
    const lostWords = boxes.filter((b) => lost.has(b.line)).map((b) => b.text);
    expect(lostWords.length).toBeGreaterThan(15);
    const page = { boxes: boxes.filter((b) => !lost.has(b.line)), image, cells: [] };
    const [again] = await rereadPages([page], dir, { language: 'vie', timeoutMs: 120_000 });
    const found = again!.filter((b) => b.line.startsWith('band-'));
    expect(found.filter((b) => lostWords.includes(b.text)).length).toBeGreaterThanOrEqual(lostWords.length * 0.8);
    // Only the lost lines: no word of the band's reading stands on a line read the first time.
    const read = page.boxes;
    for (const word of found) expect(read.some((b) => Math.abs(b.top - word.top) < 3 && Math.abs(b.left - word.left) < 3)).toBe(false);
  });

  it('keeps of a doubtful word’s second reading only the word, not bits of the lines about it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cchc-ocr-thick-'));
    // Thick strokes (a dark photocopy): ink spread by a pixel each way, so a word's crop catches the
    // ascenders and descenders of the lines above and below.
    const image = thicken(rasterisePage(planPdf, 1, 150));
    await writeTiff(join(dir, 'page.tif'), image);
    const boxes = await tesseract(join(dir, 'page.tif'), { language: 'vie', timeoutMs: 120_000 });
    // Words of the body read surely, doubted here so that each is read again from its crop.
    const doubted = boxes
      .map((box, index) => ({ box, index }))
      .filter(({ box }) => box.confidence > 90 && /^\p{L}{2,}$/u.test(box.text))
      .slice(0, 40);
    expect(doubted.length).toBe(40);
    const lowered = boxes.map((box, i) => (doubted.some((d) => d.index === i) ? { ...box, confidence: 1 } : box));
    const [again] = await rereadPages([{ boxes: lowered, image, cells: [] }], dir, { language: 'vie', timeoutMs: 120_000 });
    // Each doubted word where it stood (a line read again whole takes its words' places).
    const same = (a: OcrBox, b: OcrBox) => a.left === b.left && a.top === b.top && a.width === b.width;
    const read = doubted.flatMap(({ box }) => {
      const now = again!.find((b) => same(b, box) && !b.line.startsWith('line-'));
      return now ? [{ first: box.text, again: now.text }] : [];
    });
    expect(read.length).toBeGreaterThanOrEqual(10);
    // Each word read again is at most two words (or more that spell its own letters), and mostly the
    // very word read first (its letters).
    const letters = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, '');
    for (const r of read) if (r.again.split(' ').length > 2) expect(letters(r.again)).toBe(letters(r.first));
    expect(read.filter((r) => letters(r.again) === letters(r.first)).length).toBeGreaterThanOrEqual(read.length * 0.75);
  });

  it('splits a run of words read as one, and a list’s dash read into its word, where the crop reads them apart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cchc-ocr-fused-'));
    // The plan's last page (a table of tasks, then the list of recipients: "- Như Điều 3;").
    const image = rasterisePage(planPdf, 2, 200);
    await writeTiff(join(dir, 'page.tif'), image);
    const boxes = await tesseract(join(dir, 'page.tif'), { language: 'vie', timeoutMs: 120_000 });
    // As tesseract eng reads a tight line: three words with no space between them, or a dash and
    // its word, one doubtful box.
    const fuse = (run: OcrBox[]): OcrBox => {
      const [left, top] = [Math.min(...run.map((b) => b.left)), Math.min(...run.map((b) => b.top))];
      const right = Math.max(...run.map((b) => b.left + b.width));
      const bottom = Math.max(...run.map((b) => b.top + b.height));
      return { ...run[0]!, text: run.map((b) => b.text).join(''), left, top, width: right - left, height: bottom - top, confidence: 1 };
    };
    const sure = (b: OcrBox | undefined) => b !== undefined && b.confidence > 85;
    const runs: OcrBox[][] = [];
    for (let i = 0; i + 2 < boxes.length && runs.length < 12; i++) {
      const run = boxes.slice(i, i + 3);
      if (run.every((b) => sure(b) && b.line === run[0]!.line && /^\p{L}{2,}$/u.test(b.text))) {
        runs.push(run);
        i += 3;
      }
    }
    const dashed = boxes.flatMap((b, i) =>
      b.text === '-' && sure(boxes[i + 1]) && boxes[i + 1]!.line === b.line ? [[b, boxes[i + 1]!]] : [],
    );
    expect(runs.length).toBeGreaterThanOrEqual(8);
    expect(dashed.length).toBeGreaterThanOrEqual(2);
    const fused = [...runs, ...dashed];
    const used = new Set(fused.flat());
    const page = [...boxes.filter((b) => !used.has(b)), ...fused.map(fuse)];
    const [again] = await rereadPages([{ boxes: page, image, cells: [] }], dir, { language: 'vie', timeoutMs: 120_000 });
    const readAs = (run: OcrBox[]) => again!.find((b) => b.left === fuse(run).left && b.top === fuse(run).top)?.text;
    const split = (list: OcrBox[][]) => list.filter((run) => readAs(run) === run.map((b) => b.text).join(' ')).length;
    expect(split(runs)).toBeGreaterThanOrEqual(runs.length * 0.6);
    expect(split(dashed)).toBeGreaterThanOrEqual(dashed.length * 0.5);
  });
});

/** Ink spread one pixel each way (the darkest of each pixel's 3×3 neighbourhood). */
function thicken({ width, height, pixels }: Gray): Gray {
  const out = new Uint8Array(pixels.length);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      let v = 255;
      for (let dy = -1; dy <= 1; dy++)
        for (let dx = -1; dx <= 1; dx++) {
          const [xx, yy] = [x + dx, y + dy];
          if (xx >= 0 && yy >= 0 && xx < width && yy < height) v = Math.min(v, pixels[yy * width + xx]!);
        }
      out[y * width + x] = v;
    }
  return { width, height, pixels: out };
}

/** A PNG of grey samples of `depth` bits from raw filtered rows. */
function pngOf(width: number, height: number, depth: number, raw: Buffer): Buffer {
  const eight = png({ width, height, pixels: new Uint8Array(width * height) });
  const header = Buffer.from(eight.subarray(8 + 8, 8 + 8 + 13));
  header[8] = depth;
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    // decodePng does not check CRCs.
    return Buffer.concat([length, Buffer.from(type, 'latin1'), data, Buffer.alloc(4)]);
  };
  return Buffer.concat([eight.subarray(0, 8), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}
