// Tables written one row a line, cells separated by tabs (Markdown exports such
// as seed 001). Header rows repeat on every page and may change the columns.
import type { LayoutLine } from '../../read/layout-line.js';
import type { CellRole } from '../../tree/types.js';
import type { RawRow } from './raw-row.js';
import { headerRoles } from './columns.js';

export function readTabRows(lines: LayoutLine[]): RawRow[] {
  const rows: RawRow[] = [];
  let roles: CellRole[] | null = null;
  for (const line of lines) {
    if (!line.cells) continue;
    const header = headerRoles(line.cells.map((items) => items.join(' ')));
    if (header) {
      roles = header;
      continue;
    }
    if (!roles) continue;
    const cells = line.cells.map((items, index) => ({ role: roles![index] ?? 'other', items }));
    rows.push({ cells, startLine: line.line, endLine: line.line });
  }
  return rows;
}
