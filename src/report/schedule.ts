// When a task is due and who leads it, as the table, the filters and the
// timeline all need it the same way.
import type { Agency, Deadline, Task } from '../schema/document.js';
import { NO_LEAD_LABEL } from './labels.js';

/** ISO date the task is due by: the deadline's end, else its start; for a
 * multi-part cell without its own interval, the latest part. */
export function dueDate(deadline: Deadline | null): string | null {
  if (!deadline) return null;
  const own = deadline.end ?? deadline.start;
  if (own) return own;
  const parts = deadline.parts
    .map((p) => p.end ?? p.start)
    .filter((d): d is string => Boolean(d))
    .sort();
  return parts.at(-1) ?? null;
}

export function isRecurring(deadline: Deadline | null): boolean {
  if (!deadline) return false;
  return (
    deadline.kind === 'recurring' ||
    deadline.recurrence !== null ||
    deadline.parts.some((p) => p.kind === 'recurring' || p.recurrence !== null)
  );
}

/** The name an agency is grouped and filtered by: canonical when known. */
export function agencyName(agency: Agency): string {
  return agency.canonical ?? agency.name;
}

/** Lead agencies by name, or one placeholder when the row names none. */
export function leadNames(task: Task): string[] {
  const names = unique(task.lead.map(agencyName));
  return names.length ? names : [NO_LEAD_LABEL];
}

export function unique<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}

/** Vietnamese collation, so "Sở Tư pháp" sorts among the S's. */
export const byVietnamese = (a: string, b: string): number => a.localeCompare(b, 'vi');
