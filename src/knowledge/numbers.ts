// Which numbers the output holds: finite, and exact (no more digits than a double keeps). A
// number printed beyond that ("Điều 99999999999999999999.", a 400-digit percentage) is not
// read: the value is null or left out, with a diagnostic, and the document is still valid.
export const inRange = (value: number): boolean => Number.isFinite(value) && Math.abs(value) <= Number.MAX_SAFE_INTEGER;

/** A whole number as printed, or null when out of range. */
export function wholeNumber(digits: string): number | null {
  const value = Number(digits);
  return Number.isSafeInteger(value) ? value : null;
}

/** A run of digits longer than any number in range: where the diagnostics point. */
export const TOO_MANY_DIGITS = /\d{16,}/gu;
