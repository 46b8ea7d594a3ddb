// The date reader: chrono-node's Vietnamese locale in strict mode (its casual
// mode reads "trước ngày" as a date), extended with this project's parsers for
// quarters, numbered months, parts of a year and multi-year periods, and a
// refiner that gives a year-less date the plan's year.
import * as chrono from 'chrono-node';
import { MonthNumberParser } from './parsers/month-number.js';
import { PartOfYearParser } from './parsers/part-of-year.js';
import { PeriodParser } from './parsers/period.js';
import { QuarterParser } from './parsers/quarter.js';
import { ThisYearParser } from './parsers/this-year.js';
import { PlanYearRefiner } from './refiners/plan-year.js';

const readers = new Map<number | null, chrono.Chrono>();

export function dateReader(planYear: number | null): chrono.Chrono {
  let reader = readers.get(planYear);
  if (!reader) {
    const configuration = chrono.vi.createConfiguration(true);
    // Ours first: on overlapping matches chrono keeps the longer one.
    configuration.parsers.unshift(
      new PeriodParser(),
      new PartOfYearParser(),
      new QuarterParser(),
      new MonthNumberParser(),
      new ThisYearParser(),
    );
    configuration.refiners.push(new PlanYearRefiner(planYear));
    reader = new chrono.Chrono(configuration);
    readers.set(planYear, reader);
  }
  return reader;
}

/** Reference instant: mid-year of the plan (so "30/6" without a year lands in it). */
export function referenceDate(planYear: number | null): Date {
  return new Date(planYear ?? 2000, 6, 2, 12);
}
