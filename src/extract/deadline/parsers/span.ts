// A parsing result covering whole months [firstMonth, lastMonth] of one year.
// A missing year is implied from the reference and left for the plan-year refiner.
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { lastDayOfMonth } from '../calendar.js';

export function monthSpan(
  context: ParsingContext,
  match: RegExpMatchArray,
  tag: string,
  year: number | null,
  firstMonth: number,
  lastMonth: number,
  lastYear: number | null = year,
): ParsingResult {
  const start = context.createParsingComponents();
  const end = context.createParsingComponents();
  const referenceYear = context.reference.instant.getFullYear();
  start.assign('month', firstMonth).assign('day', 1);
  if (year === null) start.imply('year', referenceYear);
  else start.assign('year', year);
  const endYear = lastYear ?? referenceYear;
  end.assign('month', lastMonth).assign('day', lastDayOfMonth(endYear, lastMonth));
  if (lastYear === null) end.imply('year', endYear);
  else end.assign('year', endYear);
  const result = context.createParsingResult(match.index!, match[0], start, end);
  result.addTag(tag);
  return result;
}
