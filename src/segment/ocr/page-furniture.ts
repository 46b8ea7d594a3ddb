// What the page adds to an OCR'd table and the rows do not hold: the column
// header printed again at the top of every page (often with stray marks:
// "A ‘n X 2 £ X s £ Thoi gian"), and page numbers on lines of their own.
import type { LayoutLine } from '../../read/layout-line.js';
import { TABLE_HEADER_WORDS as HEADER_WORDS } from '../../knowledge/table-header.js';
import { ocrTokens } from './text.js';

// A header line names at least one column outright.
const HEADER_KEY = /\b(?:tt|noi dung|san pham|chu tri|phoi hop|thoi gian|hoan thanh|nhiem vu cu the|co quan thuc hien)\b/u;

/** Lines of the table itself: header lines and page numbers dropped. */
export function dropPageFurniture(lines: LayoutLine[]): LayoutLine[] {
  const furniture = new Set<number>();
  lines.forEach((line, i) => {
    if (isHeaderLine(line.text)) {
      furniture.add(i);
      // "Co quan phoi" / "hop": a header cell broken over lines goes too.
      for (let j = i + 1; j < lines.length && (!lines[j]!.text || onlyHeaderWords(lines[j]!.text)); j++) furniture.add(j);
    }
    if (/^\d{1,2}$/u.test(line.text) && isolated(lines, i)) furniture.add(i);
  });
  return lines.filter((_, i) => !furniture.has(i));
}

function isHeaderLine(text: string): boolean {
  const tokens = ocrTokens(text);
  if (!tokens.length) return false;
  const folded = tokens.join(' ');
  // "TT NoOi dung thuc hién San pham/Két qua | …": the number column's head and more header words
  if (/^tt\b/u.test(folded) && tokens.filter((t) => HEADER_WORDS.has(t)).length >= 4) return true;
  return HEADER_KEY.test(folded) && onlyHeaderWords(text, namedColumns(folded) >= 2 ? 1 : 0);
}

/** How many different columns the line names outright ("san pham", "thoi gian", …). */
function namedColumns(folded: string): number {
  return new Set(folded.match(new RegExp(HEADER_KEY.source, 'gu')) ?? []).size;
}

/**
 * Every word is a header word or a stray mark of a letter or two, but for up to `tolerated` other
 * words: a line that names two columns outright stays a header when one stray mark was read, or
 * restored, as a longer word ("s Ao" → "sở Lao").
 */
function onlyHeaderWords(text: string, tolerated = 0): boolean {
  const tokens = ocrTokens(text);
  return tokens.length > 0 && tokens.filter((t) => !HEADER_WORDS.has(t) && t.length > 2).length <= tolerated;
}

/** A page number stands between blank lines (or at the edge of the table). */
function isolated(lines: LayoutLine[], i: number): boolean {
  const before = lines[i - 1];
  const after = lines[i + 1];
  return (!before || !before.text) && (!after || !after.text);
}
