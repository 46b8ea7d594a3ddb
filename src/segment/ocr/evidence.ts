// Evidence that a document was OCR'd: the stray marks an OCR makes of table rules and
// specks ("|", "~", "‘", "¢", "€", "_", alone or doubled), which clean text (typed, exported from
// Word or a web page, extracted from a born-digital PDF) does not print outside its own pipe tables
// and typed rules ("________" under a Gazette heading). Restoration
// neither adds nor takes them all away (it keeps "|" rules), so restored OCR keeps this evidence;
// a clean table, diacritised or not, has none and never goes to an OCR reader (LAYOUTS.md §4).
// The other evidence, for an OCR that keeps the diacritics and often leaves no mark: the
// restorer's corrections (../../restore/ocr-evidence.ts). Both measured, clean against OCR'd, in
// `npm run bench ocr-evidence` (no clean text flagged).
import type { LayoutLine } from '../../read/layout-line.js';
import { tokenCount } from '../../vietnamese/index.js';

// A mark alone or doubled: a run of three or more ("_____", "-----") is a rule someone typed.
const STRAY_MARK = /(?<![|~‘¢€_])([|~‘¢€_])\1?(?![|~‘¢€_])/gu;
// A Markdown pipe row, whole or broken over lines: its bars are the table's own.
const PIPE_ROW = /^\||\|$/u;
// Marks that typed text prints: a bar between the items of a bracketed link list ("[sửa | sửa mã
// nguồn]" of a saved web page) and an underscore inside a code name ("VN_AQI").
const TYPED_MARKS = /\[[^\]|]*\|[^\]]*\]|(?<=[\p{L}\p{N}])_(?=[\p{L}\p{N}])/gu;
/** At least this many stray marks per 1,000 tokens, and at least MIN_MARKS of them. */
const MARKS_PER_THOUSAND = 3;
const MIN_MARKS = 2;

/** Whether the lines (a whole document: one of its OCR'd tables may show none) show the marks. */
export function looksOcrd(lines: readonly LayoutLine[]): boolean {
  let marks = 0;
  let tokens = 0;
  for (const line of lines) {
    if (line.cells) continue;
    if (!PIPE_ROW.test(line.text)) marks += line.text.replace(TYPED_MARKS, ' ').match(STRAY_MARK)?.length ?? 0;
    tokens += tokenCount(line.text);
  }
  return marks >= MIN_MARKS && (1000 * marks) / Math.max(1, tokens) >= MARKS_PER_THOUSAND;
}
