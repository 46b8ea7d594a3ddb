// The document text, line-numbered, with every restored word highlighted.
// Restoration changes point at the INPUT (line, column of the original token),
// so the restored view is rebuilt from the input text: each original token is
// replaced by its restored form inside a <mark> that carries the original.
// Text that is already restored is accepted too (the restored form is found
// in place and only marked).
import type { Diagnostic, RestoredWord } from '../schema/document.js';
import { element, escapeHtml } from './escape.js';
import { REVIEW_CONFIDENCE, formatShare } from './labels.js';

export const lineId = (line: number): string => `L${line}`;

/** A small "dòng 12" link to a line of the text view. */
export function lineLink(line: number | null | undefined): string {
  return line ? `<a class="source-link" href="#${lineId(line)}">dòng ${line}</a>` : '';
}

export function splitLines(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
}

export interface RestoredLine {
  /** Trusted HTML of the line's text. */
  html: string;
  marked: number;
}

export interface RestoredText {
  lines: RestoredLine[];
  /** Changes whose token could not be found on their line. */
  unplaced: RestoredWord[];
}

export function restoredText(text: string, changes: readonly RestoredWord[]): RestoredText {
  const lines = splitLines(text);
  const byLine = new Map<number, RestoredWord[]>();
  for (const change of changes) {
    const list = byLine.get(change.line) ?? [];
    list.push(change);
    byLine.set(change.line, list);
  }
  const unplaced: RestoredWord[] = [];
  const out = lines.map((line, i) => {
    // By column; a word before the letter fixes inside it.
    const list = (byLine.get(i + 1) ?? []).sort((a, b) => a.column - b.column || b.original.length - a.original.length);
    byLine.delete(i + 1);
    return markLine(line, list, unplaced);
  });
  for (const rest of byLine.values()) unplaced.push(...rest);
  return { lines: out, unplaced };
}

interface Mark {
  /** Span of the input the mark replaces. */
  start: number;
  end: number;
  /** What the reader sees: the restored form. */
  text: string;
  /** Every change the mark stands for. */
  changes: RestoredWord[];
}

function markLine(line: string, changes: RestoredWord[], unplaced: RestoredWord[]): RestoredLine {
  const marks: Mark[] = [];
  let cursor = 0;
  for (let k = 0; k < changes.length; k++) {
    const change = changes[k]!;
    const found = locate(line, change, cursor);
    if (found) {
      marks.push({ start: found.index, end: found.index + found.length, text: change.restored, changes: [change] });
      cursor = found.index + found.length;
      continue;
    }
    // A word restored on top of letter fixes ("hi¢n": ¢ → e, then hien → hiện): one mark for all.
    const nested = withLetterFixes(line, change, changes.slice(k + 1), cursor);
    if (nested) {
      marks.push({ start: nested.index, end: nested.index + nested.length, text: change.restored, changes: [change, ...nested.fixes] });
      cursor = nested.index + nested.length;
      k += nested.fixes.length;
      continue;
    }
    // A second change of a token already marked (a repeat, or a fix inside an expanded code): part of that mark.
    const last = marks.at(-1);
    if (last && change.column - 1 >= last.start - 1 && change.column - 1 < last.end) {
      last.changes.push(change);
      // "QD-" → "QD-UBND", then QD → QĐ: show "QĐ-UBND".
      if (change.original && last.text.includes(change.original)) last.text = last.text.replace(change.original, change.restored);
      continue;
    }
    unplaced.push(change);
  }
  let html = '';
  let position = 0;
  for (const mark of marks) {
    html += escapeHtml(line.slice(position, mark.start)) + restoredMark(mark.text, line.slice(mark.start, mark.end), mark.changes);
    position = mark.end;
  }
  return { html: html + escapeHtml(line.slice(position)), marked: marks.reduce((n, m) => n + m.changes.length, 0) };
}

/**
 * The span of a word change whose `original` is the input AFTER letter fixes
 * listed right behind it ("quyyé‘n": ‘ dropped, then quyyén → quyền): applying
 * some of those fixes to the input near the word's column must give the
 * word's original. Columns of such layered changes may be off by a letter or two.
 */
function withLetterFixes(
  line: string,
  change: RestoredWord,
  following: RestoredWord[],
  from: number,
): { index: number; length: number; fixes: RestoredWord[] } | null {
  const reach = change.column + change.original.length + 2;
  const near: RestoredWord[] = [];
  for (const next of following) {
    if (next.column >= change.column - 2 && next.column <= reach) near.push(next);
    else break;
  }
  for (let count = near.length; count >= 1; count--) {
    const fixes = near.slice(0, count);
    for (const offset of [0, -1, 1, -2, 2]) {
      const at = change.column - 1 + offset;
      if (at < from || at < 0) continue;
      const span = spanWithFixes(line, at, change.original, fixes);
      if (span !== null) return { index: at, length: span, fixes };
    }
  }
  return null;
}

/** Length of input from `at` that reads `original` once `fixes` are applied in order, or null. */
function spanWithFixes(line: string, at: number, original: string, fixes: RestoredWord[]): number | null {
  let fixed = '';
  let position = at;
  for (const fix of fixes) {
    const index = line.indexOf(fix.original, position);
    if (index < 0 || index > at + original.length + 2) return null;
    fixed += line.slice(position, index) + fix.restored;
    position = index + fix.original.length;
  }
  const rest = original.length - fixed.length;
  if (rest < 0) return null;
  fixed += line.slice(position, position + rest);
  position += rest;
  return fixed === original ? position - at : null;
}

/** Where the change's token sits on the line, at or after `from`. */
function locate(line: string, change: RestoredWord, from: number): { index: number; length: number } | null {
  const at = change.column - 1;
  if (at >= from) {
    if (change.original && line.startsWith(change.original, at)) return { index: at, length: change.original.length };
    if (line.startsWith(change.restored, at)) return { index: at, length: change.restored.length };
  }
  // Columns drift when an earlier fix changed the line's length: look nearby.
  for (const token of [change.original, change.restored]) {
    if (!token) continue;
    const index = line.indexOf(token, from);
    if (index >= 0) return { index, length: token.length };
  }
  return null;
}

export function isForReview(change: RestoredWord): boolean {
  return change.confidence < REVIEW_CONFIDENCE;
}

/** The mark of a restored word: shows `restored`, carries the input's `original`;
 * `changes` are all the changes it stands for (its confidence is their lowest). */
function restoredMark(restored: string, original: string, changes: RestoredWord[]): string {
  const confidence = Math.min(...changes.map((c) => c.confidence));
  const review = confidence < REVIEW_CONFIDENCE;
  return element(
    'mark',
    {
      class: review ? 'restored review' : 'restored',
      // Only the words to check take keyboard focus: an OCR'd page has thousands of restored words.
      tabindex: review ? 0 : null,
      'data-original': original,
      'data-confidence': formatShare(confidence),
      'data-changes': changes.length > 1 ? changes.length : null,
    },
    escapeHtml(restored),
  );
}

export function renderTextView(text: string, changes: readonly RestoredWord[], diagnostics: readonly Diagnostic[]): string {
  const { lines, unplaced } = restoredText(text, changes);
  const notesByLine = new Map<number, Array<{ index: number; diagnostic: Diagnostic }>>();
  diagnostics.forEach((diagnostic, index) => {
    if (!diagnostic.line) return;
    const list = notesByLine.get(diagnostic.line) ?? [];
    list.push({ index, diagnostic });
    notesByLine.set(diagnostic.line, list);
  });
  const rows = lines.map((line, i) => {
    const n = i + 1;
    const notes = notesByLine.get(n);
    const number = notes
      ? element(
          'a',
          { class: 'ln has-diagnostic', href: `#diag-${notes[0]!.index + 1}`, title: notes.map((x) => x.diagnostic.message).join('\n') },
          `⚑ ${n}`,
        )
      : element('a', { class: 'ln', href: `#${lineId(n)}` }, String(n));
    return `<div class="line" id="${lineId(n)}">${number}<span class="tx">${line.html || ' '}</span></div>`;
  });
  const review = changes.filter(isForReview).length;
  const legend = `<div class="legend">
<span><mark class="restored" data-original="" data-confidence="">từ</mark> được khôi phục (rê chuột để xem chữ gốc): ${changes.length}</span>
<span><mark class="restored review" data-original="" data-confidence="">từ</mark> độ tin cậy dưới ${formatShare(REVIEW_CONFIDENCE)}, cần kiểm tra: ${review}</span>
${unplaced.length ? `<span class="muted">${unplaced.length} thay đổi không tìm thấy trong văn bản</span>` : ''}
</div>`;
  return `<section id="text">
<h2>Văn bản (đã khôi phục dấu)</h2>
${legend}
<div class="text-view">
${rows.join('\n')}
</div>
</section>`;
}
