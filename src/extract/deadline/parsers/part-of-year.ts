// The first or last months of a year: "6 tháng đầu năm 2023" = January–June.
import type { Parser, ParsingContext } from 'chrono-node';
import { monthSpan } from './span.js';

// 6 tháng đầu năm 2023  |  06 tháng cuối năm 2022  |  9 tháng đầu năm  (year from the plan)
const PATTERN = /(?<![\p{L}\p{N}])0?(\d{1,2})\s+tháng\s+(đầu|cuối)\s+năm(?:\s+(\d{4}))?(?![\p{L}\p{N}])/iu;

export const PART_OF_YEAR_TAG = 'cchc/part-of-year';

export class PartOfYearParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray) {
    const months = Number(match[1]);
    if (months < 1 || months > 11) return null;
    const year = match[3] ? Number(match[3]) : null;
    const first = match[2]!.toLowerCase() === 'đầu';
    return first
      ? monthSpan(context, match, PART_OF_YEAR_TAG, year, 1, months)
      : monthSpan(context, match, PART_OF_YEAR_TAG, year, 13 - months, 12);
  }
}
