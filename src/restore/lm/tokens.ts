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
const TOKEN =
  /(\p{N}+(?:[.,/:-]\p{N}+)*(?![\p{L}\p{M}\p{N}]))|([\p{L}\p{M}\p{N}]+)|([.!?;:()[\]{}"“”…•]|\n[ \t\r]*\n)|(,)/gu;

export function* lmTokens(text: string): Generator<LmToken> {
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const kind: LmTokenKind = m[1] ? 'number' : m[2] ? 'word' : m[3] ? 'boundary' : 'comma';
    yield { kind, start: m.index, text: m[0] };
  }
}
