// Unreadable OCR (restoration.unreadable: specks, stamps, table rules the scanner printed as
// characters) stays in the text, where every position still points at the input, but no task
// field reads it: each run is taken out of the fields of the tasks and targets whose lines hold it.
//   content "Duy trì tỷ lệ O e YA a4 A giải quyết" → "Duy trì tỷ lệ giải quyết"
import type { Agency, Target, Task, UnreadableSpan } from '../schema/document.js';

/** The tasks with every unreadable run on their lines taken out of their fields; an agency left with no name is dropped. */
export function tasksWithoutUnreadable(tasks: Task[], unreadable: readonly UnreadableSpan[] | undefined): Task[] {
  if (!unreadable || unreadable.length === 0) return tasks;
  return tasks.map((task) => {
    const runs = runsWithin(unreadable, task.source.startLine, task.source.endLine);
    if (runs.length === 0) return task;
    const clean = (text: string) => without(text, runs);
    const agencies = (list: Agency[]) => list.map((a) => ({ ...a, name: clean(a.name) })).filter((a) => a.name !== '');
    return {
      ...task,
      content: clean(task.content),
      target: task.target === null ? null : clean(task.target),
      products: task.products.map(clean).filter((p) => p !== ''),
      lead: agencies(task.lead),
      cooperating: agencies(task.cooperating),
      deadline: task.deadline === null ? null : { ...task.deadline, text: clean(task.deadline.text) },
    };
  });
}

/** The targets with every unreadable run on their lines taken out of their text. */
export function targetsWithoutUnreadable(targets: Target[], unreadable: readonly UnreadableSpan[] | undefined): Target[] {
  if (!unreadable || unreadable.length === 0) return targets;
  return targets.map((target) => {
    const runs = runsWithin(unreadable, target.source.startLine, target.source.endLine);
    return runs.length === 0 ? target : { ...target, text: without(target.text, runs) };
  });
}

function runsWithin(unreadable: readonly UnreadableSpan[], from: number, to: number): string[] {
  return unreadable.filter((u) => u.line >= from && u.line <= to).map((u) => u.text);
}

/**
 * `text` without the runs: each where it stands whole, else (a reader split it between cells) its
 * tokens that hold a symbol, standing alone. The spaces around a run taken out close up.
 */
function without(text: string, runs: readonly string[]): string {
  let out = text;
  for (const run of runs) {
    if (out.includes(run)) out = out.split(run).join(' ');
    else {
      for (const token of run.split(/\s+/u)) {
        if (!SYMBOL.test(token) || !token.match(LETTER_OR_DIGIT)) continue;
        out = out
          .split(/(\s+)/u)
          .map((part) => (part === token ? ' ' : part))
          .join('');
      }
    }
  }
  return out === text
    ? text
    : out
        .replace(/\s{2,}/gu, ' ')
        .replace(/\s+([,.;:])/gu, '$1')
        .trim();
}

const SYMBOL = /[^\p{L}\p{M}\p{N}]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
