// Tables written one row a line, cells separated by tabs (Markdown exports such
// as seed 001). Header rows repeat on every page and may change the columns. A header printed over
// two rows names its agency columns in the second ("Chủ trì" / "Phối hợp" under "Đơn vị thực
// hiện": ./columns.ts); that row may print only the cells under the merged one (john-59's
// "| Chủ trì | Phối hợp | |"), which then stand where the merged cell and its empty neighbours stand.
import type { LayoutLine } from '../../read/layout-line.js';
import type { CellRole } from '../../tree/types.js';
import type { RawRow } from './raw-row.js';
import { headerRoles, isAgencyParent, isAgencySubHeader, roleOf } from './columns.js';

export function readTabRows(lines: LayoutLine[]): RawRow[] {
  const rows: RawRow[] = [];
  let roles: CellRole[] | null = null;
  // The header row's cells while the row under it may be its second header row.
  let headerCells: string[] | null = null;
  for (const line of lines) {
    if (!line.cells) continue;
    const texts = line.cells.map((items) => items.join(' ').trim());
    const header = headerRoles(texts);
    if (header) {
      roles = header;
      headerCells = texts;
      continue;
    }
    if (roles && headerCells && texts.filter(isAgencySubHeader).length >= 2) {
      roles = withSubHeaders(roles, headerCells, texts);
      headerCells = null;
      continue;
    }
    headerCells = null;
    if (!roles) continue;
    const cells = line.cells.map((items, index) => ({ role: roles![index] ?? 'other', items }));
    rows.push({ cells, startLine: line.line, endLine: line.line });
  }
  return rows;
}

/** The header's roles with the agency columns its second row names ("Chủ trì" / "Phối hợp"). */
function withSubHeaders(roles: CellRole[], header: string[], subRow: string[]): CellRole[] {
  const out = [...roles];
  if (subRow.length >= header.length) {
    subRow.forEach((text, k) => {
      if (isAgencySubHeader(text)) out[k] = roleOf(text);
    });
    return out;
  }
  // Only the cells under the merged one: they stand at it and its empty neighbours.
  const parent = header.findIndex((text, k) => isAgencyParent(text) && header[k + 1] === '');
  if (parent < 0) return out;
  subRow.filter(isAgencySubHeader).forEach((text, k) => {
    if (parent + k < out.length) out[parent + k] = roleOf(text);
  });
  return out;
}
