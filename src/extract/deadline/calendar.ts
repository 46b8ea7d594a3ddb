// Small calendar helpers: ISO dates from year/month/day, and the last day of a month.

export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A real calendar day (rejects 31/6, 29/2 outside leap years). */
export function isRealDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= lastDayOfMonth(year, month);
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
// OCR reads the Roman I as 1 or l: "Quý 11/2022", "Quý 1V/2022" have no other reading.
const OCR_ROMAN: Record<string, number> = { '11': 2, '111': 3, '1v': 4, l: 1, ll: 2, lll: 3, lv: 4 };

/** "I" … "IV" or "1" … "4" (or their OCR forms "11", "1V") → 1 … 4; anything else → null. */
export function quarterNumber(text: string): number | null {
  const lower = text.toLowerCase();
  if (ROMAN[lower]) return ROMAN[lower];
  if (OCR_ROMAN[lower]) return OCR_ROMAN[lower];
  const n = Number(lower);
  return Number.isInteger(n) && n >= 1 && n <= 4 ? n : null;
}
