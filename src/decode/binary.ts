// Files that are not text at all: recognised by their signature (PDF, images,
// archives, Office binaries) or by NUL and control bytes. A scanned PDF or an
// image needs OCR before it can be converted; the reason says so.
const SIGNATURES: Array<[number[], string]> = [
  [[0x25, 0x50, 0x44, 0x46], 'a PDF file (needs OCR first)'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image (needs OCR first)'],
  [[0xff, 0xd8, 0xff], 'a JPEG image (needs OCR first)'],
  [[0x49, 0x49, 0x2a, 0x00], 'a TIFF image (needs OCR first)'],
  [[0x4d, 0x4d, 0x00, 0x2a], 'a TIFF image (needs OCR first)'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image (needs OCR first)'],
  [[0x42, 0x4d], 'a BMP image (needs OCR first)'],
  [[0x50, 0x4b, 0x03, 0x04], 'a zip archive'],
  [[0x50, 0x4b, 0x05, 0x06], 'an empty zip archive'],
  [[0x52, 0x61, 0x72, 0x21], 'a RAR archive'],
  [[0x37, 0x7a, 0xbc, 0xaf], 'a 7-Zip archive'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'a legacy Office (OLE) file such as .doc (save it as .docx)'],
  [[0x1f, 0x8b], 'a gzip archive'],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], 'an RTF file (save it as .docx or text)'],
];

export function sniffSignature(bytes: Uint8Array): string | null {
  for (const [sig, what] of SIGNATURES) {
    if (bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b)) return what;
  }
  return null;
}

/**
 * A reason when the bytes are not text, else null. Call after UTF-16 was ruled
 * out: NUL bytes then mean binary. Legacy encodings use a few C0 controls for
 * capitals (TCVN3, VISCII), so only a high share of controls counts.
 */
export function sniffBinary(bytes: Uint8Array): string | null {
  const signature = sniffSignature(bytes);
  if (signature) return signature;
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) return 'a binary file';
  let controls = 0;
  for (const b of probe) if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) controls++;
  return controls > probe.length * 0.1 ? 'a binary file' : null;
}
