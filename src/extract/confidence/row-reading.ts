// A second, independent reading of a task's own lines: which words of its source lines went into
// none of its fields, in order, as runs of consecutive words. A run that reads as an agency name (the
// gazetteer or an agency's head word), as a date or deadline phrase (chrono-node with the project's
// Vietnamese date shapes), or as a long stretch of text is a cell the reader dropped or split wrongly.
// It asks nothing of the reader but the fields it returned and the lines it says it read.
import type { Task } from '../../schema/document.js';
import { lookupAgency, startsWithHead } from '../../knowledge/agencies/index.js';
import { hasDate } from './deadline-shape.js';

const WORD = /[\p{L}\p{N}]+/gu;

/** The words of the task's fields, lower-cased, counted. */
export function fieldWords(task: Task): Map<string, number> {
  const used = new Map<string, number>();
  const text = [
    task.ordinal,
    task.content,
    task.target ?? '',
    ...task.products,
    ...task.lead.map((a) => a.name),
    ...task.cooperating.map((a) => a.name),
    task.deadline?.text ?? '',
  ].join(' ');
  for (const w of text.toLowerCase().match(WORD) ?? []) used.set(w, (used.get(w) ?? 0) + 1);
  return used;
}

/**
 * Runs of consecutive words of the task's source lines that no field holds (each field word accounts
 * for one printed occurrence, the first one still unaccounted), as printed.
 */
export function unreadRuns(task: Task, lines: string[]): string[] {
  const { startLine, endLine } = task.source;
  const printed =
    lines
      .slice(startLine - 1, endLine)
      .join('\n')
      .match(WORD) ?? [];
  const used = fieldWords(task);
  const runs: string[] = [];
  let run: string[] = [];
  for (const word of printed) {
    const key = word.toLowerCase();
    const left = used.get(key) ?? 0;
    if (left) {
      used.set(key, left - 1);
      if (run.length) runs.push(run.join(' '));
      run = [];
    } else run.push(word);
  }
  if (run.length) runs.push(run.join(' '));
  return runs;
}

/** A run that names an agency: known to the gazetteer, or two words or more opening on an agency's head word. */
const namesAgency = (run: string) => (startsWithHead(run) && run.split(' ').length >= 2) || lookupAgency(run) !== null;

/** The row's unread words, read again: an agency, a date, a long stretch of text (0 or 1 each). */
export function rowReadingFeatures(task: Task, lines: string[]): Record<string, number> {
  const runs = unreadRuns(task, lines);
  return {
    'row:unread-agency': runs.some(namesAgency) ? 1 : 0,
    'row:unread-date': runs.some((r) => hasDate(r)) ? 1 : 0,
    'row:unread-text': runs.some((r) => r.split(' ').length >= 6) ? 1 : 0,
  };
}
