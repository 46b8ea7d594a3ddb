// Unicode classes of characters for scans written by hand, instead of \p{…} regexps over the text
// (each such regexp is compiled on a cold start, however small the text it runs on):
//   charClass(c)   \p{L} / \p{Lu} / \p{N} / \p{M} flags of a code unit, read from the unit itself over
//                  the ranges Vietnamese text uses (isRead); callers ask a regexp outside them
//                  (tests/restore/protect.test.ts checks every unit read here against the regexps);
//   isLetter(0x1ec7) (ệ) → true, isLowercaseLetter, isNumber: one code point, any plane — answered by
//                  charClass where it reads, else by three regexps compiled once.

/** Flags of charClass. IS_UPPER comes with IS_LETTER. */
export const IS_LETTER = 1;
export const IS_UPPER = 2;
export const IS_NUMBER = 4;
export const IS_MARK = 8;

/**
 * Whether charClass reads code unit `c`: ASCII, Latin-1, Latin Extended-A/B, the combining
 * diacritical marks, the Vietnamese letters (Latin Extended Additional) and general punctuation.
 */
export function isRead(c: number): boolean {
  return c < 0x250 || (c >= 0x300 && c <= 0x36f) || (c >= 0x1e00 && c <= 0x1eff) || (c >= 0x2000 && c <= 0x206f);
}

/** The \p{L} / \p{Lu} / \p{N} / \p{M} flags of a code unit that isRead (0: none of them). */
export function charClass(c: number): number {
  if (c < 0x80) {
    if (c >= 0x61 && c <= 0x7a) return IS_LETTER;
    if (c >= 0x41 && c <= 0x5a) return IS_LETTER | IS_UPPER;
    return c >= 0x30 && c <= 0x39 ? IS_NUMBER : 0;
  }
  if (c < 0xc0) {
    if (c === 0xaa || c === 0xb5 || c === 0xba) return IS_LETTER;
    return c === 0xb2 || c === 0xb3 || c === 0xb9 || (c >= 0xbc && c <= 0xbe) ? IS_NUMBER : 0;
  }
  if (c >= 0x300 && c <= 0x36f) return IS_MARK;
  if (c >= 0x2000 || c === 0xd7 || c === 0xf7) return 0;
  // Every other code unit read here is a letter, cased or caseless; an uppercase one changes when
  // lowercased and not when uppercased.
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase() ? IS_LETTER | IS_UPPER : IS_LETTER;
}

const LETTER = /^\p{L}$/u; // the same source as diacritic-share.ts's, which V8 compiles once for both
const LOWERCASE_LETTER = /^\p{Ll}$/u;
const NUMBER = /^\p{N}$/u;
const MARK = /^\p{M}$/u;
const DECIMAL_DIGIT = /^\p{Nd}$/u;

/** \p{L}. A lone surrogate is not a letter. */
export function isLetter(point: number): boolean {
  if (isRead(point)) return (charClass(point) & IS_LETTER) !== 0;
  return LETTER.test(String.fromCodePoint(point));
}

/** \p{Ll}. */
export function isLowercaseLetter(point: number): boolean {
  if (point < 0x80) return point >= 97 && point <= 122;
  return LOWERCASE_LETTER.test(String.fromCodePoint(point));
}

/** \p{N}. */
export function isNumber(point: number): boolean {
  if (isRead(point)) return (charClass(point) & IS_NUMBER) !== 0;
  return NUMBER.test(String.fromCodePoint(point));
}

/** \p{M}. */
export function isMark(point: number): boolean {
  if (isRead(point)) return (charClass(point) & IS_MARK) !== 0;
  return MARK.test(String.fromCodePoint(point));
}

/** \p{Nd}: the ASCII digits, and a regexp's answer for other numbers. */
export function isDecimalDigit(point: number): boolean {
  if (point < 0x80) return point >= 0x30 && point <= 0x39;
  return isNumber(point) && DECIMAL_DIGIT.test(String.fromCodePoint(point));
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

/** \s of a regexp (white space and line terminators): every one is a single code unit. */
export function isRegExpSpace(unit: number): boolean {
  if (unit < 0x80) return unit === 0x20 || (unit >= 0x09 && unit <= 0x0d);
  return (
    unit === 0xa0 ||
    unit === 0x1680 ||
    (unit >= 0x2000 && unit <= 0x200a) ||
    unit === 0x2028 ||
    unit === 0x2029 ||
    unit === 0x202f ||
    unit === 0x205f ||
    unit === 0x3000 ||
    unit === 0xfeff
  );
}
