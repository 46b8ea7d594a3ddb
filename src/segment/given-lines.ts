// The layout lines a reader built from a document's own structure (read/docx-lines.ts: a Word
// file's tree), made to fit the text the pipeline reads: their printout as decoding gave it back
// (Unicode NFC) and as restoration changed it, word by word.
import type { LayoutLine } from '../read/layout-line.js';
import { printedWords } from '../read/docx-lines.js';
import type { RestoredWord } from '../schema/document.js';

export interface GivenText {
  /** The text the lines were printed as (`line` n of a layout line is line n of it). */
  printed: string;
  /** The printout as decoding gave it. */
  decoded: string;
  /** The decoded text restored, and the log of every change restoration made. */
  restored: string;
  changes: readonly RestoredWord[];
}

/**
 * The reader's lines with the restoration's changes made in their texts and cell items, or null
 * when they do not fit: decoding changed more than the Unicode normalisation (it repaired a
 * mis-decoded text), or a changed word (or run of words) cannot be found in its layout line as
 * often as in its printed line (the pipeline then lays the restored text out itself).
 * Invariant: a layout line's text, and its cells' items in order, hold the words of its printed
 * line (printedWords) in the order they are printed.
 */
export function givenLines(lines: readonly LayoutLine[], text: GivenText): LayoutLine[] | null {
  const nfc = text.decoded !== text.printed;
  if (nfc && text.decoded !== text.printed.normalize('NFC')) return null;
  const fitted = nfc ? lines.map(normalized) : lines.map((line) => ({ ...line }));
  if (text.restored === text.decoded) return fitted;
  const before = text.decoded.split('\n');
  const after = text.restored.split('\n');
  if (before.length !== after.length) return null;
  const byLine = new Map<number, RestoredWord[]>();
  for (const change of text.changes) byLine.set(change.line, [...(byLine.get(change.line) ?? []), change]);
  for (let n = 1; n <= before.length; n++) {
    if (before[n - 1] === after[n - 1] && !byLine.has(n)) continue;
    const line = fitted[n - 1];
    if (line?.line !== n) return null;
    // The logged changes one by one, else the line's change whole (a change inside a word, "tinﬁ").
    const logged = loggedEdits(before[n - 1]!, after[n - 1]!, byLine.get(n) ?? []);
    const restored =
      (logged && restoredLine(line, before[n - 1]!, logged)) ??
      restoredLine(line, before[n - 1]!, [lineEdit(before[n - 1]!, after[n - 1]!)]);
    if (!restored) return null;
    const [texts, cells] = restored;
    line.text = texts[0]!;
    if (line.cells) {
      let k = 0;
      line.cells = line.cells.map((items) => items.map(() => cells[k++]!));
    }
  }
  return fitted;
}

/** A change of the printed line: its `original` at `column` becomes `restored`. */
interface Edit {
  column: number;
  original: string;
  restored: string;
}

/**
 * A line's changes (in the log's order) as edits of its printed line: changes at one column (a
 * cleanup, "thang12" → "thang 12", then the word's restoration, "thang" → "tháng") are one edit.
 */
function editsOf(changes: readonly RestoredWord[]): Edit[] | null {
  const edits: Edit[] = [];
  for (const change of changes) {
    const last = edits[edits.length - 1];
    if (last?.column !== change.column) {
      edits.push({ column: change.column, original: change.original, restored: change.restored });
      continue;
    }
    if (!last.restored.startsWith(change.original)) return null;
    last.restored = change.restored + last.restored.slice(change.original.length);
  }
  return edits;
}

/** A layout line's text and cell items (in order) with the edits of its printed line made; null where one cannot be placed. */
function restoredLine(line: LayoutLine, printed: string, edits: readonly Edit[]): [string[], string[]] | null {
  const row = Boolean(line.cells);
  const view = printedWords(printed, row);
  const texts = restoredIn([line.text], view, printed, edits, row);
  const cells = line.cells ? restoredIn(line.cells.flat(), view, printed, edits, row) : [];
  return texts && cells ? [texts, cells] : null;
}

/** The line's logged changes as edits, when made in the printed line they give the restored one. */
function loggedEdits(before: string, after: string, changes: readonly RestoredWord[]): Edit[] | null {
  const edits = editsOf(changes);
  return edits && applied(before, edits) === after ? edits : null;
}

/**
 * The line's change as one edit, from its first changed word to its last: for a log whose changes
 * overlap (a cleanup inside a word, "K¢é" → "Ké", logged apart from the word's restoration) or
 * fall inside a word.
 */
function lineEdit(before: string, after: string): Edit {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end])
    end++;
  while (start > 0 && WORD.test(before[start - 1]!)) start--;
  while (end > 0 && WORD.test(before[before.length - end]!)) end--;
  return { column: start + 1, original: before.slice(start, before.length - end), restored: after.slice(start, after.length - end) };
}

/** The printed line with its edits made, right to left; null where they overlap or miss. */
function applied(printed: string, edits: readonly Edit[]): string | null {
  let out = printed;
  let end = Infinity;
  for (const e of [...edits].sort((a, b) => b.column - a.column)) {
    const at = e.column - 1;
    if (at + e.original.length > end || out.slice(at, at + e.original.length) !== e.original) return null;
    out = out.slice(0, at) + e.restored + out.slice(at + e.original.length);
    end = at;
  }
  return out;
}

/**
 * `strings` (a line's text, or its cells' items in order) with each edit made at the occurrence
 * of its word that it is in the printed line; null when the strings hold the word a different
 * number of times than the printed line's words (`view`) do.
 */
function restoredIn(strings: string[], view: string, printed: string, edits: readonly Edit[], row: boolean): string[] | null {
  // Where each edit goes: [string, offset], found before any is made.
  const placed: Array<{ at: [number, number]; edit: Edit }> = [];
  for (const edit of edits) {
    const inView = occurrences(view, edit.original);
    const inStrings = strings.flatMap((s, i) => occurrences(s, edit.original).map((offset): [number, number] => [i, offset]));
    if (inView.length !== inStrings.length) return null;
    // The edit is at one of the word's whole occurrences in the view, the nth; the nth in the strings.
    const nth = inView.indexOf(printedWords(printed.slice(0, edit.column - 1), row).length);
    if (nth < 0) return null;
    placed.push({ at: inStrings[nth]!, edit });
  }
  const out = [...strings];
  for (const {
    at: [i, offset],
    edit,
  } of placed.sort((a, b) => b.at[0] - a.at[0] || b.at[1] - a.at[1])) {
    out[i] = out[i]!.slice(0, offset) + edit.restored + out[i]!.slice(offset + edit.original.length);
  }
  return out;
}

const WORD = /[\p{L}\p{M}\p{N}]/u;

/** Where `word` stands in `text` as a whole word (not inside a longer one). */
function occurrences(text: string, word: string): number[] {
  const found: number[] = [];
  if (!word) return found;
  const opens = WORD.test(word[0]!);
  const closes = WORD.test(word[word.length - 1]!);
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    if (opens && i > 0 && WORD.test(text[i - 1]!)) continue;
    if (closes && WORD.test(text[i + word.length] ?? '')) continue;
    found.push(i);
  }
  return found;
}

function normalized(line: LayoutLine): LayoutLine {
  return {
    ...line,
    text: line.text.normalize('NFC'),
    ...(line.cells ? { cells: line.cells.map((items) => items.map((i) => i.normalize('NFC'))) } : {}),
  };
}
