// A flat table's row whose left cells (its number, often its lead agency too) were merged over the
// rows below it, exported one cell a line with no blank line for the merged cells: after the row's
// own deadline cell the next task text follows, with the cells it prints of its own to its right.
//   IV ⏎ 2 ⏎ Quản lý, vận hành … 24/7. ⏎ Sở Tài chính ⏎ Các sở, ngành … ⏎ Quý IV/2026
//        ⏎ Thực hiện sao lưu dữ liệu … ⏎ Sở Khoa học và Công nghệ ⏎ Sở Tài chính   ← a task of row 2
// (tnt-001c's rows II.1, IV.2 and V.1: the number merged; p8-175's Phụ lục I: the number and the
// lead merged, "Bộ Công an" ⏎ task ⏎ deadline ⏎ task ⏎ deadline …). Each such task is a row of its
// own under the same number; the cells it does not print are the merged ones, its parent's.
// Word and LibreOffice exports print a blank line for each merged cell: flat-table.ts's splitSubRows.
import type { CellRole } from '../../tree/types.js';

export interface CellText {
  text: string;
  /** The input lines the cell was read from. */
  startLine: number;
  endLine: number;
}

export interface CellKinds {
  opensAgency(text: string): boolean;
  isDeadline(text: string): boolean;
}

/**
 * `cells`: one row's cells in order (blank ones as empty text); `roles`: the header's roles after
 * the ordinal. The row's own cells first, then each later task's; one list when none follows.
 * A later task opens at a task text after the row's deadline cell and before an agency cell of its
 * own, or its deadline cell where only agency columns stand between a task and its deadline; the cells between go to the row's columns after its deadline, and what is left
 * of them begins the task's text (a task text cut in two cells).
 */
export function cutMergedRows<C extends CellText>(cells: C[], roles: CellRole[], kinds: CellKinds): C[][] {
  const deadlineAt = roles.indexOf('deadline');
  // An agency column after the deadline's would take the agency cells this reads as a new task's.
  if (deadlineAt < 0 || roles.slice(deadlineAt).some((r) => r === 'lead' || r === 'cooperating')) return [cells];
  const after = roles.length - deadlineAt - 1;
  // A task's own deadline may follow its text straight only where no column but its agencies' stands
  // between, and none after the deadline: a column there (a status, "Đang thực hiện"; a second date)
  // reads as a deadline too.
  const contentAt = roles.indexOf('content');
  const deadlineNext =
    after === 0 && contentAt >= 0 && roles.slice(contentAt + 1, deadlineAt).every((r) => r === 'lead' || r === 'cooperating');
  const filled = (from: number) => cells.slice(from).findIndex((c) => c.text);
  const out: C[][] = [];
  let start = 0;
  for (;;) {
    // A deadline cell the export ran into the next cell ("Năm 2025-2030 Khoá đào tạo …") opens with one.
    const deadline = cells.findIndex((c, k) => k > start && c.text && kinds.isDeadline(firstWords(c.text)));
    if (deadline < 0) break;
    let opens = -1;
    for (let k = deadline + 1; k < cells.length; k++) {
      if (!isTaskText(cells[k]!.text, kinds)) continue;
      const next = filled(k + 1);
      const nextText = next < 0 ? '' : cells[k + 1 + next]!.text;
      if (nextText && (kinds.opensAgency(nextText) || (deadlineNext && kinds.isDeadline(nextText)))) {
        opens = k;
        break;
      }
    }
    if (opens < 0) break;
    // The row keeps as many cells after its deadline as it has columns there.
    let kept = deadline + 1;
    for (let n = 0; n < after && kept < opens; kept++) if (cells[kept]!.text) n++;
    // … and what is no task text before the task's (a stray mark, a cell the export cut in two).
    while (kept < opens && !isTaskText(cells[kept]!.text, kinds)) kept++;
    out.push(cells.slice(start, kept));
    start = kept;
  }
  out.push(cells.slice(start));
  return out;
}

// A task's text: a sentence in capitals first, as long as one, neither an agency nor a deadline.
const isTaskText = (text: string, kinds: CellKinds) =>
  text.length >= 30 && /^\p{Lu}/u.test(text) && !kinds.opensAgency(text) && !kinds.isDeadline(text);
const firstWords = (text: string) => text.split(/\s+/u).slice(0, 4).join(' ');
