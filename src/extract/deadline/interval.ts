// A chrono result → the interval it means, at the granularity it was printed with.
import type { ParsedResult } from 'chrono-node';
import { MONTH_TAG } from './parsers/month-number.js';
import { PART_OF_YEAR_TAG } from './parsers/part-of-year.js';
import { PERIOD_TAG } from './parsers/period.js';
import { QUARTER_TAG } from './parsers/quarter.js';
import { THIS_YEAR_TAG } from './parsers/this-year.js';
import { isoDate, isRealDate, lastDayOfMonth } from './calendar.js';

export type Granularity = 'date' | 'month' | 'quarter' | 'year' | 'range';

export interface Interval {
  granularity: Granularity;
  start: string | null;
  end: string | null;
  /** Index and length of the matched text within the parsed string. */
  index: number;
  text: string;
}

export function toInterval(result: ParsedResult): Interval | null {
  const tags = result.tags();
  const { start, end } = result;
  const yearKnown = start.isCertain('year');
  const year = start.get('year')!;
  const base = { index: result.index, text: result.text };
  const span = (granularity: Granularity): Interval => {
    const endYear = end?.get('year') ?? year;
    const endMonth = end?.get('month') ?? start.get('month')!;
    return yearKnown
      ? {
          ...base,
          granularity,
          start: isoDate(year, start.get('month')!, 1),
          end: isoDate(endYear, endMonth, lastDayOfMonth(endYear, endMonth)),
        }
      : { ...base, granularity, start: null, end: null };
  };
  if (tags.has(QUARTER_TAG)) return span('quarter');
  if (tags.has(PERIOD_TAG) || tags.has(PART_OF_YEAR_TAG)) return span('range');
  if (tags.has(MONTH_TAG)) return span('month');
  if (tags.has(THIS_YEAR_TAG)) return span('year');

  // chrono's own parsers: the granularity is what the text actually gave.
  if (start.isCertain('day')) {
    const month = start.get('month')!;
    const day = start.get('day')!;
    if (yearKnown && !isRealDate(year, month, day)) return null;
    const iso = yearKnown ? isoDate(year, month, day) : null;
    if (end?.isCertain('day')) {
      const endIso = end.isCertain('year') || yearKnown ? isoDate(end.get('year')!, end.get('month')!, end.get('day')!) : null;
      return { ...base, granularity: 'range', start: iso, end: endIso };
    }
    return { ...base, granularity: 'date', start: iso, end: iso };
  }
  if (start.isCertain('month')) return span('month');
  if (yearKnown) return { ...base, granularity: 'year', start: isoDate(year, 1, 1), end: isoDate(year, 12, 31) };
  return null;
}
