// Code-point tests as a /u regexp's lookarounds read them, for scans that look at a match's
// neighbours: isLetter(0x1ec7) (ệ) → true; pointBefore/pointAt read a surrogate pair as one point.

const LETTER = /^\p{L}$/u;
const NUMBER = /^\p{N}$/u;

/** \p{L}. A lone surrogate is not a letter. */
export function isLetter(point: number): boolean {
  return point >= 0 && LETTER.test(String.fromCodePoint(point));
}

/** \p{N}. */
export function isNumber(point: number): boolean {
  return point >= 0 && NUMBER.test(String.fromCodePoint(point));
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
