// An image's size in pixels from its header (PNG, JPEG, TIFF), to refuse what is too small to
// OCR before running the engine, with a reason that says so.
export interface ImageSize {
  format: 'PNG' | 'JPEG' | 'TIFF';
  width: number;
  height: number;
  /** Colour components (JPEG: 1 grey, 3 colour, 4 CMYK). */
  components?: number;
}

export function imageSize(bytes: Uint8Array): ImageSize | null {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (b.length >= 24 && b.readUInt32BE(0) === 0x89504e47 && b.toString('latin1', 12, 16) === 'IHDR') {
    return { format: 'PNG', width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
  }
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xd8) return jpegSize(b);
  if (b.length >= 8 && (b.toString('latin1', 0, 4) === 'II*\0' || b.toString('latin1', 0, 4) === 'MM\0*')) return tiffSize(b);
  return null;
}

/** The first start-of-frame marker (SOF0–SOF15 but DHT, JPG, DAC) holds height and width. */
function jpegSize(b: Buffer): ImageSize | null {
  let at = 2;
  while (at + 9 < b.length) {
    if (b[at] !== 0xff) return null;
    const marker = b[at + 1]!;
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01 || marker === 0xff) {
      at += marker === 0xff ? 1 : 2;
      continue;
    }
    const length = b.readUInt16BE(at + 2);
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { format: 'JPEG', height: b.readUInt16BE(at + 5), width: b.readUInt16BE(at + 7), components: b[at + 9] };
    }
    at += 2 + length;
  }
  return null;
}

/** The first image directory's ImageWidth (256) and ImageLength (257). */
function tiffSize(b: Buffer): ImageSize | null {
  const little = b[0] === 0x49;
  const u16 = (at: number) => (little ? b.readUInt16LE(at) : b.readUInt16BE(at));
  const u32 = (at: number) => (little ? b.readUInt32LE(at) : b.readUInt32BE(at));
  const ifd = u32(4);
  if (ifd + 2 > b.length) return null;
  let width = 0;
  let height = 0;
  for (let i = 0, n = u16(ifd); i < n && ifd + 2 + i * 12 + 12 <= b.length; i++) {
    const entry = ifd + 2 + i * 12;
    const tag = u16(entry);
    const value = u16(entry + 2) === 3 ? u16(entry + 8) : u32(entry + 8);
    if (tag === 256) width = value;
    if (tag === 257) height = value;
  }
  return width && height ? { format: 'TIFF', width, height } : null;
}
