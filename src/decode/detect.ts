// Which legacy encoding are these bytes in? Decode them every way and keep the
// decoding that reads most like Vietnamese (see score.ts).
import { decodeLegacy, LEGACY_ENCODINGS, type LegacyEncoding } from './legacy/index.js';
import { vniPairShare } from './legacy/vni.js';
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
    .map((encoding) => {
      const text = decodeLegacy(sample, encoding);
      const bonus = LATIN1_LIKE.has(encoding)
        ? LATIN1_BONUS * latin1Agreement(sample, text)
        : encoding === 'vni'
          ? LATIN1_BONUS * vniPairShare(sample)
          : 0;
      return { encoding, score: vietnameseScore(text).value + bonus };
    })
    .sort((a, b) => b.score - a.score || LEGACY_ENCODINGS.indexOf(a.encoding) - LEGACY_ENCODINGS.indexOf(b.encoding))
    .map((c) => ({ ...c, text: '' }));
}

export function detectLegacy(bytes: Uint8Array): Candidate {
  const best = rankLegacy(bytes)[0]!;
  return { ...best, text: decodeLegacy(bytes, best.encoding) };
}

/**
 * A tie-breaker for texts with few accented letters (OCR output with only "é"
 * in it, say): where a candidate reads the high bytes as the very letters
 * Latin-1 would (VISCII and Windows-1258 keep à á é … in place; TCVN3 and VNI
 * do not), it was more likely written that way. Small next to what syllables
 * decide: real TCVN3 or VNI text wins by far more than this. VNI gets the
 * same weight for the share of its high bytes that sit as marks after a base
 * letter ("eù" = é), which is what VNI text looks like.
 */
const LATIN1_BONUS = 0.1;
const LATIN1_LIKE = new Set<LegacyEncoding>(['viscii', 'windows-1258']);
/** The Vietnamese letters of Latin-1 (à á â ã è é ê ì í ò ó ô õ ù ú ý and capitals). */
const LATIN1_VIETNAMESE = /[ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý]/;

/** How many of the sample's Vietnamese letters in À–ÿ the decoding keeps as they are in Latin-1 (counted per letter, 0–1). */
function latin1Agreement(sample: Uint8Array, decoded: string): number {
  const inBytes = new Map<string, number>();
  let high = 0;
  for (const b of sample) {
    if (b < 0xc0) continue;
    high++;
    const c = String.fromCharCode(b);
    if (LATIN1_VIETNAMESE.test(c)) inBytes.set(c, (inBytes.get(c) ?? 0) + 1);
  }
  if (!high) return 0;
  const inText = new Map<string, number>();
  for (const c of decoded) if (inBytes.has(c)) inText.set(c, (inText.get(c) ?? 0) + 1);
  let same = 0;
  for (const [c, n] of inBytes) same += Math.min(n, inText.get(c) ?? 0);
  return same / high;
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
