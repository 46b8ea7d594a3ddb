// A date printed without its year ("tháng 12", "Quý II") belongs to the plan's year.
// Without a plan year the year stays implied and the interval is left open (nothing guessed).
import type { ParsingComponents, ParsingContext, ParsingResult, Refiner } from 'chrono-node';

export const PLAN_YEAR_TAG = 'cchc/plan-year';

export class PlanYearRefiner implements Refiner {
  constructor(private readonly year: number | null) {}

  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    if (this.year === null) return results;
    for (const result of results) {
      if (result.start.isCertain('year')) continue;
      fill(result.start, this.year);
      if (result.end && !result.end.isCertain('year')) fill(result.end, this.year);
      result.addTag(PLAN_YEAR_TAG);
    }
    return results;
  }
}

function fill(components: ParsingComponents, year: number): void {
  components.assign('year', year);
}
