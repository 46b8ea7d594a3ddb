// Tables exported as one tab-led line a cell, rows split by blank lines (seed
// 002). A line without the leading tab continues the cell above it.
import type { LayoutLine } from '../../read/layout-line.js';
import type { CellRole } from '../../tree/types.js';
import type { RawRow } from './raw-row.js';
import { headerRoles } from './columns.js';

export function readCellLines(lines: LayoutLine[]): RawRow[] {
  const groups: Array<{ cells: Array<{ items: string[] }>; startLine: number; endLine: number }> = [];
  let group: (typeof groups)[number] | null = null;
  for (const line of lines) {
    if (!line.tabLed && !line.text) {
      group = null;
      continue;
    }
    if (line.tabLed) {
      group ??= (groups.push({ cells: [], startLine: line.line, endLine: line.line }), groups[groups.length - 1]!);
      group.cells.push({ items: line.text ? [line.text] : [] });
      group.endLine = line.line;
    } else if (group && group.cells.length) {
      group.cells[group.cells.length - 1]!.items.push(line.text);
      group.endLine = line.line;
    }
  }

  const rows: RawRow[] = [];
  let roles: CellRole[] | null = null;
  for (const g of groups) {
    const header = headerRoles(g.cells.map((c) => c.items.join(' ')));
    if (header) {
      roles = header;
      continue;
    }
    if (!roles) continue;
    rows.push({
      cells: g.cells.map((c, index) => ({ role: roles![index] ?? 'other', items: c.items })),
      startLine: g.startLine,
      endLine: g.endLine,
    });
  }
  return rows;
}
