// Signs inside a task's text that another cell, a heading or a second item ran into it: the text ends
// on an agency name (the lead column), holds a numbered heading or a list of numbered items after its
// start, holds a bare date (a date column), ends on the plan's closing mark, or opens a bracket or a
// quotation it does not close (or closes one it did not open). Each is read from the text alone, with
// the gazetteer and the agency head words.
import { lookupAgency, startsWithHead } from '../../knowledge/agencies/index.js';

// Words that introduce a name inside a phrase ("thuộc Bộ", "với Bộ Công an", "gửi Sở Nội vụ"), and the last
// syllables of the verbs that take one: báo cáo, tham mưu, phối hợp, chủ trì, chỉ đạo.
const INTRODUCING = new Set(
  'thuộc của và các với tại cho về trình đến tới gồm là gửi qua theo giữa giao bởi do cáo mưu hợp trì đạo'.split(' '),
);

/**
 * The text, with no stop at its end, ends on an agency name the gazetteer knows (two to seven words,
 * capitalised), not introduced by a word that takes a name ("phối hợp với Bộ Công an" is introduced):
 * the lead or cooperating column read into the task text.
 */
export function endsOnAgency(text: string): boolean {
  const trimmed = text.trim();
  if (/[.;:!?…]$/u.test(trimmed)) return false; // a sentence closed by its stop ends where it meant to
  const parts = trimmed.replace(/,$/u, '').split(/\s+/u);
  // The longest name first: "báo cáo Thủ tướng Chính phủ" ends on "Thủ tướng Chính phủ", introduced.
  for (let k = Math.min(7, parts.length - 2); k >= 2; k--) {
    const tail = parts.slice(-k).join(' ');
    if (!/^\p{Lu}/u.test(tail) || !startsWithHead(tail) || lookupAgency(tail) === null) continue;
    const before = parts[parts.length - k - 1]!;
    return !INTRODUCING.has(before.toLowerCase()) && !/[,;:(]$/u.test(before);
  }
  return false;
}

// A numbered heading after the text's start: "… tập trung Nội dung 2: Kiểm soát …".
const INNER_HEADING =
  /[\p{Ll}\p{N}]\s+(?:Nội dung|Nhiệm vụ|Nhóm(?: nhiệm vụ)?|Mục tiêu|Giải pháp|Phần|Mục|Lĩnh vực)\s+(?:\d{1,2}|[IVX]{1,4})\s*:/u;
// Numbered items after the text's start: "… (1) Văn phòng Chính phủ (2) Bộ Công an", "… truyền thống 1. Nâng cao …".
const INNER_ITEMS = /\S\s+\(?([1-9])[).]\s+\p{Lu}[^]*?\s\(?([2-9])[).]\s+\p{Lu}/u;

/** A numbered heading, or two numbered items in sequence, printed after the text's start. */
export function innerNumbering(text: string): boolean {
  if (INNER_HEADING.test(text)) return true;
  const match = INNER_ITEMS.exec(text);
  return match !== null && Number(match[2]) === Number(match[1]) + 1;
}

/** A bare date d/m/yyyy in the text, not introduced by a date word: a deadline or effective-date column ran in. */
export const bareDate = (text: string) =>
  /(?<!(?:ngày|từ|đến|trước|sau|hạn|tháng|năm|số|NĐ-CP|QĐ-TTg)\s)(?<![\p{L}\p{N}/-])\d{1,2}\/\d{1,2}\/(?:19|20)\d\d(?![\p{N}/])/u.test(
    text,
  );

/**
 * The text ends on "./.", the mark that closes a whole plan: the last task took the plan's closing
 * paragraphs ("Trong quá trình thực hiện …", "… đúng quy định./.") with it.
 */
export const endsPlan = (text: string) => /\.\/\.\s*$/u.test(text);

const count = (text: string, mark: string) => text.split(mark).length - 1;

/** Brackets or quotation marks that do not pair: the text was cut inside a parenthesis, or took another cell's end. */
export const unbalancedMarks = (text: string) => count(text, '(') !== count(text, ')') || count(text, '“') !== count(text, '”');

/**
 * After a sentence closed by its stop, a capitalised tail with no stop of its own ("… chất thải. Nội dung 10:
 * Tăng cường …", "… Việt Nam. Cơ quan, tổ chức, doanh nghiệp liên quan bố"): a heading or the next cell ran in.
 */
export const tailAfterStop = (text: string) => {
  const trimmed = text.trim();
  return !/[.;:!?)”"…]$/u.test(trimmed) && /[.;]\s+\p{Lu}[^.;!?]*[\p{L}\p{N}]$/u.test(trimmed);
};

// Words a task or a status cell opens with: a task's verbs, and the status and assignment columns' first words.
const OPENING =
  'Chưa|Đã|Nhiệm vụ|Nghiên cứu|Chuẩn bị|Tăng cường|Xây dựng|Tổ chức|Triển khai|Ban hành|Hoàn thành|Thực hiện|Nâng cao|Đẩy mạnh|Rà soát|Hướng dẫn';
// A lower-case word, no mark, then an opening word ("Sở Xây dựng", a capitalised word before it, is a name).
const SEAM = new RegExp(`(?<=\\s\\p{Ll}\\p{L}*)\\s(?:${OPENING})(?![\\p{L}])`, 'u');

/**
 * An opening word, capitalised, straight after a lower-case word with no mark between ("… ngành y tế Chưa hoàn
 * thành", "… pháp luật Tăng cường …"): two cells, or a title and its first point, joined into one text.
 */
export const seamInside = (text: string) => SEAM.test(text);

// Words a product cell opens with: the kinds of paper a plan asks for and the verbs of an outcome.
const PRODUCT_OPENING = `${OPENING}|Báo cáo|Kế hoạch|Chương trình|Tờ trình|Danh sách|Văn bản|Hội nghị|Công bố|Cập nhật|Các`;
const PRODUCT_SEAM = new RegExp(`(?<=\\s\\p{Ll}\\p{L}*)\\s(?:${PRODUCT_OPENING})(?![\\p{L}])`, 'gu');
// Words that take a paper as their object ("ban hành Kế hoạch", "trình Chương trình"), unless passive ("được ban hành").
const TAKES_PAPER =
  /(?<!được\s)(?<![\p{L}])(?:ban hành|phê duyệt|trình|xây dựng|thực hiện|triển khai|sửa đổi|bổ sung|về|của|theo|và|hoặc|tại|các)$/iu;

/**
 * A product's opening word, capitalised, straight after a lower-case word with no mark between ("… được ban
 * hành Công bố các sản phẩm", "… hồ sơ Tờ trình"): two products, or a product and the next cell, joined.
 */
export const productSeamInside = (text: string) =>
  [...text.matchAll(PRODUCT_SEAM)].some((m) => !TAKES_PAPER.test(text.slice(0, m.index).trimEnd()));

// Sentences that close a plan or a section rather than set a duty: "Trên đây …", "Yêu cầu Giám đốc các sở …",
// "Trong quá trình thực hiện, nếu …", "Ủy ban nhân dân tỉnh giao …", "Văn phòng Chính phủ xin thông báo …".
const CLOSING_SENTENCE =
  /[.;:]\s+(?:Trên đây|Yêu cầu (?:Giám đốc|Thủ trưởng|Chủ tịch|các)|Trong quá trình (?:tổ chức )?(?:triển khai|thực hiện)|(?:Ủy ban nhân dân|UBND) (?:tỉnh|thành phố) giao|Văn phòng Chính phủ (?:xin )?thông báo|Đề nghị các)(?![\p{L}])/u;

/** A closing sentence after the text's first one: the task took the plan's or the section's closing paragraph with it. */
export const closingInside = (text: string) => CLOSING_SENTENCE.test(text);
