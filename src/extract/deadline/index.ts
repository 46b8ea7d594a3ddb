// Deadlines: a deadline cell → an interval, a recurrence or a condition.
// (Interface; the chrono-node based parser replaces the body.)
import type { Deadline } from '../../schema/document.js';

export interface DeadlineContext {
  /** The plan's year, filling a missing year. */
  year?: number | null;
}

export function parseDeadline(text: string, _context: DeadlineContext = {}): Deadline {
  return { text, kind: 'unknown', start: null, end: null, recurrence: null, condition: null, parts: [] };
}
