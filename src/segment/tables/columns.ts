// Which role each printed column plays, from its header text:
// "Cơ quan chủ trì" → lead, "THỜI HẠN, KẾT QUẢ THỰC HIỆN" → deadline (results mixed in) …
import type { CellRole } from '../../tree/types.js';
import { fold } from '../../vietnamese/fold.js';
import { anyOf, COLUMN_HEADS, folded } from '../../knowledge/deadlines/index.js';

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

export function roleOf(header: string): CellRole {
  const folded = fold(header).replace(/\s+/gu, ' ').trim();
  return ROLE_BY_HEADER.find(([pattern]) => pattern.test(folded))?.[1] ?? 'other';
}

/** Roles of a header row, or null when the row is not a table header. */
export function headerRoles(cells: string[]): CellRole[] | null {
  // Asked of every row: most rows fail on their first cell, the others are not read.
  if (cells.length === 0 || roleOf(cells[0]!) !== 'ordinal') return null;
  const roles = cells.map(roleOf);
  return roles[0] === 'ordinal' && roles.includes('content') ? roles : null;
}
