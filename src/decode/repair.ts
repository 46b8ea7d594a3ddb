// Text that was mis-decoded once: TCVN3 or VNI bytes (or UTF-8 bytes) read as
// Windows-1252 and saved as Unicode — "Céng hßa X· héi" for "Cộng hòa Xã hội".
// Turn the characters back into the bytes they came from and decode those
// properly; keep the repair only when it reads clearly more like Vietnamese.
import { CP1252_HIGH } from './iconv.js';
import { decodeLegacy, type LegacyEncoding } from './legacy/index.js';
import { vietnameseScore } from './score.js';

export interface Repair {
  text: string;
  /** e.g. "tcvn3 (repaired from windows-1252)". */
  encoding: string;
}

const REPAIRABLE: Array<LegacyEncoding | 'utf-8'> = ['tcvn3', 'vni', 'utf-8'];
/** Characters a mis-decoding leaves: the Latin-1 row and Windows-1252's extras. */
const LATIN1_ROW =
  /[\u0080-\u00FF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]/g;
/** Letters only real Vietnamese text has (ơ ư ă đ and the U+1Exx block). */
const VIETNAMESE_ONLY = /[ăĂđĐơƠưƯ\u1EA0-\u1EF9]/g;
const MARGIN = 0.25;

// Windows-1252's characters in 0x80–0x9F, by byte; Latin-1 reads those bytes as C1 controls.
const BYTE_OF = new Map<string, number>([...CP1252_HIGH].map((c, i) => [c, 0x80 + i] as const).filter(([c]) => c !== '\uFFFD'));

/** The single bytes the text was read from (Windows-1252 or Latin-1), or null if it was never read so. */
function toSingleBytes(text: string): Buffer | null {
  const bytes = Buffer.alloc(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A lost byte (U+FFFD) stays lost: "?" keeps the rest decodable.
    const byte = code < 0x100 ? code : code === 0xfffd ? 0x3f : BYTE_OF.get(text[i]!);
    if (byte === undefined) return null;
    bytes[i] = byte;
  }
  return bytes;
}

export function repairMisdecoded(text: string): Repair | null {
  const latin = text.match(LATIN1_ROW)?.length ?? 0;
  const vietnamese = text.match(VIETNAMESE_ONLY)?.length ?? 0;
  if (latin < 3 || vietnamese > latin / 4) return null;
  const bytes = toSingleBytes(text);
  if (!bytes) return null;
  const original = vietnameseScore(text).value;
  let best: Repair | null = null;
  let bestScore = original + MARGIN;
  for (const encoding of REPAIRABLE) {
    const repaired = encoding === 'utf-8' ? new TextDecoder('utf-8').decode(bytes) : decodeLegacy(bytes, encoding);
    const score = vietnameseScore(repaired).value;
    if (score > bestScore) {
      best = { text: repaired.normalize('NFC'), encoding: `${encoding} (repaired from windows-1252)` };
      bestScore = score;
    }
  }
  return best;
}
