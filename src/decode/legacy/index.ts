// The legacy Vietnamese encodings of the 1990s–2000s: decoders (bytes → NFC
// text) and encoders (for tests and the synthetic archive).
import { iconv } from '../iconv.js';
import { decodeVni, encodeVni } from './vni.js';

export type LegacyEncoding = 'tcvn3' | 'vni' | 'viscii' | 'windows-1258';
/** In the order ties are broken: the most common in Vietnamese archives first. */
export const LEGACY_ENCODINGS: LegacyEncoding[] = ['tcvn3', 'vni', 'windows-1258', 'viscii'];

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/;

export function decodeLegacy(bytes: Uint8Array, encoding: LegacyEncoding): string {
  switch (encoding) {
    case 'vni':
      return decodeVni(bytes);
    case 'tcvn3':
      return iconv().decode(Buffer.from(bytes), 'tcvn').normalize('NFC');
    default:
      // Windows-1258 holds tones as combining marks: NFC composes them.
      return iconv().decode(Buffer.from(bytes), encoding).normalize('NFC');
  }
}

export function encodeLegacy(text: string, encoding: LegacyEncoding): Buffer {
  switch (encoding) {
    case 'vni':
      return encodeVni(text);
    case 'tcvn3':
      return iconv().encode(text.normalize('NFC'), 'tcvn');
    case 'viscii':
      return iconv().encode(text.normalize('NFC'), 'viscii');
    case 'windows-1258':
      return iconv().encode(splitTones(text), 'windows-1258');
  }
}

/** Windows-1258 spelling: the letter without its tone (â ơ ư kept whole), then the tone as a combining mark. */
function splitTones(text: string): string {
  return [...text.normalize('NFC')]
    .map((char) => {
      const parts = [...char.normalize('NFD')];
      const tone = parts.find((p) => TONE_MARKS.test(p));
      if (!tone) return char;
      const base = parts
        .filter((p) => p !== tone)
        .join('')
        .normalize('NFC');
      // Windows-1258 has a few toned letters precomposed (à á …); those stay whole.
      return iconv().encode(char, 'windows-1258').toString('latin1') !== '?' ? char : base + tone;
    })
    .join('');
}

/** Names accepted by --encoding → our canonical names (anything else goes to iconv-lite as is). */
export function canonicalEncoding(name: string): string {
  const n = name.toLowerCase().replace(/_/g, '-');
  if (['tcvn', 'tcvn3', 'abc', 'tcvn5712', 'tcvn-3'].includes(n)) return 'tcvn3';
  if (['vni', 'vni-windows', 'vni-win'].includes(n)) return 'vni';
  if (['cp1258', 'windows1258', 'win1258'].includes(n)) return 'windows-1258';
  if (['utf8', 'utf-8'].includes(n)) return 'utf-8';
  if (['utf16le', 'utf-16'].includes(n)) return 'utf-16le';
  if (n === 'utf16be') return 'utf-16be';
  if (['cp1252', 'latin1', 'latin-1', 'iso-8859-1'].includes(n)) return 'windows-1252';
  return n;
}

export function isLegacy(name: string): name is LegacyEncoding {
  return (LEGACY_ENCODINGS as string[]).includes(name);
}
