// Stray marks the OCR made of table rules and of the columns beside a task's
// text: runs of three or more tokens none of which is a Vietnamese syllable
// (OCR digit-for-letter slips undone: "d6i" is "doi"), an acronym, a number or
// a document number ("dmhye b,OI thu’frng"). Two in a row may be a garbled
// word pair ("hd trg" for "hỗ trợ") and stay.
import { syllableKeys } from '../../vietnamese/index.js';
import { ocrTokens } from './text.js';
import { remembered } from './remembered.js';

// "UBND", "HĐND", "TTHC", "QĐ-UBND"; numbers and references: "2022", "33/2018/QĐ-UBND", "06-NQ/TU", "(IOC);"
const KEPT = /^(?:\p{Lu}{2,6}(?:[-/]\p{Lu}{2,6})*|[\d.,/%:;()-]*\d[\p{L}\d.,/%:;()-]*)[.,;:)]*$/u;

const EDGE_MARKS = /^[("'‘’“]+|[.,;:!?)"'’”]+$/gu;
const LETTERS_AND_DIGITS = /^[\p{L}\d¢€&§@]+$/u;

function readWord(token: string): boolean {
  if (KEPT.test(token)) return true;
  const bare = token.replace(EDGE_MARKS, '');
  if (!LETTERS_AND_DIGITS.test(bare)) return false;
  const words = ocrTokens(bare);
  return words.length === 1 && syllableKeys().has(words[0]!);
}

/** readWord, remembered per token: task texts repeat their words, and the body's bullets are read too. */
const isWord = remembered(readWord);

/** The text without runs of three or more stray tokens. */
export function dropJunkRuns(text: string): string {
  const tokens = text.split(/\s+/u).filter(Boolean);
  const keep = tokens.map(isWord);
  const out: string[] = [];
  for (let i = 0; i < tokens.length;) {
    if (keep[i]) {
      out.push(tokens[i]!);
      i++;
      continue;
    }
    let j = i;
    while (j < tokens.length && !keep[j]) j++;
    if (j - i < 3) out.push(...tokens.slice(i, j));
    i = j;
  }
  return out.join(' ');
}
