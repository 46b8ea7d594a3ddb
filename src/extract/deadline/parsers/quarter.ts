// Quarters: the whole quarter as an interval.
import type { Parser, ParsingContext } from 'chrono-node';
import { quarterNumber } from '../../../knowledge/deadlines/index.js';
import { monthSpan } from './span.js';

// Quý I/2023  |  quý 4/2025  |  Quý IV năm 2022  |  quý II  (year from the plan)  |  OCR: Quý 1V/2022, Quý 11/2022
const PATTERN = /(?<![\p{L}\p{N}])quý\s+(IV|III|II|I|1V|111|11|[1-4])(?:\s*(?:\/|năm)\s*(\d{4}))?(?![\p{L}\p{N}])/iu;

export const QUARTER_TAG = 'cchc/quarter';

export class QuarterParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray) {
    const quarter = quarterNumber(match[1]!);
    if (!quarter) return null;
    const year = match[2] ? Number(match[2]) : null;
    return monthSpan(context, match, QUARTER_TAG, year, quarter * 3 - 2, quarter * 3);
  }
}
