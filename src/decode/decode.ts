// Bytes → NFC text. Recognises UTF-8 (with or without BOM) and UTF-16 by BOM;
// refuses binary files (PDF, images, archives) with a reason the user can act on.
export interface DecodeOptions {
  /** Force an encoding instead of detecting it. */
  encoding?: string;
}

export interface Decoded {
  text: string;
  encoding: string;
}

export class DecodeError extends Error {
  constructor(message: string, readonly code: 'binary' | 'empty' | 'encoding') {
    super(message);
    this.name = 'DecodeError';
  }
}

const SIGNATURES: Array<[number[], string]> = [
  [[0x25, 0x50, 0x44, 0x46], 'a PDF file (needs OCR first)'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image (needs OCR first)'],
  [[0xff, 0xd8, 0xff], 'a JPEG image (needs OCR first)'],
  [[0x49, 0x49, 0x2a, 0x00], 'a TIFF image (needs OCR first)'],
  [[0x4d, 0x4d, 0x00, 0x2a], 'a TIFF image (needs OCR first)'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image (needs OCR first)'],
  [[0x50, 0x4b, 0x03, 0x04], 'a zip archive'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'a legacy Office (OLE) file'],
  [[0x1f, 0x8b], 'a gzip archive'],
];

export function sniffBinary(bytes: Uint8Array): string | null {
  for (const [sig, what] of SIGNATURES) {
    if (sig.every((b, i) => bytes[i] === b)) return what;
  }
  // NUL bytes outside UTF-16 text mean binary.
  const probe = bytes.subarray(0, 4096);
  const hasBom16 = (probe[0] === 0xff && probe[1] === 0xfe) || (probe[0] === 0xfe && probe[1] === 0xff);
  if (!hasBom16 && probe.includes(0)) return 'a binary file';
  return null;
}

export function decode(input: Uint8Array | string, options: DecodeOptions = {}): Decoded {
  if (typeof input === 'string') return { text: input.replace(/^\uFEFF/, '').normalize('NFC'), encoding: 'utf-8' };
  if (input.length === 0) throw new DecodeError('the file is empty', 'empty');
  const binary = sniffBinary(input);
  if (binary && !options.encoding) throw new DecodeError(`not a text document: ${binary}`, 'binary');
  let encoding = options.encoding?.toLowerCase() ?? 'utf-8';
  let bytes = input;
  if (!options.encoding) {
    if (input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf) { encoding = 'utf-8'; bytes = input.subarray(3); }
    else if (input[0] === 0xff && input[1] === 0xfe) { encoding = 'utf-16le'; bytes = input.subarray(2); }
    else if (input[0] === 0xfe && input[1] === 0xff) { encoding = 'utf-16be'; bytes = input.subarray(2); }
  }
  let text: string;
  try {
    text = decodeAs(bytes, encoding);
  } catch (error) {
    throw new DecodeError(`cannot decode as ${encoding}: ${(error as Error).message}`, 'encoding');
  }
  text = text.replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new DecodeError('the file holds no text', 'empty');
  return { text: text.normalize('NFC'), encoding };
}

function decodeAs(bytes: Uint8Array, encoding: string): string {
  if (encoding === 'utf-16be') {
    const swapped = Buffer.from(bytes);
    swapped.swap16();
    return new TextDecoder('utf-16le').decode(swapped);
  }
  return new TextDecoder(encoding, { fatal: encoding === 'utf-8' }).decode(bytes);
}
