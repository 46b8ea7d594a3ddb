// Deadlines as the layout readers meet them in clean text: a table cell that is one, and a time
// phrase that plainly belongs to a task written as a sentence (LAYOUTS.md §7):
//   "… trước ngày 15/12/2025", "Hằng năm, …", "định kỳ 6 tháng", "trong Quý II/2026",
//   and a labelled line below the task: "Thời gian thực hiện: năm 2026".
import { anyOf, AS_SET_BY, BEFORE, EVERY, FROM, LABEL_HEADS, LABEL_TAILS, ONGOING, PERIODIC, PERIODS, WHEN } from './words.js';

const LABELLED = new RegExp(
  `(?:^|\\s)(?:${anyOf(LABEL_HEADS, ' ')})(?:\\s+(?:${anyOf(LABEL_TAILS, ' ')}))?\\s*:\\s*(?<value>[^;]+?)\\s*[.;]?$`,
  'iu',
);
// A date the task is due by or on, with the word that binds it to the task: "trước ngày 15/12/2025",
// "chậm nhất ngày 10 tháng 12 năm 2025", "vào ngày 19 tháng 12 năm 2025", a year-less one that recurs
// ("trước ngày 25/12 hằng năm"), and a month, a quarter or a year the work falls in ("trong tháng
// 11 năm 2025", "trong Quý I/2026", "trong năm 2025"). The value is the time phrase alone: "hoàn thành"
// before it is the task's verb ("…, hoàn thành trước ngày 30/11/2025").
const DAY_DATE = '\\d{1,2}(?:\\s*[/.-]\\s*\\d{1,2}(?:\\s*[/.-]\\s*\\d{4})?|\\s+tháng\\s+\\d{1,2}(?:\\s+năm\\s+\\d{4})?)';
const YEARLY = `(?:\\s+(?:${anyOf(EVERY.filter((word) => word !== 'mỗi'))})\\s+năm(?![\\p{L}]))?`;
const IN_TEXT = new RegExp(
  `(?<![\\p{L}])(?<value>(?:trước|chậm nhất|vào)\\s+ngày\\s+${DAY_DATE}${YEARLY}` +
    `|(?:trong\\s+)?quý\\s+[IV]{1,3}(?:\\s*[/-]\\s*|\\s+năm\\s+)\\d{4}` +
    // "tháng 11 năm 2021" alone is mostly a citation's date ("ngày 13 tháng 11 năm 2021"): only after "trong".
    '|(?:trong\\s+)?tháng\\s+\\d{1,2}\\s*[/-]\\s*\\d{4}|trong\\s+tháng\\s+\\d{1,2}\\s+năm\\s+\\d{4}' +
    `|trong\\s+năm\\s+\\d{4}(?![\\d/-]))`,
  'iu',
);
// A recurrence said of the task, not of a thing in it: "Hằng năm, tổ chức …", "… báo cáo định kỳ
// hằng năm …", "… đánh giá kết quả thực hiện Kế hoạch hằng năm." — but not "ngân sách hằng năm",
// "kinh phí chi thường xuyên hằng năm", "kế hoạch … hằng năm và từng giai đoạn", where the period
// qualifies a budget or a document. "Thường xuyên" in a sentence is an adverb ("thường xuyên rà
// soát"), never a deadline: it is one only as a cell or a labelled field.
const EVERY_PERIOD = `(?:${anyOf(EVERY.filter((word) => word !== 'mỗi'))})\\s+(?:${anyOf(Object.keys(PERIODS))}|6 tháng)`;
const PERIODIC_IN_TEXT = new RegExp(`(?<value>${PERIODIC}\\s+(?:${EVERY_PERIOD}|\\d{1,2}\\s+tháng|${anyOf(Object.keys(PERIODS))}))`, 'iu');
const OPENING_EVERY = new RegExp(`(?:^|[.;:]\\s+)(?<value>${EVERY_PERIOD})\\s*,`, 'iu');
const CLOSING_EVERY = new RegExp(`(?<before>\\S+\\s+\\S+)\\s+(?<value>${EVERY_PERIOD})\\s*(?:[.;]|$)`, 'iu');
// What a period qualifies when it names money or a document's cycle, not the task's time.
const BUDGET = /(?:ngân sách|kinh phí|dự toán|thường xuyên|vốn|chi)$/iu;

function recurrenceIn(text: string): string | null {
  const periodic = text.match(PERIODIC_IN_TEXT)?.groups?.value;
  if (periodic) return periodic;
  const opening = text.match(OPENING_EVERY)?.groups?.value;
  if (opening) return opening;
  const closing = text.match(CLOSING_EVERY)?.groups;
  return closing && !BUDGET.test(closing.before!) ? closing.value! : null;
}

// How a deadline cell of a clean table begins: a word of the vocabulary ("Trước ngày …", "Quý
// IV/2025", "Thường xuyên", "Theo kế hoạch …", "Khi có văn bản …"), a year, a month or a day
// ("2025", "6/2025", "15/4/2014", "31/05/2025"), or a word saying the work is timed or done
// ("Giai đoạn 2021-2025", "Đã hoàn thành").
const CELL_OPENERS = [
  'nhiệm vụ thường xuyên',
  'thực hiện thường xuyên',
  ...BEFORE,
  ...FROM,
  'sau',
  'trong',
  ...EVERY,
  PERIODIC,
  ...ONGOING,
  ...Object.keys(PERIODS),
  ...AS_SET_BY.map((words) => `theo ${words}`),
  'giai đoạn',
  'hoàn thành',
  'đã',
  'đang',
  '6 tháng',
];
const CELL_START = new RegExp(
  `^(?:${anyOf(CELL_OPENERS, ' ')}|(?:${anyOf(WHEN, ' ')})\\b|\\d{4}|\\d{1,2}\\/\\d{4}|\\d{1,2}\\/\\d{1,2}\\/\\d{4})`,
  'iu',
);
const CELL_WORDS = 14;

/** A table cell that reads as a deadline: a deadline's first words, and short. */
export const isDeadlineCell = (text: string) => CELL_START.test(text) && text.split(/\s+/u).length <= CELL_WORDS;

// A deadline cell printed in lower case, as plans that lift the date out of the task's sentence
// print it ("trong tháng 12" ⏎ "năm 2025", "chậm nhất ngày 10 tháng 12 năm 2025", "trong Quý I năm
// 2026", "trước 31/12/2025", "trong thời hạn 10 ngày"): the bounding word with the time it binds, up
// to its number. A bounding word alone ("trong", "trước") goes on any sentence, and so does the
// phrase: a task text holds "… báo cáo trong tháng 12 năm 2025." mid-line, so a reader takes this
// shape for a cell's opening only where a cell may open (a block's start, a row's first line).
const UNIT = '(?:ngày|tháng|quý|năm)';
const BOUND_PHRASE = new RegExp(
  `^(?:(?:${anyOf([...BEFORE, ...FROM, 'trong', 'vào', 'sau'], ' ')})(?:\\s+(?:ngày|trong))?\\s+(?:${UNIT}\\s+)?(?:\\d|[IVX]+(?![\\p{L}\\d]))` +
    `|trong\\s+(?:thời\\s+hạn|vòng)\\s+\\d` +
    `|(?:${PERIODIC})\\s+(?:${anyOf(EVERY)}|\\d)` +
    `|chậm\\s+nhất$)`,
  'iu',
);

// A deadline phrase its line cut before its year: a bounding word with nothing after it ("trong",
// "chậm nhất"), or a day, a month or a quarter named with no year yet ("trong tháng 12", "trước
// ngày 13 tháng", "tháng 12 năm"). A table wraps it in a narrow column: its cell goes on below.
const CUT_BEFORE_YEAR = new RegExp(
  `(?:^|\\s)(?:${anyOf([...BEFORE, ...FROM, 'trong', 'vào', 'ngày', 'tháng', 'quý', 'năm'], ' ')})$|(?:ngày|tháng|quý)\\s+(?:\\d{1,2}|[IVX]+)$`,
  'iu',
);

/** A deadline phrase cut before its year ("trong tháng 12", "chậm nhất"): its cell goes on on the next line. */
export const isDeadlineCutBeforeYear = (text: string) => !/\d{4}/u.test(text) && CUT_BEFORE_YEAR.test(text.trim());

// The rest of a date that wrapped: its units, numbers and quarters ("năm", "2025", "12 năm 2025", "ngày 01").
const DATE_REST = /^(?:(?:ngày|tháng|năm|quý|\d{1,4}(?:[/.-]\d{1,4})*|[IVX]{1,4})[.,;]?(?:\s+|$))+$/iu;

/** Words that are only the rest of a date ("năm", "2025", "tháng 12 năm 2025"): a wrapped deadline's next line. */
export const isDateRest = (text: string) => DATE_REST.test(text.trim());

// A deadline cell's text read past its end into the next cell's: a whole date or a sentence's end
// ("Quý IV/2026", "Tháng 12/2025.") and then a capital that opens no second deadline ("Sở Tài
// chính", as the OCR spells it, "S6 Tài chính"). Lower case goes on the phrase ("… và những năm tiếp theo").
const WHOLE_DATE_END = /(?:\d{4}|[.;])$/u;

/** The deadline cell's text without the words of the next cell read after its date ("Quý IV/2026 S6 Tài chính" → "Quý IV/2026"). */
export function withoutNextCell(text: string): string {
  const words = text.split(/\s+/u);
  for (let i = 1; i < words.length; i++) {
    if (!WHOLE_DATE_END.test(words[i - 1]!) || !/^\p{Lu}/u.test(words[i]!)) continue;
    if (isDeadlineCell(words.slice(i).join(' '))) continue;
    return words.slice(0, i).join(' ');
  }
  return text;
}

const BOUNDING_WORDS = new RegExp(`^(?:${anyOf([...BEFORE, ...FROM, 'trong'], ' ')})$`, 'iu');

/** The words binding a deadline's time and nothing else ("trong", "trước", "chậm nhất"): a cell's first line cut there. */
export const isBoundingWords = (text: string) => BOUNDING_WORDS.test(text.trim());

/** A deadline cell's opening in lower case: a bounding word and its time, up to the number ("trong tháng 12"). */
export const isLowerDeadlinePhrase = (text: string) => BOUND_PHRASE.test(text) && text.split(/\s+/u).length <= CELL_WORDS;

// The label opening its line: "Thời gian thực hiện: …" is a field, "… gửi Bộ Tài chính. Thời gian hoàn thành: …" a task saying its deadline.
const LABEL_LINE = new RegExp(`^(?:${anyOf(LABEL_HEADS, ' ')})(?:\\s+(?:${anyOf(LABEL_TAILS, ' ')}))?\\s*:`, 'iu');

/** A line that is a labelled deadline field, not a task that ends with one. */
export const isLabelledDeadlineLine = (text: string) => LABEL_LINE.test(text) && labelledDeadline(text) !== null;

export function labelledDeadline(text: string): string | null {
  return text.match(LABELLED)?.groups?.value?.trim() ?? null;
}

export function deadlineIn(text: string): string | null {
  return labelledDeadline(text) ?? text.match(IN_TEXT)?.groups?.value?.trim() ?? recurrenceIn(text);
}
