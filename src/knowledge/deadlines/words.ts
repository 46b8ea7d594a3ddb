// The deadline vocabulary, written once, as printed (accented, lower case). Every stage that
// recognises a deadline builds its patterns from these lists: the extractor's cues (./cues), the
// clean layout readers' phrases (./phrases.ts), the OCR readers' folded shapes (./ocr-shapes.ts),
// and the column and field labels of segment/.
import { fold } from '../../vietnamese/fold.js';

/** Work with no end: "Thường xuyên", "liên tục". */
export const ONGOING = ['thường xuyên', 'liên tục', 'hằng ngày', 'hàng ngày'] as const;

/** "Every …" before a period: "hằng quý", "hàng năm", "mỗi tháng". */
export const EVERY = ['hàng', 'hằng', 'mỗi'] as const;

/** The periods a deadline recurs by, with the recurrence each names. */
export const PERIODS = { năm: 'yearly', quý: 'quarterly', tháng: 'monthly', tuần: 'weekly' } as const;

/** "Định kỳ" (periodically), alone or before a number of months: "định kỳ 6 tháng". */
export const PERIODIC = 'định kỳ';

/** Words before a date that make it the last day allowed: "Trước ngày 30/6/2022", "chậm nhất quý II". */
export const BEFORE = ['trước', 'chậm nhất', 'hạn chót', 'không muộn hơn', 'không chậm hơn', 'đến', 'hoàn thành trước'] as const;

/** Words before a date that open an interval: "Từ năm 2012", "kể từ ngày 01/01/2023". */
export const FROM = ['từ', 'bắt đầu từ', 'kể từ'] as const;

/** Words opening a deadline that waits on an event: "Khi có văn bản …", "Sau khi …". */
export const WHEN = ['khi', 'sau khi', 'trong vòng'] as const;

/** What a deadline may follow instead of a date, after "theo": "Theo hướng dẫn của …", "Theo kế hoạch". */
export const AS_SET_BY = ['hướng dẫn', 'thời hạn', 'quy định', 'yêu cầu', 'kế hoạch', 'lộ trình', 'tiến độ', 'chỉ đạo', 'văn bản'] as const;

/** A deadline field's label: "Thời gian", "Thời hạn", then maybe what is timed ("… thực hiện"). */
export const LABEL_HEADS = ['thời gian', 'thời hạn'] as const;
export const LABEL_TAILS = ['thực hiện', 'hoàn thành', 'ban hành', 'hoàn tất', 'trình'] as const;

/** A deadline column's header holds one of these: "Thời gian hoàn thành", "Tiến độ". */
export const COLUMN_HEADS = [...LABEL_HEADS, 'tiến độ'] as const;

/** Quarters in Roman numerals, and as OCR prints them (the I read as 1 or l): "Quý 11/2022", "Quý 1V/2022". */
export const QUARTERS: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4 };
export const OCR_QUARTERS: Readonly<Record<string, number>> = { '11': 2, '111': 3, '1v': 4, l: 1, ll: 2, lll: 3, lv: 4 };

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * The words as the body of a regular-expression alternation, in the order given (the order
 * decides which word a match takes), each space between words written as `space`.
 */
export function anyOf(words: readonly string[], space = '\\s+'): string {
  return words.map((word) => escapeRegExp(word).replace(/ /gu, space)).join('|');
}

/** The words folded (no diacritics, đ as d), for patterns that read folded text. */
export const folded = (words: readonly string[]): string[] => words.map((word) => fold(word));
