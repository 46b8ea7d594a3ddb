// A time phrase that plainly belongs to a task written as a sentence (LAYOUTS.md §7):
//   "… trước ngày 15/12/2025", "Hằng năm, …", "thường xuyên", "định kỳ 6 tháng", "trong Quý II/2026",
//   and a labelled line below the task: "Thời gian thực hiện: năm 2026".
const LABELLED = /(?:^|\s)(?:thời gian|thời hạn)(?:\s+(?:thực hiện|hoàn thành|ban hành|hoàn tất|trình))?\s*:\s*(?<value>[^;]+?)\s*[.;]?$/iu;
const IN_TEXT = /(?<value>(?:hoàn thành\s+)?trước ngày\s+\d{1,2}(?:\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?|\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?)|(?:trong\s+)?(?:quý\s+[IV]{1,3}(?:\s*[/-]\s*|\s+năm\s+)\d{4})|(?:trong\s+)?tháng\s+\d{1,2}\s*[/-]\s*\d{4}|(?:định kỳ|hằng|hàng)\s+(?:năm|quý|tháng|6 tháng)|thường xuyên)/iu;

export function labelledDeadline(text: string): string | null {
  return text.match(LABELLED)?.groups?.value?.trim() ?? null;
}

export function deadlineIn(text: string): string | null {
  return labelledDeadline(text) ?? text.match(IN_TEXT)?.groups?.value?.trim() ?? null;
}
