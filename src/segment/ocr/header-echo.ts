// A table's header printed again at the top of a page, as the OCR garbled it ("Pome thyc Ndi dung
// céng viéc shét her ess paemixes" for "Đơn vị thực hiện Nội dung công việc …"): its words are the
// table's header words, some a letter off ("ndi" for "nội", "thyc" for "thực"), and marks that are
// no Vietnamese syllable. A line of the table's body holds other words too, or a number.
import { syllableKeys } from '../../vietnamese/index.js';
import { ocrTokens } from './text.js';

export interface HeaderEcho {
  /** The line's words folded, each header word a letter off put back as the header prints it. */
  folded: string;
  /** Words of the header (as printed or a letter off). */
  headerWords: number;
  /** Tokens of two letters or more that are no Vietnamese syllable and no header word. */
  junk: number;
  /** Other words: Vietnamese syllables the header does not hold. */
  words: number;
}

/** The line read against the header's words (`vocabulary`, folded); null for a line with a digit. */
export function readAgainstHeader(text: string, vocabulary: ReadonlySet<string>): HeaderEcho | null {
  if (/\d/u.test(text)) return null;
  const syllables = syllableKeys();
  const out: string[] = [];
  let headerWords = 0;
  let junk = 0;
  let words = 0;
  for (const token of ocrTokens(text)) {
    if (vocabulary.has(token)) {
      headerWords++;
      out.push(token);
    } else if (syllables.has(token)) {
      words++;
      out.push(token);
    } else {
      // A slip of one letter in a header word is read as that word only where it makes no syllable.
      const meant = token.length >= 3 ? [...vocabulary].find((w) => w.length >= 3 && oneEditApart(token, w)) : undefined;
      if (meant) headerWords++;
      else if (token.length > 1) junk++;
      out.push(meant ?? token);
    }
  }
  return { folded: out.join(' '), headerWords, junk, words };
}

/** Levenshtein distance at most one. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
