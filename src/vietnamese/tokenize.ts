// Split one line into tokens with offsets (UTF-16 indices into the line, end exclusive).
//   "Số 76/NQ-CP, nwéc"  →  word "Số" · space · number "76" · punct "/" · word "NQ" · punct "-"
//                            · word "CP" · punct "," · space · word "nwéc"
// A word is letters and digits with at least one letter ("s6", "c6ng" are words: OCR put digits
// where letters were); a number is digits only. Combining marks stay inside their word.
export type TokenKind = 'word' | 'number' | 'punct' | 'space';

export interface Token {
  kind: TokenKind;
  text: string;
  start: number;
  end: number;
}

const TOKEN = /([\p{L}\p{M}\p{N}]+)|(\s+)|([^\p{L}\p{M}\p{N}\s])/gu;
const HAS_LETTER = /\p{L}/u;

const WHITESPACE_TOKENS = /\S+/g;

/** Whitespace-separated tokens: the count every "per 1,000 tokens" rate of OCR evidence is taken over. */
export function tokenCount(text: string): number {
  return text.match(WHITESPACE_TOKENS)?.length ?? 0;
}

export function tokenize(line: string): Token[] {
  const tokens: Token[] = [];
  for (const m of line.matchAll(TOKEN)) {
    const text = m[0];
    const start = m.index;
    const kind: TokenKind = m[1] !== undefined ? (HAS_LETTER.test(text) ? 'word' : 'number') : m[2] !== undefined ? 'space' : 'punct';
    tokens.push({ kind, text, start, end: start + text.length });
  }
  return tokens;
}
