// The token stream the language model sees, shared by the model builder and
// the decoder so that both cut text the same way:
//   "Kế hoạch số 76/NQ-CP, ngày 15/7/2021."
//   → kế hoạch số <num> nq cp , ngày <num> <boundary>
// Words are runs of letters, marks and digits ("s6" and "c4c" stay one token
// so the channel can read them); pure numbers (with . , / : - inside) are one
// <num>; a comma is a token; sentence punctuation and blank lines end a sentence.
// A single newline is not a boundary: OCR'd and crawled text wraps mid-sentence.

import { IS_LETTER, IS_MARK, IS_NUMBER, charClass, isRead } from '../../vietnamese/letters.js';

export type LmTokenKind = 'word' | 'number' | 'comma' | 'boundary';

export interface LmToken {
  kind: LmTokenKind;
  /** Offset of the token in the text (UTF-16 code units). */
  start: number;
  text: string;
}

// A scanner over code units that cuts exactly as the regular expression below would
// (tests/restore/decoder-tokens.test.ts holds them side by side), without a regexp match object,
// a generator step or a token object per word:
//   /(\p{N}+(?:[.,/:-]\p{N}+)*(?![\p{L}\p{M}\p{N}]))|([\p{L}\p{M}\p{N}]+)|([.!?;:()[\]{}"“”…•]|\n[ \t\r]*\n)|(,)/gu
//
// 2021 · 15/7/2021 · 1.2 · 9001:2015        (never followed by a letter: "16i" is a word)
// Kế · s6 · c4c · UBND
// . ! ? ; : ( ) [ ] " “ ” … or a blank line
// ,

const OTHER = 0;
const DIGIT = 1; // \p{N}
const LETTER = 2; // \p{L} or \p{M}
const UNKNOWN = 3;
const NUMBER_CHAR = /^\p{N}$/u;
const WORD_CHAR = /^[\p{L}\p{M}]$/u;
/** Class of each BMP code unit, filled on first sight. */
const classes = new Uint8Array(0x10000).fill(UNKNOWN);
const astral = new Map<number, number>();

/** Class of one code point; read from the code unit where vietnamese/letters.ts can (no \p{…} regexp to compile on a cold start). */
function classify(char: string): number {
  const unit = char.charCodeAt(0);
  if (char.length === 1 && isRead(unit)) {
    const flags = charClass(unit);
    return flags & IS_NUMBER ? DIGIT : flags & (IS_LETTER | IS_MARK) ? LETTER : OTHER;
  }
  return NUMBER_CHAR.test(char) ? DIGIT : WORD_CHAR.test(char) ? LETTER : OTHER;
}

/** Class of the code point at `i` (a lone surrogate is OTHER, as in a /u regexp). */
function classAt(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  if (unit < 0xd800 || unit > 0xdfff) {
    const known = classes[unit]!;
    return known !== UNKNOWN ? known : (classes[unit] = classify(text[i]!));
  }
  const point = text.codePointAt(i)!;
  if (point <= 0xffff) return OTHER;
  let known = astral.get(point);
  if (known === undefined) astral.set(point, (known = classify(String.fromCodePoint(point))));
  return known;
}

/** Code units of the code point at `i`. */
const widthAt = (text: string, i: number) => (text.codePointAt(i)! > 0xffff ? 2 : 1);

// The two loops below read a code unit under the surrogates (a whole code point) straight from the
// class table, without the calls classAt and widthAt cost per letter before V8 optimises them.

/** End of the run of word characters (\p{L}\p{M}\p{N}) from `i`. */
function wordEnd(text: string, i: number): number {
  while (i < text.length) {
    const unit = text.charCodeAt(i);
    if (unit < 0xd800 && classes[unit] !== UNKNOWN) {
      if (classes[unit] === OTHER) break;
      i++;
    } else {
      if (classAt(text, i) === OTHER) break;
      i += widthAt(text, i);
    }
  }
  return i;
}

/** End of the run of \p{N} from `i`. */
function digitsEnd(text: string, i: number): number {
  while (i < text.length) {
    const unit = text.charCodeAt(i);
    if (unit < 0xd800 && classes[unit] !== UNKNOWN) {
      if (classes[unit] !== DIGIT) break;
      i++;
    } else {
      if (classAt(text, i) !== DIGIT) break;
      i += widthAt(text, i);
    }
  }
  return i;
}

const isWordAt = (text: string, i: number) => i < text.length && classAt(text, i) !== OTHER;

/**
 * End of the number from `i` (a \p{N} there): digits, then as many [.,/:-] + digits as follow,
 * backing off group by group until no word character follows; -1 when none fits ("16i").
 */
function numberEnd(text: string, i: number): number {
  const ends = [digitsEnd(text, i)];
  for (;;) {
    const at = ends[ends.length - 1]!;
    const sep = text.charCodeAt(at);
    // . , / : -
    if (!(sep === 0x2e || sep === 0x2c || sep === 0x2f || sep === 0x3a || sep === 0x2d)) break;
    if (at + 1 >= text.length || classAt(text, at + 1) !== DIGIT) break;
    ends.push(digitsEnd(text, at + 1));
  }
  for (let j = ends.length - 1; j >= 0; j--) if (!isWordAt(text, ends[j]!)) return ends[j]!;
  return -1;
}

const BOUNDARY_CHARS = new Set('.!?;:()[]{}"“”…•');

/** End of a blank line starting with the newline at `i` (\n[ \t\r]*\n), -1 when the line is not blank. */
function blankLineEnd(text: string, i: number): number {
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 0x0a) return j + 1;
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d) return -1;
  }
  return -1;
}

/** Calls `visit` with each token's kind and [start, end) in the text, in order. */
export function scanLmTokens(text: string, visit: (kind: LmTokenKind, start: number, end: number) => void): void {
  let i = 0;
  while (i < text.length) {
    // A space, the commonest character after letters: no token, nothing to look up.
    if (text.charCodeAt(i) === 0x20) {
      i++;
      continue;
    }
    const kind = classAt(text, i);
    if (kind === DIGIT) {
      const number = numberEnd(text, i);
      const end = number >= 0 ? number : wordEnd(text, i);
      visit(number >= 0 ? 'number' : 'word', i, end);
      i = end;
    } else if (kind === LETTER) {
      const end = wordEnd(text, i);
      visit('word', i, end);
      i = end;
    } else {
      const unit = text.charCodeAt(i);
      if (unit === 0x0a) {
        const end = blankLineEnd(text, i);
        if (end >= 0) {
          visit('boundary', i, end);
          i = end;
        } else i++;
      } else if (unit === 0x2c || BOUNDARY_CHARS.has(text[i]!)) {
        visit(unit === 0x2c ? 'comma' : 'boundary', i, i + 1);
        i++;
      } else i += widthAt(text, i);
    }
  }
}

export function* lmTokens(text: string): Generator<LmToken> {
  const tokens: LmToken[] = [];
  scanLmTokens(text, (kind, start, end) => tokens.push({ kind, start, text: text.slice(start, end) }));
  yield* tokens;
}
