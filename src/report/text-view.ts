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
    const list = (byLine.get(i + 1) ?? []).sort((a, b) => a.column - b.column);
    byLine.delete(i + 1);
    return markLine(line, list, unplaced);
  });
  for (const rest of byLine.values()) unplaced.push(...rest);
  return { lines: out, unplaced };
}

function markLine(line: string, changes: RestoredWord[], unplaced: RestoredWord[]): RestoredLine {
  let html = '';
  let cursor = 0;
  let marked = 0;
  for (const change of changes) {
    const found = locate(line, change, cursor);
    if (!found) {
      unplaced.push(change);
      continue;
    }
    html += escapeHtml(line.slice(cursor, found.index)) + restoredMark(change);
    cursor = found.index + found.length;
    marked++;
  }
  return { html: html + escapeHtml(line.slice(cursor)), marked };
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

function restoredMark(change: RestoredWord): string {
  const review = isForReview(change);
  return element(
    'mark',
    {
      class: review ? 'restored review' : 'restored',
      // Only the words to check take keyboard focus: an OCR'd page has thousands of restored words.
      tabindex: review ? 0 : null,
      'data-original': change.original,
      'data-confidence': formatShare(change.confidence),
    },
    escapeHtml(change.restored),
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
      ? element('a', { class: 'ln has-diagnostic', href: `#diag-${notes[0]!.index + 1}`, title: notes.map((x) => x.diagnostic.message).join('\n') }, `⚑ ${n}`)
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
