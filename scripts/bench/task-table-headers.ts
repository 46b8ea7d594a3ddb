// Where a shared text prints a flat task table (LAYOUTS.md §4): a header opened by "STT"/"TT"
// alone on its line whose next lines name a task column and an agency column ("Nội dung" …
// "Cơ quan chủ trì"), found by the header's words, not by the reader (so a table the reader misses
// is found too). Tables of administrative procedures (TTHC lists, the steps of an internal
// procedure: "Bước 1" rows, "Đơn vị/người thực hiện"), of spending norms and of a research task's
// forms (people, pay, sites) are told apart: they assign no tasks.
const ORDINAL_HEADER = /^(?:STT|TT|Số TT|Số thứ tự)$/iu;
const TASK_COLUMN = /nội dung|nhiệm vụ|công việc|hoạt động|giải pháp/iu;
const AGENCY_COLUMN = /chủ trì|phối hợp|thực hiện|trách nhiệm|phụ trách/iu;
const NOT_TASKS = /thủ tục|TTHC|^Mã\b|^Bước\b|người thực hiện|địa điểm|định mức|mức chi|thù lao|đơn vị tính/iu;
const HEADER_LINES = 8;

export type TableKind = 'task table' | 'procedures or norms';

/** Each table header the text prints: its "STT" line's index (from 0) and its kind. */
export function tableHeaders(text: string): Array<{ line: number; kind: TableKind }> {
  const lines = text.split('\n').map((l) => l.trim());
  const found: Array<{ line: number; kind: TableKind }> = [];
  lines.forEach((line, i) => {
    if (!ORDINAL_HEADER.test(line)) return;
    const joined = lines.slice(i + 1, i + 1 + HEADER_LINES).join(' ');
    if (!TASK_COLUMN.test(joined) || !AGENCY_COLUMN.test(joined)) return;
    const below = lines.slice(i + 1, i + 1 + 2 * HEADER_LINES);
    found.push({ line: i, kind: below.some((l) => NOT_TASKS.test(l)) ? 'procedures or norms' : 'task table' });
  });
  return found;
}
