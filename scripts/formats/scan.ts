// Scans of our own pages, for the OCR tests and the bench: a PDF page rasterised by pdftoppm, then
// degraded as an office scanner does it (a slight skew, blur, toner speckle, grey paper), and
// written back as PNG, PGM or an image-only PDF (a "scanned PDF", no text layer).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { seededRandom as random } from '../seeded-random.js';

export interface Gray {
  width: number;
  height: number;
  pixels: Uint8Array;
}

/** Page `page` of a PDF file at `dpi`, greyscale. */
export function rasterisePage(pdf: string, page: number, dpi: number): Gray {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-scan-'));
  try {
    execFileSync('pdftoppm', ['-r', String(dpi), '-gray', '-f', String(page), '-l', String(page), '-singlefile', pdf, join(dir, 'p')]);
    const bytes = readFileSync(join(dir, 'p.pgm'));
    const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(bytes.subarray(0, 50).toString('latin1'))!;
    return { width: Number(header[1]), height: Number(header[2]), pixels: new Uint8Array(bytes.subarray(header[0].length)) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface Degradation {
  /** Degrees, clockwise. */
  skew: number;
  /** Box blur radius in pixels (0: none). */
  blur: number;
  /** Share of pixels flipped to speckle. */
  speckle: number;
  /** Grey of the paper (255 white). */
  paper: number;
  seed: number;
}

export const OFFICE_SCAN: Degradation = { skew: 0.35, blur: 1, speckle: 0.002, paper: 232, seed: 17 };

export function degrade(image: Gray, d: Degradation = OFFICE_SCAN): Gray {
  const { width, height } = image;
  const rand = random(d.seed);
  const out = new Uint8Array(width * height);
  const angle = (d.skew * Math.PI) / 180;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const cx = width / 2;
  const cy = height / 2;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      // Where this pixel comes from in the straight page (nearest neighbour).
      const sx = Math.round(cos * (x - cx) + sin * (y - cy) + cx);
      const sy = Math.round(-sin * (x - cx) + cos * (y - cy) + cy);
      const v = sx >= 0 && sy >= 0 && sx < width && sy < height ? image.pixels[sy * width + sx]! : 255;
      out[y * width + x] = Math.round((v / 255) * d.paper);
    }
  }
  const blurred = d.blur ? boxBlur({ width, height, pixels: out }, d.blur) : out;
  for (let i = 0; i < blurred.length; i++) {
    const noise = (rand() - 0.5) * 24;
    let v = blurred[i]! + noise;
    if (rand() < d.speckle) v = rand() < 0.5 ? 40 : 250;
    blurred[i] = Math.max(0, Math.min(255, Math.round(v)));
  }
  return { width, height, pixels: blurred };
}

function boxBlur(image: Gray, r: number): Uint8Array {
  const { width, height, pixels } = image;
  const out = new Uint8Array(pixels.length);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let sum = 0;
      let n = 0;
      for (let dy = -r; dy <= r; dy++) {
        const yy = y + dy;
        if (yy < 0 || yy >= height) continue;
        for (let dx = -r; dx <= r; dx++) {
          const xx = x + dx;
          if (xx < 0 || xx >= width) continue;
          sum += pixels[yy * width + xx]!;
          n++;
        }
      }
      out[y * width + x] = Math.round(sum / n);
    }
  }
  return out;
}

export function png(image: Gray): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(image.width, 0);
  header.writeUInt32BE(image.height, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // greyscale
  const raw = Buffer.alloc((image.width + 1) * image.height);
  for (let y = 0; y < image.height; y++) raw.set(image.pixels.subarray(y * image.width, (y + 1) * image.width), y * (image.width + 1) + 1);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** An image-only PDF: each page one greyscale image filling an A4-sized page at `dpi`. */
export function imagePdf(pages: Gray[], dpi: number): Buffer {
  return pdfOfImages(
    pages.map((image) => ({
      width: image.width,
      height: image.height,
      filter: 'FlateDecode',
      data: deflateSync(Buffer.from(image.pixels)),
    })),
    dpi,
  );
}

/** A page as a scanner stores it: greyscale JPEG (poppler's pdftocairo encodes it), `quality` 0–100. */
export function jpegPage(image: Gray, dpi: number, quality = 60): EncodedImage {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-jpeg-'));
  try {
    writeFileSync(join(dir, 'page.pdf'), imagePdf([image], dpi));
    execFileSync('pdftocairo', [
      '-jpeg',
      '-gray',
      '-r',
      String(dpi),
      '-singlefile',
      '-jpegopt',
      `quality=${quality}`,
      join(dir, 'page.pdf'),
      join(dir, 'page'),
    ]);
    return { width: image.width, height: image.height, filter: 'DCTDecode', data: readFileSync(join(dir, 'page.jpg')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface EncodedImage {
  width: number;
  height: number;
  filter: 'FlateDecode' | 'DCTDecode';
  data: Buffer;
}

/** An image-only PDF of images already encoded (one a page). */
export function pdfOfImages(pages: EncodedImage[], dpi: number): Buffer {
  const objects: Buffer[] = [];
  const kids: string[] = [];
  pages.forEach((image, i) => {
    const pageId = 3 + i * 3;
    const w = (image.width * 72) / dpi;
    const h = (image.height * 72) / dpi;
    kids.push(`${pageId} 0 R`);
    const content = Buffer.from(`q ${w.toFixed(2)} 0 0 ${h.toFixed(2)} 0 0 cm /Im0 Do Q`, 'latin1');
    const data = image.data;
    objects[pageId - 1] = Buffer.from(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${w.toFixed(2)} ${h.toFixed(2)}] /Resources << /XObject << /Im0 ${pageId + 2} 0 R >> >> /Contents ${pageId + 1} 0 R >>`,
      'latin1',
    );
    objects[pageId] = Buffer.concat([
      Buffer.from(`<< /Length ${content.length} >>\nstream\n`, 'latin1'),
      content,
      Buffer.from('\nendstream', 'latin1'),
    ]);
    objects[pageId + 1] = Buffer.concat([
      Buffer.from(
        `<< /Type /XObject /Subtype /Image /Width ${image.width} /Height ${image.height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /${image.filter} /Length ${data.length} >>\nstream\n`,
        'latin1',
      ),
      data,
      Buffer.from('\nendstream', 'latin1'),
    ]);
  });
  objects[0] = Buffer.from('<< /Type /Catalog /Pages 2 0 R >>', 'latin1');
  objects[1] = Buffer.from(`<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${pages.length} >>`, 'latin1');
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(offset);
    const part = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), object, Buffer.from('\nendobj\n', 'latin1')]);
    parts.push(part);
    offset += part.length;
  });
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${offset}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}
