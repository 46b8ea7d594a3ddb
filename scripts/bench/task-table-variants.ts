// Task tables printed the ways real plans print them (LAYOUTS.md §4, §5), made from a plan's gold
// rows: the columns in another order, headed in other words (synonyms that two or more dev plans
// or LAYOUTS.md print), headed over two rows ("Trách nhiệm thực hiện" over "Chủ trì" / "Phối hợp"),
// with a "Ghi chú" column, with one column for every agency ("Cơ quan thực hiện"), and in four
// prints: one cell a line with a blank line for an empty cell (Word's text export), cells wrapped
// at 80 columns after a short first line with empty cells dropped (the web exports), a Markdown
// pipe table, and a Word file. The rows' words are the gold's, so the gold still scores them; where
// a layout merges the agency columns the expected roles follow gold/FORMAT.md: a lone "Cơ quan thực
// hiện" column is the lead, every body it names (seed 002's gold reads "Cơ quan thực hiện: Sở Nội vụ;
// Văn phòng UBND tỉnh; …" so).
// Bench input only (npm run bench table-roles), never product code.
import { makeDocx, type Block, type Cell as DocxCell } from '../docx-writer.js';
import { wrap } from '../make-scan-pages.js';

export interface GoldTask {
  appendix: string;
  ordinal: string;
  content: string;
  lead: string[];
  cooperating?: string[];
  deadline: string | null;
  products?: string[];
}

type Role = 'content' | 'lead' | 'cooperating' | 'performers' | 'deadline' | 'products' | 'note';

interface Column {
  role: Role;
  header: string;
  /** A header merged over this column and the next ones that name the same parent: printed once, over its sub-headers. */
  parent?: string;
}

export type Print = 'cell-lines' | 'web-wrapped' | 'pipe' | 'docx';
export const PRINTS: Print[] = ['cell-lines', 'web-wrapped', 'pipe', 'docx'];

const col = (role: Role, header: string, parent?: string): Column => ({ role, header, ...(parent ? { parent } : {}) });

// The canonical order (tnt-c5d9, tnt-001c, tnt-ec00, p8-982): task, lead, cooperating, deadline, product.
const CONTENT = col('content', 'Nội dung thực hiện');
const LEAD = col('lead', 'Cơ quan chủ trì');
const COOPERATING = col('cooperating', 'Cơ quan phối hợp');
const DEADLINE = col('deadline', 'Thời gian hoàn thành');
const PRODUCTS = col('products', 'Sản phẩm');
/** Lead and cooperating as "Chủ trì" / "Phối hợp" under one merged header cell. */
const agenciesUnder = (over: string): Column[] => [
  CONTENT,
  col('lead', 'Chủ trì', over),
  col('cooperating', 'Phối hợp', over),
  DEADLINE,
  PRODUCTS,
];

/** The column layouts, each one change from the canonical one. */
export const LAYOUTS: Record<string, Column[]> = {
  canonical: [CONTENT, LEAD, COOPERATING, DEADLINE, PRODUCTS],
  // Orders dev plans print: agencies first (lvn-228, p8-175), the product before the agencies
  // (lvn-07), the deadline before them (lvn-166), results before the deadline (2edf, ec00).
  'lead-first': [LEAD, CONTENT, COOPERATING, DEADLINE, PRODUCTS],
  'product-before-agencies': [CONTENT, PRODUCTS, LEAD, COOPERATING, DEADLINE],
  'deadline-before-agencies': [CONTENT, DEADLINE, LEAD, COOPERATING, PRODUCTS],
  'cooperating-before-lead': [CONTENT, COOPERATING, LEAD, DEADLINE, PRODUCTS],
  'agencies-last': [CONTENT, PRODUCTS, DEADLINE, LEAD, COOPERATING],
  // Header words.
  'don-vi': [CONTENT, col('lead', 'Đơn vị chủ trì'), col('cooperating', 'Đơn vị phối hợp'), DEADLINE, PRODUCTS],
  'bare-caps': [col('content', 'NHIỆM VỤ'), col('lead', 'CHỦ TRÌ'), col('cooperating', 'PHỐI HỢP'), col('deadline', 'THỜI GIAN'), PRODUCTS],
  'chu-tri-thuc-hien': [
    col('content', 'Nhiệm vụ, giải pháp'),
    col('lead', 'Cơ quan chủ trì thực hiện'),
    col('cooperating', 'Cơ quan phối hợp thực hiện'),
    col('deadline', 'Thời gian thực hiện'),
    PRODUCTS,
  ],
  'thoi-han': [col('content', 'Tên nhiệm vụ'), LEAD, COOPERATING, col('deadline', 'Thời hạn'), col('products', 'Kết quả dự kiến')],
  'tien-do': [col('content', 'Nhiệm vụ'), LEAD, COOPERATING, col('products', 'Sản phẩm dự kiến'), col('deadline', 'Tiến độ thực hiện')],
  // Two header rows: one cell merged over "Chủ trì" / "Phối hợp" (LAYOUTS.md §5; john-59, tnt-ae8d).
  'trach-nhiem': agenciesUnder('Trách nhiệm thực hiện'),
  'co-quan-don-vi-thuc-hien': agenciesUnder('Cơ quan, đơn vị thực hiện'),
  'ghi-chu': [CONTENT, LEAD, COOPERATING, DEADLINE, PRODUCTS, col('note', 'Ghi chú')],
  // One column for every agency: all of them lead (gold/FORMAT.md).
  performers: [CONTENT, col('performers', 'Cơ quan thực hiện'), DEADLINE, PRODUCTS],
};

interface Rendered {
  /** The table as text, or as a Word file's blocks. */
  lines: string[];
  blocks: Block[];
  /** The gold as this layout prints it (agency columns merged: every name leads). */
  expected: GoldTask[];
}

const cellText = (task: GoldTask, role: Role): string => {
  switch (role) {
    case 'content':
      return task.content;
    case 'lead':
      return task.lead.join(', ');
    case 'cooperating':
      return (task.cooperating ?? []).join(', ');
    case 'performers':
      // The leading body, then the others (c5d9's "Bộ CHQS tỉnh; UBND cấp xã").
      return [...task.lead, ...(task.cooperating ?? [])].join('; ');
    case 'deadline':
      return task.deadline ?? '';
    case 'products':
      return (task.products ?? []).join('; ');
    case 'note':
      return '';
  }
};

/** "I.2" → group "I", "A.I.1" → group "A.I"; "2.3" → no group. */
const groupOf = (ordinal: string) => ordinal.match(/^((?:[IVX]{1,5}|[A-Z])(?:\.(?:[IVX]{1,5}|[A-Z]))*)\./u)?.[1] ?? '';

/**
 * Cells wrapped as the web exports wrap them (tnt-c5d9, tnt-001c): a first line as wide as the
 * column (about 50 characters for the task text, 18 for a narrow column: "Văn phòng Ban Chỉ" ⏎
 * "huy; các sở, ban, ngành"), then lines of 80.
 */
function webWrap(text: string, first: number): string[] {
  return wrap(text.replace(/\n/g, ' '), 80, first);
}

const pipeRow = (cells: string[]) => `| ${cells.map((c) => c.replace(/\|/gu, '/')).join(' | ')} |`;

/** The table of `tasks` in `layout`, printed `print`. */
export function renderTable(tasks: GoldTask[], layout: Column[], print: Print): Rendered {
  const columns = layout;
  const twoRows = columns.some((c) => c.parent);
  // Header rows: the first prints each parent once (merged), the second its sub-headers.
  const top: Array<{ text: string; span: number; sub: boolean }> = [{ text: 'STT', span: 1, sub: false }];
  for (const c of columns) {
    const last = top.at(-1)!;
    if (c.parent && last.sub && last.text === c.parent) last.span++;
    else top.push(c.parent ? { text: c.parent, span: 1, sub: true } : { text: c.header, span: 1, sub: false });
  }
  const subs = columns.filter((c) => c.parent).map((c) => c.header);
  const groups: Array<{ label: string; rows: GoldTask[] }> = [];
  for (const task of tasks) {
    const label = groupOf(task.ordinal);
    if (groups.at(-1)?.label !== label || !groups.length) groups.push({ label, rows: [] });
    groups.at(-1)!.rows.push(task);
  }
  const groupTitle = (label: string) => `NHÓM NHIỆM VỤ ${label}`;
  const lines: string[] = [];
  const docRows: DocxCell[][] = [];
  if (print === 'pipe') {
    const width = columns.length + 1;
    lines.push(pipeRow(top.flatMap((h) => [h.text, ...Array<string>(h.span - 1).fill('')])));
    lines.push(pipeRow(Array<string>(width).fill('---')));
    if (twoRows) lines.push(pipeRow(['', ...columns.map((c) => (c.parent ? c.header : ''))]));
  } else if (print === 'docx') {
    // Over two rows, a cell with no sub-headers is merged down over the second.
    docRows.push(top.map((h) => (h.sub ? { span: h.span, items: [h.text] } : twoRows ? { merge: 'restart', items: [h.text] } : h.text)));
    if (twoRows)
      docRows.push([
        { merge: 'continue', items: [] },
        ...columns.map((c) => (c.parent ? c.header : { merge: 'continue' as const, items: [] })),
      ]);
  } else {
    lines.push(...top.map((h) => h.text), ...subs);
  }
  for (const group of groups) {
    if (group.label) {
      const title = groupTitle(group.label);
      const label = group.label.split('.').at(-1)!;
      if (print === 'pipe') lines.push(pipeRow([label, title, ...Array<string>(columns.length - 1).fill('')]));
      else if (print === 'docx') docRows.push([label, title, ...Array<string>(columns.length - 1).fill('')]);
      else lines.push(label, title);
    }
    group.rows.forEach((task, k) => {
      const cells = columns.map((c) => cellText(task, c.role));
      const number = String(k + 1);
      if (print === 'pipe') lines.push(pipeRow([number, ...cells]));
      else if (print === 'docx') docRows.push([number, ...cells]);
      else if (print === 'cell-lines') lines.push(number, ...cells);
      else lines.push(number, ...cells.flatMap((text, c) => (text ? webWrap(text, columns[c]!.role === 'content' ? 50 : 18) : [])));
    });
  }
  const merged = columns.some((c) => c.role === 'performers');
  const expected = tasks.map((task) => (merged ? { ...task, lead: [...task.lead, ...(task.cooperating ?? [])], cooperating: [] } : task));
  return { lines, blocks: [{ kind: 'table', rows: docRows }], expected };
}

/** A plan's text up to its first task table, then its gold rows as `layout` prints them (a text, or a Word file). */
export function rewritePlan(
  before: string,
  tasks: GoldTask[],
  layout: Column[],
  print: Print,
): { input: string | Buffer; path: string; expected: GoldTask[] } {
  const byAppendix: Array<{ appendix: string; rows: GoldTask[] }> = [];
  for (const task of tasks) {
    if (byAppendix.at(-1)?.appendix !== task.appendix || !byAppendix.length) byAppendix.push({ appendix: task.appendix, rows: [] });
    byAppendix.at(-1)!.rows.push(task);
  }
  const parts = byAppendix.map((a, k) => ({
    heading: k === 0 ? [] : [`PHỤ LỤC ${a.appendix}`, 'DANH MỤC NHIỆM VỤ'],
    table: renderTable(a.rows, layout, print),
  }));
  const expected = parts.flatMap((p) => p.table.expected);
  if (print === 'docx') {
    const blocks: Block[] = [
      ...before.split('\n').map((text): Block => ({ kind: 'p', text })),
      ...parts.flatMap((p) => [...p.heading.map((text): Block => ({ kind: 'p', text })), ...p.table.blocks]),
    ];
    return { input: makeDocx(blocks), path: 'plan.docx', expected };
  }
  const text = [before.replace(/\s+$/u, ''), ...parts.flatMap((p) => ['', ...p.heading, ...p.table.lines]), ''].join('\n');
  return { input: text, path: 'plan.txt', expected };
}
