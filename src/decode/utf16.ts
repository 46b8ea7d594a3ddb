// UTF-16: by its BOM, or without one by where the NUL bytes fall — text that
// is mostly ASCII or Latin in UTF-16LE has a zero in every odd byte.
export type Utf16 = 'utf-16le' | 'utf-16be';

export function utf16ByBom(bytes: Uint8Array): Utf16 | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

export function utf16ByNulPattern(bytes: Uint8Array): Utf16 | null {
  const pairs = Math.min(bytes.length >> 1, 4096);
  if (pairs < 2) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) evenZeros++;
    if (bytes[2 * i + 1] === 0) oddZeros++;
  }
  // Vietnamese letters (U+1Exx, U+01xx) have non-zero high bytes, so ask for a
  // clear majority rather than all, and almost no zeros on the other side.
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.02) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.02) return 'utf-16be';
  return null;
}

export function decodeUtf16(bytes: Uint8Array, encoding: Utf16): { text: string; truncated: boolean } {
  const truncated = bytes.length % 2 === 1;
  const even = Buffer.from(bytes.subarray(0, bytes.length - (truncated ? 1 : 0)));
  if (encoding === 'utf-16be') even.swap16();
  return { text: new TextDecoder('utf-16le').decode(even), truncated };
}
