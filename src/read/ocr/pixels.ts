// An image's pixels in grey, so that table borders can be found in a scanned page given as an
// image too: PNG decoded here (zlib and the five row filters, 8- or 16-bit, not interlaced); JPEG handed
// to pdftoppm inside a one-page PDF (PDF carries JPEG data as it is: /DCTDecode). Other images
// (TIFF, interlaced PNG, PNG of fewer than 8 bits) are OCR'd without borders: null.
import { inflateSync } from 'node:zlib';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ImageSize } from './image-size.js';
import { rasterise, readPgm, type Gray } from './raster.js';

export async function grayPixels(bytes: Uint8Array, size: ImageSize, canRasterise: boolean, timeoutMs: number): Promise<Gray | null> {
  if (size.format === 'PNG') return decodePng(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  if (size.format === 'JPEG' && canRasterise) return jpegViaPdf(bytes, size, timeoutMs);
  return null;
}

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };

export function decodePng(b: Buffer): Gray | null {
  const width = b.readUInt32BE(16);
  const height = b.readUInt32BE(20);
  const depth = b[24]!;
  const colour = b[25]!;
  const interlaced = b[28] !== 0;
  const channels = CHANNELS[colour];
  if ((depth !== 8 && depth !== 16) || !channels || interlaced) return null;
  // A 16-bit sample is two bytes, high first: the filters work on bytes, the grey keeps the high one.
  const bytesPerPixel = (channels * depth) / 8;
  const sample = depth / 8;
  const idat: Buffer[] = [];
  for (let at = 8; at + 8 <= b.length;) {
    const length = b.readUInt32BE(at);
    const type = b.toString('latin1', at + 4, at + 8);
    if (type === 'IDAT') idat.push(b.subarray(at + 8, at + 8 + length));
    if (type === 'IEND') break;
    at += 12 + length;
  }
  let raw: Buffer;
  try {
    raw = inflateSync(Buffer.concat(idat), { maxOutputLength: (width * bytesPerPixel + 1) * height + 1 });
  } catch {
    return null;
  }
  const stride = width * bytesPerPixel;
  if (raw.length < (stride + 1) * height) return null;
  const row = new Uint8Array(stride);
  const previous = new Uint8Array(stride);
  const pixels = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let i = 0; i < stride; i++) {
      const left = i >= bytesPerPixel ? row[i - bytesPerPixel]! : 0;
      const up = previous[i]!;
      const upLeft = i >= bytesPerPixel ? previous[i - bytesPerPixel]! : 0;
      const x = line[i]!;
      row[i] =
        (filter === 0
          ? x
          : filter === 1
            ? x + left
            : filter === 2
              ? x + up
              : filter === 3
                ? x + ((left + up) >> 1)
                : x + paeth(left, up, upLeft)) & 0xff;
    }
    for (let x = 0; x < width; x++) {
      const at = x * bytesPerPixel;
      const c = (k: number) => row[at + k * sample]!;
      // Grey, or the luma of colour; transparency is taken as paper.
      const grey = channels >= 3 ? (c(0) * 299 + c(1) * 587 + c(2) * 114) / 1000 : c(0);
      const alpha = channels === 2 ? c(1) : channels === 4 ? c(3) : 255;
      pixels[y * width + x] = Math.round((grey * alpha + 255 * (255 - alpha)) / 255);
    }
    previous.set(row);
  }
  return { width, height, pixels };
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

async function jpegViaPdf(bytes: Uint8Array, size: ImageSize, timeoutMs: number): Promise<Gray | null> {
  const dir = await mkdtemp(join(tmpdir(), 'cchc-jpeg-'));
  try {
    // One point a pixel: pdftoppm at 72 dpi gives the image back at its own size.
    const w = size.width;
    const h = size.height;
    const content = `q ${w} 0 0 ${h} 0 0 cm /Im0 Do Q`;
    const objects = [
      Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
      Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
      Buffer.from(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${w} ${h}] /Resources << /XObject << /Im0 5 0 R >> >> /Contents 4 0 R >>`),
      Buffer.from(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`),
      Buffer.concat([
        Buffer.from(
          `<< /Type /XObject /Subtype /Image /Width ${w} /Height ${h} /ColorSpace /${size.components === 3 ? 'DeviceRGB' : size.components === 4 ? 'DeviceCMYK' : 'DeviceGray'} /BitsPerComponent 8 /Filter /DCTDecode /Length ${bytes.length} >>\nstream\n`,
        ),
        bytes,
        Buffer.from('\nendstream'),
      ]),
    ];
    const parts: Buffer[] = [Buffer.from('%PDF-1.4\n')];
    const offsets: number[] = [];
    let offset = parts[0]!.length;
    objects.forEach((object, i) => {
      offsets.push(offset);
      const part = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), object, Buffer.from('\nendobj\n')]);
      parts.push(part);
      offset += part.length;
    });
    parts.push(
      Buffer.from(
        `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${offset}\n%%EOF\n`,
      ),
    );
    const pdf = join(dir, 'image.pdf');
    await writeFile(pdf, Buffer.concat(parts));
    return await readPgm(await rasterise(pdf, 1, 72, dir, timeoutMs));
  } catch {
    return null;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
