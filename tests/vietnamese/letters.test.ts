// letters.ts answers what the \p lookarounds of a /u regexp would, at every position of a text
// (the OCR clean-up's rules used such regexps before they were written as scans).
import { describe, expect, it } from 'vitest';
import { isLetter, isLowercaseLetter, isNumber, pointAt, pointBefore } from '../../src/vietnamese/letters.js';

// Letters of several kinds, digits of several scripts, marks, symbols, a surrogate pair, lone halves.
const PIECES = [
  'a',
  'Z',
  'ệ',
  'Đ',
  'ư',
  'ß',
  'Σ',
  'ж',
  '中',
  '𝐀',
  '𝟏',
  '5',
  '٣',
  'Ⅻ',
  '\u0301',
  '€',
  '&',
  "'",
  '’',
  ' ',
  '-',
  '\ud835',
  '\udc00',
  '¢',
  '§',
];

function randomText(seed: number, length: number): string {
  let state = seed;
  let text = '';
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    text += PIECES[state % PIECES.length];
  }
  return text;
}

const texts = [
  'SU’A',
  'nhi€ém',
  'R&D',
  'C&n',
  'k§y',
  '𝐀&b',
  'a\ud835&',
  '&\udc00x',
  '',
  ...Array.from({ length: 300 }, (_, i) => randomText(i + 1, 1 + (i % 13))),
];

describe('letters', () => {
  it('classify code points as \\p{L}, \\p{Ll} and \\p{N} do', () => {
    for (const text of texts) {
      for (const ch of text) {
        const point = ch.codePointAt(0)!;
        expect(isLetter(point), ch).toBe(/^\p{L}$/u.test(ch));
        expect(isLowercaseLetter(point), ch).toBe(/^\p{Ll}$/u.test(ch));
        expect(isNumber(point), ch).toBe(/^\p{N}$/u.test(ch));
      }
    }
    expect(isLetter(-1) || isNumber(-1) || isLowercaseLetter(-1)).toBe(false);
  });

  it('read the code points around a position as a /u lookbehind and lookahead do', () => {
    for (const text of texts) {
      for (let at = 0; at <= text.length; at++) {
        const head = text.slice(0, at);
        const tail = text.slice(at);
        expect(isLetter(pointBefore(text, at)), `${JSON.stringify(text)} @${at}`).toBe(/(?<=\p{L})$/u.test(head));
        expect(isLetter(pointAt(text, at)), `${JSON.stringify(text)} @${at}`).toBe(/^\p{L}/u.test(tail));
        expect(isNumber(pointAt(text, at))).toBe(/^\p{N}/u.test(tail));
        expect(isLowercaseLetter(pointAt(text, at))).toBe(/^\p{Ll}/u.test(tail));
      }
    }
  });
});
