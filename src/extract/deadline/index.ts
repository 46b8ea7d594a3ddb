// Deadlines: a deadline cell → an interval, a recurrence or a condition.
//
// Dates are read by chrono-node's Vietnamese locale (strict) with this
// project's parsers (./parsers) and refiner (./refiners); the words around
// them (the deadline vocabulary's cues, knowledge/deadlines) decide the kind. Nothing is guessed: a cell that cannot be
// read is kind "unknown" with its text kept.
//
// A cell with labelled parts ("- Kế hoạch: Quý I/2023; - Báo cáo: định kỳ hàng quý")
// keeps every part in `parts`; the top-level fields then repeat the part due
// first (earliest end), else the first part that could be read — the date a
// spreadsheet user pivots on is "when is something due first".
import type { Deadline, DeadlinePart } from '../../schema/document.js';
import { dateReader, referenceDate } from './chrono.js';
import { endsWithBefore, endsWithFrom, isConditional, isOngoing, recurrenceOf } from '../../knowledge/deadlines/index.js';
import { toInterval, type Interval } from './interval.js';
import { labelledParts } from './parts.js';

export interface DeadlineContext {
  /** The plan's year, filling a missing year. */
  year?: number | null;
}

type Fields = Omit<Deadline, 'parts'>;

export function parseDeadline(text: string, context: DeadlineContext = {}): Deadline {
  const year = context.year ?? null;
  const parts = labelledParts(text);
  if (!parts) return { ...readOne(text, year), text, parts: [] };
  const read: DeadlinePart[] = parts.map((p) => ({ label: p.label, ...readOne(p.text, year) }));
  const { label: _label, ...first } = firstDue(read);
  return { ...first, text, parts: read };
}

function firstDue(parts: DeadlinePart[]): DeadlinePart {
  const dated = parts.filter((p) => p.end !== null).sort((a, b) => a.end!.localeCompare(b.end!));
  return dated[0] ?? parts.find((p) => p.kind !== 'unknown') ?? parts[0]!;
}

/** One deadline without parts. */
function readOne(raw: string, year: number | null): Fields {
  const text = raw
    .normalize('NFC')
    .replace(/\s+/gu, ' ')
    .replace(/^[-–+•\s]+|[\s.;,]+$/gu, '');
  const none = { text: raw, kind: 'unknown' as Fields['kind'], start: null, end: null, recurrence: null, condition: null };
  if (isOngoing(text)) {
    const date = readDates(text, year);
    return { ...none, kind: 'ongoing', start: date?.start ?? null };
  }
  const recurrence = recurrenceOf(text);
  if (recurrence) {
    const date = readDates(text, year);
    return { ...none, kind: 'recurring', recurrence, start: date?.start ?? null, end: date?.end ?? null };
  }
  if (isConditional(text)) return { ...none, kind: 'conditional', condition: text };
  const date = readDates(text, year);
  if (!date) return none;
  return { ...none, kind: date.kind, start: date.start, end: date.end };
}

interface Dated {
  kind: Fields['kind'];
  start: string | null;
  end: string | null;
}

/** The dates in a text as one interval, with the bound words before a lone date. */
function readDates(text: string, year: number | null): Dated | null {
  const intervals = dateReader(year)
    .parse(text, referenceDate(year))
    .map(toInterval)
    .filter((i): i is Interval => i !== null);
  if (intervals.length === 0) return null;
  if (intervals.length > 1) {
    const first = intervals[0]!;
    const last = intervals[intervals.length - 1]!;
    const ordered = first.start && last.end && first.start <= last.end;
    return ordered ? { kind: 'range', start: first.start, end: last.end } : { kind: 'range', start: null, end: null };
  }
  const only = intervals[0]!;
  const before = text.slice(0, only.index);
  if (endsWithBefore(before)) return { kind: 'before', start: null, end: only.end };
  if (endsWithFrom(before)) return { kind: 'range', start: only.start, end: null };
  return { kind: only.granularity, start: only.start, end: only.end };
}
