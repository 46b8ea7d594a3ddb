// OCR sets a short line apart with a blank line, inside a sentence as often as between paragraphs
// (tesseract takes a short line for a paragraph of its own): "- Chủ trì điều phối toàn" ⏎ ⏎ "bộ
// nguồn hàng …", and in a table printed a cell a line, "Hoàn" ⏎ ⏎ "thiện thể chế, …". Such a
// blank line is no paragraph's end: the line before ends no sentence, and the line after goes on
// in lower case and is no lettered item ("a)", "b.").
import type { LayoutLine } from '../read/layout-line.js';
import { fold } from '../vietnamese/fold.js';

const GOES_ON = /^\p{Ll}/u;
const LETTER_MARKER = /^[a-zđ][.)]/u;
const ENDS_SENTENCE = /[.;:!?]$/u;

/** Whether the blank line at `at` stands inside a sentence: after the last line with text before it, before the next one. */
export function insideSentence(lines: readonly LayoutLine[], at: number): boolean {
  let before = at - 1;
  while (before >= 0 && !lines[before]!.text && !lines[before]!.cells) before--;
  let after = at + 1;
  while (after < lines.length && !lines[after]!.text && !lines[after]!.cells) after++;
  const previous = lines[before];
  const next = lines[after];
  if (!previous?.text || previous.cells || previous.tabLed || ENDS_SENTENCE.test(fold(previous.text))) return false;
  return next !== undefined && !next.cells && !next.tabLed && GOES_ON.test(next.text) && !LETTER_MARKER.test(next.text);
}
