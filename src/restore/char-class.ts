// The Unicode classes restoration tests characters for — \p{L}, \p{Lu}, \p{N}, \p{M} — read from
// the code unit over the ranges Vietnamese text uses, instead of compiling \p{…} regexps (each
// costs milliseconds on a cold start). Outside these ranges callers ask the regexp, so their
// answers are always the regexp's (tests/restore/protect.test.ts checks every code unit read here).

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
