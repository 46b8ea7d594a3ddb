// How much of a text reads as a deadline: the dates chrono-node finds (with the project's Vietnamese
// date shapes: quarters, numbered months, periods, parts of a year) and the deadline vocabulary around
// them (knowledge/deadlines: ongoing, recurring, bound and "as set by" words). A deadline cell holds
// little else; words beyond that are another cell's text run into it.
import { dateReader, referenceDate } from '../deadline/chrono.js';
import {
  AS_SET_BY,
  recurrenceOf,
  BEFORE,
  EVERY,
  FROM,
  LABEL_HEADS,
  LABEL_TAILS,
  ONGOING,
  PERIODIC,
  PERIODS,
  WHEN,
} from '../../knowledge/deadlines/index.js';

// Every word of the deadline vocabulary, with the small words that join deadline phrases.
const VOCABULARY = new Set(
  [
    ...ONGOING,
    ...EVERY,
    ...Object.keys(PERIODS),
    PERIODIC,
    ...BEFORE,
    ...FROM,
    ...WHEN,
    ...AS_SET_BY,
    ...LABEL_HEADS,
    ...LABEL_TAILS,
    'ngày',
    'trong',
    'và',
    'hoặc',
    'cả',
    'giai đoạn',
    'đầu',
    'cuối',
    'giữa',
    'nhiệm vụ',
    'thực hiện',
    'theo',
    'của',
    'các',
    'năm',
    'quý',
    'tháng',
    'tuần',
  ].flatMap((phrase) => phrase.toLowerCase().split(/\s+/u)),
);

const WORD = /[\p{L}\p{N}]+/gu;

/** The spans chrono reads as dates in `text` (start and end offsets). */
function dateSpans(text: string): Array<[number, number]> {
  return dateReader(null)
    .parse(text, referenceDate(null))
    .map((r): [number, number] => [r.index, r.index + r.text.length]);
}

/** The text holds a date chrono-node reads. */
export const hasDate = (text: string): boolean => dateSpans(text).length > 0;

/** Words of `text` outside its dates and the deadline vocabulary. */
export function wordsBeyondDeadline(text: string): number {
  const spans = dateSpans(text);
  let beyond = 0;
  for (const match of text.matchAll(WORD)) {
    const at = match.index;
    if (spans.some(([s, e]) => at >= s && at < e)) continue;
    if (VOCABULARY.has(match[0].toLowerCase())) continue;
    beyond++;
  }
  return beyond;
}

// The full date of a document cited in the text ("Nghị quyết số 27/NQ-TW ngày 09/11/2022"): a date, not a deadline.
const CITED_DATE = /ngày\s+\d{1,2}(?:\/\d{1,2}\/|\s+tháng\s+\d{1,2}\s+năm\s+)\d{4}/giu;

/** A deadline the text names of its own: a recurrence ("hằng năm", "định kỳ") or a date chrono-node reads, cited documents' dates aside. */
export function namesDeadline(text: string): boolean {
  return recurrenceOf(text) !== null || isOngoingAnywhere(text) || hasDate(text.replace(CITED_DATE, ' '));
}

/**
 * A deadline read out of the task's text, where the text names another beside it ("Định kỳ hằng năm (trước ngày
 * 15 tháng 12)", "trước ngày 10/6/2014 và … trước ngày 30/10/2014"): the reader took one of two phrases, or part of one.
 */
export function otherDeadlineBeside(content: string, deadline: string): boolean {
  const at = content.indexOf(deadline);
  return at >= 0 && namesDeadline(content.slice(0, at) + ' ' + content.slice(at + deadline.length));
}

const ONGOING_ANYWHERE = new RegExp(`(?<![\\p{L}])(?:${ONGOING.join('|')})(?![\\p{L}])`, 'iu');
const isOngoingAnywhere = (text: string) => ONGOING_ANYWHERE.test(text);

// A date or a time phrase, then (past a dash or an outline number) a capitalised word that is no time
// word: "31/10/2025 Đã hoàn thành", "Nhiệm vụ thường xuyên Bộ Công an …", "Năm 2025-2030 III.2 Nhóm …".
const DATE_THEN_CAPITAL =
  /(?:\d{1,2}\/\d{1,2}\/\d{4}|(?<![\p{L}\p{N}])(?:19|20)\d\d|thường xuyên|[hH][ằà]ng (?:năm|quý|tháng))[.;,]?\s+(?:[-–]\s*)?(?:[\dIVX]+(?:\.\d+)*\.?\s+)?(\p{Lu}[\p{L}&]*)/gu;
const TIME_HEADS = new Set(['quý', 'tháng', 'năm', 'ngày', 'trước', 'sau', 'từ', 'đến', 'giai', 'hằng', 'hàng', 'định', 'thường']);

/** After a date or time phrase the text starts anew on a capitalised word: another cell's text (a status, a report) ran into the deadline. */
export function secondPhrase(text: string): boolean {
  for (const m of text.matchAll(DATE_THEN_CAPITAL)) if (!TIME_HEADS.has(m[1]!.toLowerCase())) return true;
  return false;
}
