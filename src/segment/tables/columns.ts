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
  // A speck read as punctuation inside a scanned header ("Nội: dung", "Cơ quan_ phối hợp") is no word.
  const folded = fold(header)
    .replace(/[:;_|~"“”'‘’]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  return ROLE_BY_HEADER.find(([pattern]) => pattern.test(folded))?.[1] ?? 'other';
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
  const roles = cells.map(roleOf);
  if (!roles.includes('content')) return null;
  if (ordinal) return roles;
  // A first cell not read as "TT": the row is a header when it names two task columns besides the content.
  const named = new Set(roles.filter((r) => r === 'lead' || r === 'cooperating' || r === 'deadline' || r === 'products'));
  return named.size >= 2 ? ['ordinal', ...roles.slice(1)] : null;
}
