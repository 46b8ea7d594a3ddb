// Target metrics: the numbers a target commits to, with their unit, comparator
// and what they measure.
//
//   Mức độ hài lòng … đạt tối thiểu 92%            → ≥ 92 %   subject "Mức độ hài lòng …"
//   tỷ lệ giải quyết đúng hạn từ 98% trở lên       → ≥ 98 %
//   100% hồ sơ công việc … được xử lý trên mạng   → = 100 %  subject "hồ sơ công việc …"
//   Có thêm 02 đơn vị sự nghiệp công lập …         → = 2 đơn vị  subject "thêm đơn vị sự nghiệp công lập …"
//   phấn đấu đạt tối đa 0.5 điểm                   → = 0.5 điểm out of 0.5 (full marks: "đạt tối đa")
//   4.2 điểm trên tổng 5 điểm                       → = 4.2 điểm out of 5
//   trên 60%                                        → > 60 %
import { inRange } from '../knowledge/numbers.js';
import type { Metric } from '../schema/document.js';

type Comparator = Metric['comparator'];

// Comparator words before the number, longest first.
const BEFORE: Array<[RegExp, Comparator]> = [
  [/(?:tối\s+thiểu|ít\s+nhất|không\s+thấp\s+hơn|không\s+dưới|trên\s+hoặc\s+bằng)\s*$/iu, '>='],
  [/(?:tối\s+đa|không\s+quá|không\s+vượt\s+quá|không\s+cao\s+hơn|dưới\s+hoặc\s+bằng)\s*$/iu, '<='],
  [/(?<![\p{L}])(?:trên|hơn|vượt)\s*$/iu, '>'],
  [/(?<![\p{L}])dưới\s*$/iu, '<'],
];
// … or after it.
const AFTER: Array<[RegExp, Comparator]> = [
  [/^\s*trở\s+lên/iu, '>='],
  [/^\s*trở\s+xuống/iu, '<='],
];
const FROM = /(?<![\p{L}])từ\s*$/iu; // "từ 98% trở lên"
const FULL_MARKS = /đạt\s+(?:điểm\s+)?tối\s+đa\s*$/iu; // "đạt tối đa 0.5 điểm"

// A number (decimal point or comma) and its unit. Counted things need a word
// before them that makes them a target ("thêm", "tối thiểu" …), so years and
// document numbers are never read as metrics.
const NUMBER = '(\\d+(?:[.,]\\d+)?)';
const PERCENT_OR_SCORE = new RegExp(`(?<![\\p{L}\\p{N}/.,])${NUMBER}\\s*(%|điểm(?![\\p{L}]))`, 'giu');
const COUNTED = new RegExp(
  `(?<=(?:thêm|tối thiểu|ít nhất|tối đa|trên|dưới|đạt|giảm|tăng)\\s+)${NUMBER}\\s+(đơn vị|cơ quan|thủ tục|dịch vụ|hồ sơ|văn bản|sáng kiến|mô hình|xã|huyện|lớp|cuộc|đợt)(?![\\p{L}])`,
  'giu',
);
const OUT_OF = /^\s*(?:trên\s+(?:tổng\s+(?:số\s+)?)?|\/\s*)(\d+(?:[.,]\d+)?)\s*điểm/iu;

// Where the words a number measures end: punctuation other than a comma inside a
// noun phrase ("cá nhân, tổ chức hài lòng"), the verb, or the next number.
const CLAUSE_END =
  /[;.:(]|,\s*(?=\d)|\s(?:và|hoặc)\s+(?=(?:trên|dưới|tối thiểu|tối đa|ít nhất|từ)?\s*\d)|\s(?:được|đạt|là|phải|so với|trở lên|trở xuống|trên tổng)\s/u;
// A phrase after the number that says when or how, not what: "100% trước khi ban hành", "60% vào năm 2015".
const NOT_A_SUBJECT = /^\s*(?:trước|sau|vào|trong|đến|khi|so với|trở|theo|mỗi|hàng|hằng)(?![\p{L}])/iu;
const MAX_WORDS = 14;

export function extractMetrics(text: string): Metric[] {
  const metrics: Metric[] = [];
  const found = [...text.matchAll(PERCENT_OR_SCORE), ...text.matchAll(COUNTED)].sort((a, b) => a.index! - b.index!);
  let consumedTo = 0;
  for (const match of found) {
    const start = match.index!;
    if (start < consumedTo) continue; // the "5 điểm" of "trên tổng 5 điểm"
    const end = start + match[0].length;
    const value = Number(match[1]!.replace(',', '.'));
    if (!inRange(value)) continue; // segment's number-out-of-range diagnostic says where
    const unit = match[2]!.toLowerCase();
    const before = text.slice(0, start);
    let after = text.slice(end);
    let comparator: Comparator = '=';
    let outOf: number | null = null;
    let leadLength = 0;
    for (const [pattern, c] of BEFORE) {
      const lead = pattern.exec(before);
      if (lead) {
        comparator = c;
        leadLength = lead[0].length;
        break;
      }
    }
    for (const [pattern, c] of AFTER) {
      const tail = pattern.exec(after);
      if (tail) {
        comparator = c;
        after = after.slice(tail[0].length);
        break;
      }
    }
    if (FROM.test(before) && comparator === '=') comparator = '>=';
    if (unit === 'điểm') {
      const total = OUT_OF.exec(after);
      if (total) {
        outOf = Number(total[1]!.replace(',', '.'));
        if (!inRange(outOf)) outOf = null;
        consumedTo = end + total[0].length;
        after = after.slice(total[0].length);
      } else if (FULL_MARKS.test(before)) {
        comparator = '=';
        outOf = value;
      }
    }
    const counted = unit !== '%' && unit !== 'điểm';
    metrics.push({
      value,
      unit,
      comparator,
      subject: subjectOf(before.slice(0, before.length - leadLength), after, counted ? match[2]! : null, before),
      outOf,
    });
  }
  return metrics;
}

/** What the number measures: the words after it ("100% hồ sơ …"), else the clause before it. */
function subjectOf(before: string, after: string, countedUnit: string | null, fullBefore: string): string | null {
  if (countedUnit) {
    const extra = /thêm\s*$/iu.test(fullBefore) ? 'thêm ' : '';
    return clip(`${extra}${countedUnit}${firstClause(after)}`);
  }
  const following = firstClause(after);
  if (/^\s+\p{L}/u.test(following) && !NOT_A_SUBJECT.test(following)) return clip(following.trim());
  const clause = before.split(/[;:.]\s|\n/u).pop() ?? '';
  const cleaned = clause
    .replace(/^\s*(?:[\d.]+\s+|[a-zđ]\)\s*|[-+•]\s*)/u, '')
    .replace(/\s*(?:luôn\s+duy\s+trì\s+và\s+)?(?:phấn\s+đấu\s+)?(?:đạt|từ|là|bằng)?\s*(?:mức\s+|điểm\s+)?$/iu, '')
    .trim();
  return cleaned ? clipEnd(cleaned) : null;
}

function firstClause(text: string): string {
  const cut = CLAUSE_END.exec(text);
  return cut ? text.slice(0, cut.index) : text;
}

const clip = (s: string) => s.split(/\s+/u).slice(0, MAX_WORDS).join(' ');
const clipEnd = (s: string) =>
  s
    .split(/\s+/u)
    .slice(-2 * MAX_WORDS)
    .join(' ');
