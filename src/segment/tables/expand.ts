// Printed rows → task rows. A numbered row whose text only introduces
// sub-items ("… trong các lĩnh vực:") is not a task; each sub-item a), b) … is,
// with ordinal "3.a", and takes the row's agencies and deadline where its own
// cells are empty. A merged cell printed again in every column counts once.
import type { Cell, CellRole, Row } from '../../tree/types.js';
import { cellText, type RawCell, type RawRow } from './raw-row.js';
import { splitAgencyCell, splitDeadlineCell } from './cell-parts.js';

const SUB_ITEM = /^([a-zđ])\)\s*(.*)$/su;
const INHERITED: CellRole[] = ['products', 'lead', 'cooperating', 'deadline', 'target'];

interface Draft {
  ordinal: string;
  content: string;
  cells: Partial<Record<CellRole, string[]>>;
  startLine: number;
  endLine: number;
}

export function expandRows(raw: RawRow[]): Row[] {
  const drafts: Draft[] = [];
  let parent = '';
  let defaults: Partial<Record<CellRole, string[]>> = {};

  raw.forEach((row, index) => {
    const cells = normalizeCells(row);
    const ordinal = (cells.ordinal ?? [])
      .join(' ')
      .replace(/[.)\s]+$/u, '')
      .trim();
    const contentItems = cells.content ?? [];
    const own = pick(cells, INHERITED);
    const span = { startLine: row.startLine, endLine: row.endLine };

    if (ordinal) {
      parent = ordinal;
      defaults = own;
    } else {
      defaults = { ...defaults, ...own };
    }
    const inherited = { ...defaults };

    const subItems = splitSubItems(contentItems);
    if (subItems.items.length) {
      for (const item of subItems.items) {
        drafts.push({ ordinal: `${parent}.${item.label}`, content: item.text, cells: inherited, ...span });
      }
      return;
    }
    const content = joinItems(contentItems);
    if (!content) return;
    const nextIsSubRow = (() => {
      const next = raw[index + 1];
      if (!next) return false;
      const nextCells = normalizeCells(next);
      const nextOrdinal = joinItems(nextCells.ordinal ?? []);
      return !nextOrdinal && SUB_ITEM.test(joinItems(nextCells.content ?? []));
    })();
    if (ordinal && nextIsSubRow) return; // an introduction to the sub-items that follow
    if (!ordinal && drafts.length) {
      // A row without number or label continues the task above it.
      const last = drafts[drafts.length - 1]!;
      last.content = `${last.content} ${content}`;
      last.endLine = row.endLine;
      return;
    }
    drafts.push({ ordinal: ordinal || String(drafts.length + 1), content, cells: inherited, ...span });
  });

  return drafts.map(toRow);
}

/** Role → items for one printed row: merged cells dropped, labelled parts split. */
function normalizeCells(row: RawRow): Partial<Record<CellRole, string[]>> {
  const out: Partial<Record<CellRole, string[]>> = {};
  const contentText = cellText(row.cells.find((c) => c.role === 'content'));
  for (const cell of row.cells) {
    if (cell.role !== 'content' && contentText && cellText(cell) === contentText) continue; // merged
    add(out, cell.role, cell.items);
  }
  if (out.deadline && !row.cells.some((c) => c.role === 'products')) {
    const { deadline, products } = splitDeadlineCell(out.deadline);
    out.deadline = deadline;
    if (products.length) out.products = products;
  }
  if (out.lead && !row.cells.some((c) => c.role === 'cooperating')) {
    const { lead, cooperating } = splitAgencyCell(out.lead);
    out.lead = lead;
    if (cooperating.length) out.cooperating = cooperating;
  } else if (out.lead) {
    out.lead = splitAgencyCell(out.lead).lead;
  }
  return out;
}

function add(out: Partial<Record<CellRole, string[]>>, role: CellRole, items: string[]) {
  const kept = items.map((s) => s.trim()).filter(Boolean);
  if (kept.length) out[role] = [...(out[role] ?? []), ...kept];
}

function pick(cells: Partial<Record<CellRole, string[]>>, roles: CellRole[]) {
  const out: Partial<Record<CellRole, string[]>> = {};
  for (const role of roles) if (cells[role]?.length) out[role] = cells[role];
  return out;
}

/** "Intro: / a) … / b) …" → the labelled items (lines after a label continue it). */
function splitSubItems(items: string[]): { intro: string; items: Array<{ label: string; text: string }> } {
  const out: Array<{ label: string; text: string }> = [];
  const intro: string[] = [];
  for (const item of items) {
    const match = item.match(SUB_ITEM);
    if (match) out.push({ label: match[1]!, text: match[2]!.trim() });
    else if (out.length) out[out.length - 1]!.text += ` ${item.trim()}`;
    else intro.push(item);
  }
  return { intro: joinItems(intro), items: out };
}

const joinItems = (items: string[]) => items.join(' ').replace(/\s+/gu, ' ').trim();

function toRow(draft: Draft): Row {
  const cell = (role: CellRole, items: string[]): Cell => {
    if (role !== 'deadline') return { type: 'cell', role, items, text: joinItems(items) };
    // Labelled deadline parts stay apart: "- Kế hoạch: Quý I/2023; - Báo cáo: định kỳ hàng quý".
    const parts = items.map((s) => s.trim().replace(/[.;]+$/u, '')).filter(Boolean);
    return { type: 'cell', role, items: parts, text: parts.join('; ') };
  };
  const children: Cell[] = [cell('content', [draft.content])];
  for (const role of INHERITED) if (draft.cells[role]) children.push(cell(role, draft.cells[role]!));
  return {
    type: 'row',
    ordinal: draft.ordinal,
    confidence: 1,
    children,
    position: { start: { line: draft.startLine, column: 1 }, end: { line: draft.endLine, column: 1 } },
  };
}

export type { RawCell };
