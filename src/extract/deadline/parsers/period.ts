// Multi-year periods: from January of the first year to December of the last.
import type { Parser, ParsingContext } from 'chrono-node';
import { monthSpan } from './span.js';

// giai đoạn 2021 - 2025  |  giai đoạn 2011-2015  |  2022 – 2025  |  từ năm 2021 đến năm 2025
const PATTERN =
  /(?<![\p{L}\p{N}/])(?:giai\s+đoạn\s+|từ\s+năm\s+|năm\s+)?((?:19|20)\d{2})\s*(?:[-–—]|đến(?:\s+năm)?)\s*((?:19|20)\d{2})(?![\p{L}\p{N}/])/iu;

export const PERIOD_TAG = 'cchc/period';

export class PeriodParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray) {
    const first = Number(match[1]);
    const last = Number(match[2]);
    if (last < first) return null;
    return monthSpan(context, match, PERIOD_TAG, first, 1, 12, last);
  }
}
