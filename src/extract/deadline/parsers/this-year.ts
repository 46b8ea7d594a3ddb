// "The year" without a number: the plan's own year (left open when it is unknown).
import type { Parser, ParsingContext } from 'chrono-node';
import { monthSpan } from './span.js';

// Trong năm  |  trong năm.  |  cả năm   (not "trong năm 2023", which chrono reads itself)
const PATTERN = /(?<![\p{L}\p{N}])(?:trong|cả)\s+năm(?!\s*\d)(?![\p{L}])/iu;

export const THIS_YEAR_TAG = 'cchc/this-year';

export class ThisYearParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray) {
    return monthSpan(context, match, THIS_YEAR_TAG, null, 1, 12);
  }
}
