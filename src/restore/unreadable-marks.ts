// The restorer's side of unreadable OCR (unreadable.ts): the decoder's changes inside an unreadable
// run are dropped, so the run stays as printed (after the clean-up), and each run is logged at its
// line and column in the input, with one diagnostic per line that has any.
import type { UnreadableSpan as UnreadableEntry } from '../schema/document.js';
import type { TokenChange } from './decoder.js';
import { ColumnFinder } from './columns.js';
import { findUnreadable, type WordKnowledge } from './unreadable.js';
import type { OcrConfidenceAt } from './ocr-confidence.js';

/** A restorer's diagnostic (index.ts's RestoreDiagnostic, which imports this file). */
interface RestoreDiagnostic {
  line: number;
  column: number;
  message: string;
  ruleId: string;
}

export interface UnreadableMarks {
  /** The decoder's changes outside every unreadable run, in text order. */
  changes: TokenChange[];
  unreadable: UnreadableEntry[];
  diagnostics: RestoreDiagnostic[];
}

/**
 * `cleaned`: the text the decoder read (`input` after the clean-up, same lines); `changes` its
 * changes, in text order; `ocr`: the OCR confidences at offsets of `cleaned`, where the text has
 * them (ocr-confidence.ts).
 */
export function markUnreadable(
  input: string,
  cleaned: string,
  changes: TokenChange[],
  words: WordKnowledge,
  ocr?: OcrConfidenceAt,
): UnreadableMarks {
  const spans = findUnreadable(cleaned, words, ocr);
  if (spans.length === 0) return { changes, unreadable: [], diagnostics: [] };
  const kept: TokenChange[] = [];
  let s = 0;
  for (const change of changes) {
    while (s < spans.length && spans[s]!.end <= change.start) s++;
    if (s < spans.length && spans[s]!.start <= change.start) continue;
    kept.push(change);
  }
  const inputLines = input.split('\n');
  const cleanedLines = cleaned.split('\n');
  const unreadable: UnreadableEntry[] = [];
  const diagnostics: RestoreDiagnostic[] = [];
  let line = 0;
  let lineStart = 0;
  let columns: ColumnFinder | undefined;
  for (const span of spans) {
    while (lineStart + cleanedLines[line]!.length < span.start) {
      lineStart += cleanedLines[line]!.length + 1;
      line++;
      columns = undefined;
    }
    columns ??= new ColumnFinder(inputLines[line]!, cleanedLines[line]!);
    const entry = { line: line + 1, column: columns.columnOf(span.start - lineStart, span.text), text: span.text };
    unreadable.push(entry);
    const previous = diagnostics[diagnostics.length - 1];
    if (previous && previous.line === entry.line) previous.message += `, "${entry.text}"`;
    else
      diagnostics.push({
        line: entry.line,
        column: entry.column,
        ruleId: 'ocr-unreadable',
        message: `unreadable OCR kept as printed, left out of the fields: "${entry.text}"`,
      });
  }
  return { changes: kept, unreadable, diagnostics };
}
