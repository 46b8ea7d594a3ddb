// Unicode classes of one code point, for scans written by hand: isLetter(0x1ec7) (ệ) → true.
// Each regexp holding \p{L} costs a cold start ~1 ms to compile, however small the text it runs
// on; these three are compiled once and asked only about the characters a scan meets (ASCII is
// answered without them).
const LETTER = /^\p{L}$/u; // the same source as diacritic-share.ts's, which V8 compiles once for both
const LOWERCASE_LETTER = /^\p{Ll}$/u;
const NUMBER = /^\p{N}$/u;

/** \p{L}. A lone surrogate is not a letter. */
export function isLetter(point: number): boolean {
  if (point < 0x80) return (point >= 65 && point <= 90) || (point >= 97 && point <= 122);
  return LETTER.test(String.fromCodePoint(point));
}

/** \p{Ll}. */
export function isLowercaseLetter(point: number): boolean {
  if (point < 0x80) return point >= 97 && point <= 122;
  return LOWERCASE_LETTER.test(String.fromCodePoint(point));
}

/** \p{N}. */
export function isNumber(point: number): boolean {
  if (point < 0x80) return point >= 48 && point <= 57;
  return NUMBER.test(String.fromCodePoint(point));
}

/** The code point that ends just before `at` (a surrogate pair is one), or -1 at the start. As a /u regexp's lookbehind reads it. */
export function pointBefore(text: string, at: number): number {
  if (at <= 0) return -1;
  const low = text.charCodeAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return low;
}

/** The code point that starts at `at`, or -1 at the end. As a /u regexp's lookahead reads it. */
export function pointAt(text: string, at: number): number {
  return at < text.length ? text.codePointAt(at)! : -1;
}
