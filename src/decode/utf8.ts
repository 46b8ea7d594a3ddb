// UTF-8 checks: strict validity, and where invalid bytes sit (a truncated
// last character, or whole lines in another encoding).
import { isUtf8 } from 'node:buffer';

/**
 * The text when `bytes` are valid UTF-8, else null. Node's own validator and Buffer's decoder give
 * the same answer as a fatal TextDecoder without setting one up.
 */
export function tryUtf8(bytes: Uint8Array): string | null {
  if (!isUtf8(bytes)) return null;
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  // A leading byte order mark is dropped, as TextDecoder drops it.
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Length of an incomplete UTF-8 sequence at the very end (a cut-off file), 0 if none. */
export function incompleteTail(bytes: Uint8Array): number {
  for (let back = 1; back <= 3 && back <= bytes.length; back++) {
    const b = bytes[bytes.length - back]!;
    if (b < 0x80) return 0;
    if (b >= 0xc0) {
      const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      return need > back ? back : 0;
    }
  }
  return 0;
}

/** Split bytes into lines, each keeping its line break. */
export function splitLines(bytes: Uint8Array): Uint8Array[] {
  const lines: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      lines.push(bytes.subarray(start, i + 1));
      start = i + 1;
    }
  }
  if (start < bytes.length) lines.push(bytes.subarray(start));
  return lines;
}

export const isAscii = (bytes: Uint8Array) => bytes.every((b) => b < 0x80);
