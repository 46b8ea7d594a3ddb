// Quarter numbers as printed: "I" … "IV", "1" … "4", and the OCR's Roman numerals.
import { OCR_QUARTERS, QUARTERS } from './words.js';

/** "I" … "IV" or "1" … "4" (or their OCR forms "11", "1V") → 1 … 4; anything else → null. */
export function quarterNumber(text: string): number | null {
  const lower = text.toLowerCase();
  if (QUARTERS[lower]) return QUARTERS[lower];
  if (OCR_QUARTERS[lower]) return OCR_QUARTERS[lower];
  const n = Number(lower);
  return Number.isInteger(n) && n >= 1 && n <= 4 ? n : null;
}

/** A Roman numeral as the OCR prints it ("1", "l1", "1\\V", "11") written back as printed (I, II, IV, II). */
export const romanAsPrinted = (ocr: string): string => ocr.replace(/\\/gu, '').replace(/[l1|]/gu, 'i').toUpperCase();
