// The token stream the language model sees, shared by the model builder and
// the decoder so that both cut text the same way:
//   "Kế hoạch số 76/NQ-CP, ngày 15/7/2021."
//   → kế hoạch số <num> nq cp , ngày <num> <boundary>
// Words are runs of letters, marks and digits ("s6" and "c4c" stay one token
// so the channel can read them); pure numbers (with . , / : - inside) are one
// <num>; a comma is a token; sentence punctuation and blank lines end a sentence.
// A single newline is not a boundary: OCR'd and crawled text wraps mid-sentence.

export type LmTokenKind = 'word' | 'number' | 'comma' | 'boundary';

export interface LmToken {
  kind: LmTokenKind;
  /** Offset of the token in the text (UTF-16 code units). */
  start: number;
  text: string;
}

// 2021 · 15/7/2021 · 1.2 · 9001:2015        (never followed by a letter: "16i" is a word)
// Kế · s6 · c4c · UBND
// . ! ? ; : ( ) [ ] " “ ” … or a blank line
// ,
const TOKEN = /(\p{N}+(?:[.,/:-]\p{N}+)*(?![\p{L}\p{M}\p{N}]))|([\p{L}\p{M}\p{N}]+)|([.!?;:()[\]{}"“”…•]|\n[ \t\r]*\n)|(,)/gu;

/** Calls `visit` with each token's kind and [start, end) in the text, in order. */
export function scanLmTokens(text: string, visit: (kind: LmTokenKind, start: number, end: number) => void): void {
  for (const match of text.matchAll(TOKEN)) {
    const kind = match[1] ? 'number' : match[2] ? 'word' : match[3] ? 'boundary' : 'comma';
    visit(kind, match.index!, match.index! + match[0].length);
  }
}

export function* lmTokens(text: string): Generator<LmToken> {
  for (const match of text.matchAll(TOKEN)) {
    yield { kind: match[1] ? 'number' : match[2] ? 'word' : match[3] ? 'boundary' : 'comma', start: match.index!, text: match[0] };
  }
}
