// Recurring deadlines → a recurrence in words a spreadsheet user can filter on.

// định kỳ hàng quý  |  hằng quý  |  định kỳ 6 tháng  |  tháng 12 hàng năm  |  hàng năm  |  hàng tháng
// định kỳ hàng quý, 6 tháng, 9 tháng, cả năm hoặc đột xuất  (the first period named wins)
const EVERY = /(?<![\p{L}])(?:hàng|hằng|mỗi)\s+(năm|quý|tháng|tuần)(?![\p{L}])/iu;
const EVERY_N_MONTHS = /(?<![\p{L}])định\s+kỳ\s+0?(\d{1,2})\s+tháng(?![\p{L}])/iu;
const PERIODIC = /(?<![\p{L}])định\s+kỳ(?![\p{L}])/iu;

const NAMES: Record<string, string> = { năm: 'yearly', quý: 'quarterly', tháng: 'monthly', tuần: 'weekly' };

/** The recurrence the text names, or null when it names none. */
export function recurrenceOf(text: string): string | null {
  const every = EVERY.exec(text);
  const everyN = EVERY_N_MONTHS.exec(text);
  if (everyN && (!every || everyN.index < every.index)) return `every ${Number(everyN[1])} months`;
  if (every) return NAMES[every[1]!.toLowerCase()] ?? null;
  return PERIODIC.test(text) ? 'periodic' : null;
}
