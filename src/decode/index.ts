// decode: bytes → NFC text. Encoding detection lives in detect.ts; legacy
// Vietnamese encodings in legacy/. Returns the text and the encoding found.
export { decode, DecodeError } from './decode.js';
export type { Decoded, DecodeOptions } from './decode.js';
