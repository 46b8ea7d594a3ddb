// Open bounds before a date: "before/by X" (an end only) and "from X" (a start only).
// "Before P" reads as "due by P" (the plans' usage: "Trước ngày 30/6/2022" is due
// on 30 June), so its end is the last day of P: "Trước tháng 6 năm 2013" → 2013-06-30.
import { anyOf, BEFORE, FROM } from '../words.js';

// Trước ngày 30/6/2022  |  trước 15/11/2022  |  Trước tháng 6 năm 2013  |  chậm nhất trong Quý I/2023
// chậm nhất quý II/2023  |  đến năm 2025  |  hạn chót 31/12  |  không muộn hơn tháng 10
const ENDS_WITH_BEFORE = new RegExp(`(?<![\\p{L}])(?:${anyOf(BEFORE)})(?:\\s+(?:ngày|trong|vào))?\\s*$`, 'iu');

// Từ năm 2012  |  Thường xuyên, từ năm 2012  |  bắt đầu từ tháng 3/2023  |  kể từ ngày 01/01/2023
const ENDS_WITH_FROM = new RegExp(`(?<![\\p{L}])(?:${anyOf(FROM)})(?:\\s+(?:ngày|trong))?\\s*$`, 'iu');

/** The text just before a date ends with "trước", "chậm nhất" …: the date is an upper bound. */
export function endsWithBefore(textBeforeDate: string): boolean {
  return ENDS_WITH_BEFORE.test(textBeforeDate);
}

/** The text just before a date ends with "từ": the date opens an interval. */
export function endsWithFrom(textBeforeDate: string): boolean {
  return ENDS_WITH_FROM.test(textBeforeDate);
}
