// Which legacy encoding are these bytes in? Decode them every way and keep the
// decoding that reads most like Vietnamese (see score.ts).
import { decodeLegacy, LEGACY_ENCODINGS, type LegacyEncoding } from './legacy/index.js';
import { vietnameseScore } from './score.js';

export interface Candidate {
  encoding: LegacyEncoding;
  text: string;
  score: number;
}

/** Below this score no candidate reads as Vietnamese: the guess is reported as uncertain. */
export const CONFIDENT_SCORE = 0.6;

export function rankLegacy(bytes: Uint8Array, encodings: LegacyEncoding[] = LEGACY_ENCODINGS): Candidate[] {
  // Score on the lines that hold high bytes: ASCII lines read the same every way.
  const sample = highByteSample(bytes);
  return encodings
    .map((encoding) => ({ encoding, score: vietnameseScore(decodeLegacy(sample, encoding)).value }))
    .sort((a, b) => b.score - a.score || LEGACY_ENCODINGS.indexOf(a.encoding) - LEGACY_ENCODINGS.indexOf(b.encoding))
    .map((c) => ({ ...c, text: '' }));
}

export function detectLegacy(bytes: Uint8Array): Candidate {
  const best = rankLegacy(bytes)[0]!;
  return { ...best, text: decodeLegacy(bytes, best.encoding) };
}

/** Up to ~64 KB of the lines that contain bytes ≥ 0x80. */
function highByteSample(bytes: Uint8Array, limit = 65536): Uint8Array {
  const parts: Uint8Array[] = [];
  let size = 0;
  let start = 0;
  let high = false;
  for (let i = 0; i <= bytes.length && size < limit; i++) {
    const b = bytes[i];
    if (i === bytes.length || b === 0x0a) {
      if (high) {
        parts.push(bytes.subarray(start, i + 1));
        size += i + 1 - start;
      }
      start = i + 1;
      high = false;
    } else if (b! >= 0x80 || b! < 0x09) high = true;
  }
  return parts.length ? Buffer.concat(parts) : bytes.subarray(0, limit);
}
