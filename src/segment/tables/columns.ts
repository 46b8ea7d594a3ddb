// Which role each printed column plays, from its header text:
// "Cơ quan chủ trì" → lead, "THỜI HẠN, KẾT QUẢ THỰC HIỆN" → deadline (results mixed in) …
import type { CellRole } from '../../tree/types.js';
import { fold } from '../../vietnamese/fold.js';
import { anyOf, COLUMN_HEADS, folded, LABEL_HEADS } from '../../knowledge/deadlines/index.js';

// Order matters: "Cơ quan phối hợp" before "Cơ quan … thực hiện"; "Thời hạn, kết quả" is a deadline column.
const ROLE_BY_HEADER: Array<[RegExp, CellRole]> = [
  [/^s?tt\.?$|^so tt$/u, 'ordinal'],
  [/phoi hop/u, 'cooperating'],
  [/chu tri|(co quan|don vi).*thuc hien|thuc hien.*(co quan|don vi)/u, 'lead'],
  [new RegExp(anyOf(folded(COLUMN_HEADS), ' '), 'u'), 'deadline'],
  [/san pham|ket qua/u, 'products'],
  [/muc tieu/u, 'target'],
  [/noi dung|nhiem vu|cong viec|hoat dong|^ten\b/u, 'content'],
];

// A column headed by the time allowed ("Thời hạn", "Thời gian hoàn thành") rather than by "Tiến độ" alone.
const TIME_ALLOWED = new RegExp(anyOf(folded(LABEL_HEADS), ' '), 'u');

/**
 * One deadline column a table: where a column names the time allowed ("Thời hạn"), a "Tiến độ"
 * column beside it reports the progress made ("Đã hoàn thành", "Đang thực hiện") and plays no role.
 * "Tiến độ" alone is the deadline column (a plan's "Tiến độ: Quý IV/2026").
 */
export function oneDeadlineColumn(roles: CellRole[], headers: string[]): CellRole[] {
  const timed = (k: number) => TIME_ALLOWED.test(fold(headers[k] ?? ''));
  if (!roles.some((role, k) => role === 'deadline' && timed(k))) return roles;
  return roles.map((role, k) => (role === 'deadline' && !timed(k) ? 'other' : role));
}

export function roleOf(header: string): CellRole {
  // A speck read as punctuation inside a scanned header ("Nội: dung", "Cơ quan_ phối hợp") is no word.
  const folded = fold(header)
    .replace(/[:;_|~"“”'‘’]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  return ROLE_BY_HEADER.find(([pattern]) => pattern.test(folded))?.[1] ?? 'other';
}

// A header printed over two rows (LAYOUTS.md §5): one cell merged over the agency columns
// ("Trách nhiệm thực hiện", "Đơn vị thực hiện", "Cơ quan, đơn vị thực hiện", "Cơ quan/đơn vị đầu
// mối theo dõi") and, in the row below, "Chủ trì" / "Phối hợp" under it. The sub-headers name the
// roles; the merged cell names none of its own.
const SUB_HEADER = /^(?:chu tri|phoi hop)(?: thuc hien)?$/u;
const AGENCY_PARENT = /trach nhiem|thuc hien|phan cong|co quan|don vi|dau moi/u;

/** "Chủ trì" or "Phối hợp" alone: a sub-header under a merged agency header cell. */
export const isAgencySubHeader = (text: string) => SUB_HEADER.test(fold(text).trim());

/** A header cell that may stand merged over the agency sub-columns (it names no role of its own in that case). */
export function isAgencyParent(text: string): boolean {
  const folded = fold(text);
  return AGENCY_PARENT.test(folded) && !/chu tri|phoi hop/u.test(folded);
}

/** A first cell that may be "TT" misread by OCR ("TIT", "TI", "T"): a few letters, no digit. */
const SHORT_LABEL = /^\p{L}{1,3}\.?$/u;

/** Roles of a header row, or null when the row is not a table header. */
export function headerRoles(cells: string[]): CellRole[] | null {
  // Asked of every row: most rows fail on their first cell, the others are not read.
  if (cells.length === 0) return null;
  const first = cells[0]!.trim();
  const ordinal = roleOf(first) === 'ordinal';
  if (!ordinal && !SHORT_LABEL.test(first)) return null;
  const roles = oneDeadlineColumn(cells.map(roleOf), cells);
  if (!roles.includes('content')) return null;
  if (ordinal) return roles;
  // A first cell not read as "TT": the row is a header when it names two task columns besides the content.
  const named = new Set(roles.filter((r) => r === 'lead' || r === 'cooperating' || r === 'deadline' || r === 'products'));
  return named.size >= 2 ? ['ordinal', ...roles.slice(1)] : null;
}
