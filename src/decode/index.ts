// decode: bytes → NFC text. Encoding detection: detect.ts (legacy, by byte
// statistics), utf8.ts, utf16.ts, binary.ts; legacy Vietnamese encodings in
// legacy/; repair of text mis-decoded once in repair.ts; Word files in docx.ts.
export { decode, DecodeError, knownEncoding } from './decode.js';
export type { Decoded, DecodeMessage, DecodeOptions } from './decode.js';
export { sniffBinary, sniffSignature } from './binary.js';
export { decodeLegacy, encodeLegacy, canonicalEncoding, LEGACY_ENCODINGS, type LegacyEncoding } from './legacy/index.js';
export { repairMisdecoded } from './repair.js';
export { vietnameseScore } from './score.js';
