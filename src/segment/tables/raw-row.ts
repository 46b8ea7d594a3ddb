// A table row as printed, before sub-items are split and merged cells resolved.
import type { CellRole } from '../../tree/types.js';

export interface RawCell {
  role: CellRole;
  /** Lines or list items of the cell, as printed. */
  items: string[];
}

export interface RawRow {
  cells: RawCell[];
  startLine: number;
  endLine: number;
}

export const cellText = (cell: RawCell | undefined) => (cell ? cell.items.join(' ').replace(/\s+/gu, ' ').trim() : '');
export const cellOf = (row: RawRow, role: CellRole) => row.cells.find((c) => c.role === role);
