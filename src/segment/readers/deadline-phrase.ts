// Deadlines as the layout readers meet them: a table cell that is one, and a time phrase that
// plainly belongs to a task written as a sentence (LAYOUTS.md §7):
//   "… trước ngày 15/12/2025", "Hằng năm, …", "thường xuyên", "định kỳ 6 tháng", "trong Quý II/2026",
//   and a labelled line below the task: "Thời gian thực hiện: năm 2026".
const LABELLED = /(?:^|\s)(?:thời gian|thời hạn)(?:\s+(?:thực hiện|hoàn thành|ban hành|hoàn tất|trình))?\s*:\s*(?<value>[^;]+?)\s*[.;]?$/iu;
const IN_TEXT = /(?<value>(?:hoàn thành\s+)?trước ngày\s+\d{1,2}(?:\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?|\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?)|(?:trong\s+)?(?:quý\s+[IV]{1,3}(?:\s*[/-]\s*|\s+năm\s+)\d{4})|(?:trong\s+)?tháng\s+\d{1,2}\s*[/-]\s*\d{4}|(?:định kỳ|hằng|hàng)\s+(?:năm|quý|tháng|6 tháng)|thường xuyên)/iu;

// How a deadline cell of a clean table begins: "Quý IV/2025", "Năm 2025 - 2026", "Trước ngày …",
// "Thường xuyên", "2025", "Theo kế hoạch …", "Khi có văn bản …".
const CELL_START = /^(?:nhiệm vụ thường xuyên|thực hiện thường xuyên|trước|sau|trong|từ|đến|hằng|hàng|định kỳ|thường xuyên|quý|tháng|năm|giai đoạn|\d{4}|\d{1,2}\/\d{4}|theo (?:kế hoạch|tiến độ|yêu cầu|chỉ đạo)|khi\b|liên tục|hoàn thành|đã|đang|6 tháng)/iu;
const CELL_WORDS = 14;

/** A table cell that reads as a deadline: a deadline's first words, and short. */
export const isDeadlineCell = (text: string) => CELL_START.test(text) && text.split(/\s+/u).length <= CELL_WORDS;

export function labelledDeadline(text: string): string | null {
  return text.match(LABELLED)?.groups?.value?.trim() ?? null;
}

export function deadlineIn(text: string): string | null {
  return labelledDeadline(text) ?? text.match(IN_TEXT)?.groups?.value?.trim() ?? null;
}
