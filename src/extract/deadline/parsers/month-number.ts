// Months written with a number, zero-padded or not (chrono's vi locale knows
// "tháng 3/2023" but not "Tháng 02/2022"). The month becomes a month-long interval.
import type { Parser, ParsingContext } from 'chrono-node';
import { monthSpan } from './span.js';

// Tháng 02/2022  |  tháng 11/2023  |  Tháng 3 năm 2013  |  tháng 12  (year from the plan)
const PATTERN = /(?<![\p{L}\p{N}])tháng\s*(0?[1-9]|1[0-2])(?:\s*(?:\/|năm)\s*(\d{4}))?(?![\p{L}\p{N}/])/iu;

export const MONTH_TAG = 'cchc/month';

export class MonthNumberParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray) {
    const month = Number(match[1]);
    const year = match[2] ? Number(match[2]) : null;
    return monthSpan(context, match, MONTH_TAG, year, month, month);
  }
}
