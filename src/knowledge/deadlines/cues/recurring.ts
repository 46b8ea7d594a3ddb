// Recurring deadlines → a recurrence in words a spreadsheet user can filter on.
import { anyOf, EVERY, PERIODIC, PERIODS } from '../words.js';

// định kỳ hàng quý  |  hằng quý  |  định kỳ 6 tháng  |  tháng 12 hàng năm  |  hàng năm  |  hàng tháng
// định kỳ hàng quý, 6 tháng, 9 tháng, cả năm hoặc đột xuất  (the first period named wins)
const EVERY_PERIOD = new RegExp(`(?<![\\p{L}])(?:${anyOf(EVERY)})\\s+(${anyOf(Object.keys(PERIODS))})(?![\\p{L}])`, 'iu');
const EVERY_N_MONTHS = new RegExp(`(?<![\\p{L}])${anyOf([PERIODIC])}\\s+0?(\\d{1,2})\\s+tháng(?![\\p{L}])`, 'iu');
const PERIODICALLY = new RegExp(`(?<![\\p{L}])${anyOf([PERIODIC])}(?![\\p{L}])`, 'iu');

const NAMES: Readonly<Record<string, string>> = PERIODS;

/** The recurrence the text names, or null when it names none. */
export function recurrenceOf(text: string): string | null {
  const every = EVERY_PERIOD.exec(text);
  const everyN = EVERY_N_MONTHS.exec(text);
  if (everyN && (!every || everyN.index < every.index)) return `every ${Number(everyN[1])} months`;
  if (every) return NAMES[every[1]!.toLowerCase()] ?? null;
  return PERIODICALLY.test(text) ? 'periodic' : null;
}
