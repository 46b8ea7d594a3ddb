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

type Role = 'content' | 'lead' | 'cooperating' | 'performers' | 'said' | 'deadline' | 'products' | 'funding' | 'note';

interface Column {
  role: Role;
  header: string;
  /** A header merged over this column and the next ones that name the same parent: printed once, over its sub-headers. */
  parent?: string;
}

/**
 * How the rows stand under the header, besides their columns (LAYOUTS.md §4 "Variants seen", §10).
 * Each is off in the canonical table.
 */
interface Shape {
  /** Group rows: Roman numeral ⏎ caps title (default); a letter; "I. Title" on one line in lower case; a numbered part "1. Title" over rows "1.1"; the rows' lead agency. */
  groups?: 'letters' | 'inline' | 'parts' | 'lead';
  /** Row numbers go on across groups instead of restarting at 1. */
  continuous?: boolean;
  /** Header cells of three words or more wrap after their first words ("Nội dung thực" ⏎ "hiện"). */
  wrappedHeader?: boolean;
  /** A row numbering the columns under the header ("1" ⏎ "2" ⏎ …, or "(1)" ⏎ "(2)" …). */
  columnNumbers?: 'bare' | 'bracketed';
  /** A line of dots after each group's second row; the rows go on after it. */
  elision?: boolean;
  /** Every second row of a group prints no number: its number cell spans it and the row above. */
  spanOrdinal?: boolean;
  /** The products as "- Sản phẩm: …" items at the end of the task text (no products column). */
  productsInContent?: boolean;
  /** Agency cells as "- <name>" items, one a line. */
  dashItems?: boolean;
  /** Several agencies in a cell: joined by "; ", the last two by " và ". */
  joined?: 'semicolons' | 'va';
}

export interface Layout {
  columns: Column[];
  shape?: Shape;
}

export type Print = 'cell-lines' | 'web-wrapped' | 'column-wrapped' | 'pipe' | 'docx';
export const PRINTS: Print[] = ['cell-lines', 'web-wrapped', 'column-wrapped', 'pipe', 'docx'];

const col = (role: Role, header: string, parent?: string): Column => ({ role, header, ...(parent ? { parent } : {}) });

// The canonical order (tnt-c5d9, tnt-001c, tnt-ec00, p8-982): task, lead, cooperating, deadline, product.
const CONTENT = col('content', 'Nội dung thực hiện');
const LEAD = col('lead', 'Cơ quan chủ trì');
const COOPERATING = col('cooperating', 'Cơ quan phối hợp');
const DEADLINE = col('deadline', 'Thời gian hoàn thành');
const PRODUCTS = col('products', 'Sản phẩm');
const CANONICAL = [CONTENT, LEAD, COOPERATING, DEADLINE, PRODUCTS];
/** Lead and cooperating as "Chủ trì" / "Phối hợp" under one merged header cell. */
const agenciesUnder = (over: string): Column[] => [
  CONTENT,
  col('lead', 'Chủ trì', over),
  col('cooperating', 'Phối hợp', over),
  DEADLINE,
  PRODUCTS,
];
const shaped = (shape: Shape, columns = CANONICAL): Layout => ({ columns, shape });

/** The column layouts and row shapes, each one change from the canonical one. */
export const LAYOUTS: Record<string, Layout> = {
  canonical: { columns: CANONICAL },
  // Orders dev plans print: agencies first (lvn-228, p8-175), the product before the agencies
  // (lvn-07), the deadline before them (lvn-166), results before the deadline (2edf, ec00).
  'lead-first': { columns: [LEAD, CONTENT, COOPERATING, DEADLINE, PRODUCTS] },
  'product-before-agencies': { columns: [CONTENT, PRODUCTS, LEAD, COOPERATING, DEADLINE] },
  'deadline-before-agencies': { columns: [CONTENT, DEADLINE, LEAD, COOPERATING, PRODUCTS] },
  'cooperating-before-lead': { columns: [CONTENT, COOPERATING, LEAD, DEADLINE, PRODUCTS] },
  'agencies-last': { columns: [CONTENT, PRODUCTS, DEADLINE, LEAD, COOPERATING] },
  // Header words.
  'don-vi': { columns: [CONTENT, col('lead', 'Đơn vị chủ trì'), col('cooperating', 'Đơn vị phối hợp'), DEADLINE, PRODUCTS] },
  'bare-caps': {
    columns: [col('content', 'NHIỆM VỤ'), col('lead', 'CHỦ TRÌ'), col('cooperating', 'PHỐI HỢP'), col('deadline', 'THỜI GIAN'), PRODUCTS],
  },
  'chu-tri-thuc-hien': {
    columns: [
      col('content', 'Nhiệm vụ, giải pháp'),
      col('lead', 'Cơ quan chủ trì thực hiện'),
      col('cooperating', 'Cơ quan phối hợp thực hiện'),
      col('deadline', 'Thời gian thực hiện'),
      PRODUCTS,
    ],
  },
  'thoi-han': {
    columns: [col('content', 'Tên nhiệm vụ'), LEAD, COOPERATING, col('deadline', 'Thời hạn'), col('products', 'Kết quả dự kiến')],
  },
  'tien-do': {
    columns: [col('content', 'Nhiệm vụ'), LEAD, COOPERATING, col('products', 'Sản phẩm dự kiến'), col('deadline', 'Tiến độ thực hiện')],
  },
  // Two header rows: one cell merged over "Chủ trì" / "Phối hợp" (LAYOUTS.md §5; john-59, tnt-ae8d).
  'trach-nhiem': { columns: agenciesUnder('Trách nhiệm thực hiện') },
  'co-quan-don-vi-thuc-hien': { columns: agenciesUnder('Cơ quan, đơn vị thực hiện') },
  'don-vi-thuc-hien': { columns: agenciesUnder('Đơn vị thực hiện') },
  'ghi-chu': { columns: [...CANONICAL, col('note', 'Ghi chú')] },
  // A funding column after the others (LAYOUTS.md §4: "Sản phẩm dự kiến | Kết quả | Nguồn kinh phí").
  funding: { columns: [...CANONICAL, col('funding', 'Nguồn kinh phí')] },
  // One column for every agency: all of them lead (gold/FORMAT.md).
  performers: { columns: [CONTENT, col('performers', 'Cơ quan thực hiện'), DEADLINE, PRODUCTS] },
  // One column for every agency saying who leads (LAYOUTS.md §10): "<X> chủ trì, phối hợp với <Y>".
  'performers-said': { columns: [CONTENT, col('said', 'Cơ quan thực hiện'), DEADLINE, PRODUCTS] },
  // Row shapes (LAYOUTS.md §4 "Variants seen").
  'letter-groups': shaped({ groups: 'letters' }),
  'inline-groups': shaped({ groups: 'inline' }),
  'numbered-parts': shaped({ groups: 'parts' }),
  'continuous-numbers': shaped({ continuous: true }),
  'lead-groups': shaped({ groups: 'lead' }, [LEAD, CONTENT, COOPERATING, DEADLINE, PRODUCTS]),
  'wrapped-header': shaped({ wrappedHeader: true }),
  'column-numbers': shaped({ columnNumbers: 'bare' }),
  'column-numbers-bracketed': shaped({ columnNumbers: 'bracketed' }),
  elision: shaped({ elision: true }),
  'spanning-number': shaped({ spanOrdinal: true }),
  'products-in-content': shaped({ productsInContent: true }, [CONTENT, LEAD, COOPERATING, DEADLINE]),
  'dash-items': shaped({ dashItems: true }),
  semicolons: shaped({ joined: 'semicolons' }),
  'va-joined': shaped({ joined: 'va' }),
};

interface Rendered {
  /** The table as text, or as a Word file's blocks. */
  lines: string[];
  blocks: Block[];
  /** The gold as this layout prints it (agency columns merged: every name leads). */
  expected: GoldTask[];
}

const FUNDING = ['Ngân sách nhà nước', 'Ngân sách tỉnh và nguồn xã hội hóa', 'Kinh phí thường xuyên của cơ quan, đơn vị'];

/** Several names in one cell, as `shape` joins them. */
function names(list: string[], shape: Shape): string {
  if (shape.joined === 'va' && list.length > 1) return `${list.slice(0, -1).join('; ')} và ${list.at(-1)!}`;
  return list.join(shape.joined ? '; ' : ', ');
}

/** A cell's paragraphs (one line each in a Word export; none for an empty cell). */
const cellParagraphs = (task: GoldTask, role: Role, shape: Shape, row: number): string[] => {
  const agencies = (list: string[]) => (!list.length ? [] : shape.dashItems ? list.map((n) => `- ${n}`) : [names(list, shape)]);
  const one = (text: string) => (text ? [text] : []);
  switch (role) {
    case 'content': {
      const products = shape.productsInContent ? (task.products ?? []).map((p) => `- Sản phẩm: ${p}`) : [];
      return [task.content, ...products];
    }
    case 'lead':
      return agencies(task.lead);
    case 'cooperating':
      return agencies(task.cooperating ?? []);
    case 'performers':
      // The leading body, then the others (c5d9's "Bộ CHQS tỉnh; UBND cấp xã").
      return one([...task.lead, ...(task.cooperating ?? [])].join('; '));
    case 'said':
      return one(
        task.cooperating?.length ? `${task.lead.join(', ')} chủ trì, phối hợp với ${task.cooperating.join(', ')}` : task.lead.join(', '),
      );
    case 'deadline':
      return one(task.deadline ?? '');
    case 'products':
      return one((task.products ?? []).join('; '));
    case 'funding':
      return [FUNDING[row % FUNDING.length]!];
    case 'note':
      return [];
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

/** Cells wrapped as a PDF's text prints them: every line as wide as the column (the task text's 45, the others' 22). */
function columnWrap(text: string, width: number): string[] {
  return wrap(text.replace(/\n/g, ' '), width, width);
}

/** A header cell wrapped after its first words where it has three or more ("Thời gian hoàn" ⏎ "thành"). */
function headerLines(text: string, shape: Shape): string[] {
  const words = text.split(' ');
  if (!shape.wrappedHeader || words.length < 3) return [text];
  const cut = Math.ceil(words.length / 2) + (words.length === 3 ? 1 : 0);
  return [words.slice(0, cut).join(' '), words.slice(cut).join(' ')];
}

const pipeRow = (cells: string[]) => `| ${cells.map((c) => c.replace(/\|/gu, '/')).join(' | ')} |`;
const LETTERS = 'ABCDEFGHIK';
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV'];
const ELISION = '……………………………';

/** The table of `tasks` in `layout`, printed `print`. */
export function renderTable(tasks: GoldTask[], layout: Layout, print: Print): Rendered {
  const { columns } = layout;
  const shape = layout.shape ?? {};
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
  const groupKey = (task: GoldTask) => (shape.groups === 'lead' ? task.lead.join(', ') : groupOf(task.ordinal));
  for (const task of tasks) {
    const label = groupKey(task);
    if (groups.at(-1)?.label !== label || !groups.length) groups.push({ label, rows: [] });
    groups.at(-1)!.rows.push(task);
  }
  const lines: string[] = [];
  const docRows: DocxCell[][] = [];
  const width = columns.length + 1;
  const blankCells = (n: number) => Array<string>(n).fill('');
  if (print === 'pipe') {
    lines.push(pipeRow(top.flatMap((h) => [h.text, ...blankCells(h.span - 1)])));
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
    lines.push(...top.flatMap((h) => headerLines(h.text, shape)), ...subs.flatMap((h) => headerLines(h, shape)));
  }
  if (shape.columnNumbers) {
    const numbers = Array.from({ length: width }, (_, k) => (shape.columnNumbers === 'bracketed' ? `(${k + 1})` : String(k + 1)));
    if (print === 'pipe') lines.push(pipeRow(numbers));
    else if (print === 'docx') docRows.push(numbers);
    else lines.push(...numbers);
  }
  /** A row of `cells` (paragraphs each) after its number cell (`null`: merged with the number above). */
  const printRow = (number: string | null, cells: string[][]) => {
    if (print === 'pipe') lines.push(pipeRow([number ?? '', ...cells.map((p) => p.join(' '))]));
    else if (print === 'docx')
      docRows.push([number === null ? { merge: 'continue', items: [] } : number, ...cells.map((p) => (p.length === 1 ? p[0]! : p))]);
    else if (print === 'cell-lines') lines.push(...(number === null ? [''] : [number]), ...cells.flatMap((p) => (p.length ? p : [''])));
    else {
      const fit = (text: string, c: number) =>
        print === 'web-wrapped'
          ? webWrap(text, columns[c]!.role === 'content' ? 50 : 18)
          : columnWrap(text, columns[c]!.role === 'content' ? 45 : 22);
      lines.push(...(number === null ? [] : [number]), ...cells.flatMap((p, c) => p.flatMap((text) => fit(text, c))));
    }
  };
  /** A group row: its label, then its title (both in the number's cell and the next one). */
  const printGroup = (label: string, title: string) => {
    const inline = shape.groups === 'inline' || shape.groups === 'parts';
    if (print === 'pipe') lines.push(pipeRow([label, title, ...blankCells(columns.length - 1)]));
    else if (print === 'docx') docRows.push([label, title, ...blankCells(columns.length - 1)]);
    else if (inline) lines.push(`${label}. ${title}`);
    else lines.push(label, title);
  };
  let number = 0;
  groups.forEach((group, g) => {
    let label = '';
    if (group.label) {
      label =
        shape.groups === 'letters'
          ? LETTERS[g % LETTERS.length]!
          : shape.groups === 'parts'
            ? String(g + 1)
            : shape.groups === 'lead'
              ? ROMAN[g % ROMAN.length]!
              : group.label.split('.').at(-1)!;
      const title =
        shape.groups === 'lead'
          ? group.label
          : shape.groups === 'inline' || shape.groups === 'parts'
            ? `Nhóm nhiệm vụ thứ ${g + 1} của kế hoạch`
            : `NHÓM NHIỆM VỤ ${group.label}`;
      printGroup(label, title);
    }
    if (!shape.continuous) number = 0;
    group.rows.forEach((task, k) => {
      const cells = columns.map((c) => cellParagraphs(task, c.role, shape, k));
      const spanned = shape.spanOrdinal && k % 2 === 1;
      if (!spanned) number++;
      const printed = shape.groups === 'parts' && label ? `${label}.${number}` : String(number);
      printRow(spanned ? null : printed, cells);
      if (shape.elision && k === 1 && group.rows.length > 2) {
        if (print === 'pipe') lines.push(pipeRow([ELISION, ...blankCells(columns.length)]));
        else if (print === 'docx') docRows.push([ELISION, ...blankCells(columns.length)]);
        else lines.push(ELISION);
      }
    });
  });
  const merged = columns.some((c) => c.role === 'performers');
  const expected = tasks.map((task) => (merged ? { ...task, lead: [...task.lead, ...(task.cooperating ?? [])], cooperating: [] } : task));
  return { lines, blocks: [{ kind: 'table', rows: docRows }], expected };
}

/** A plan's text up to its first task table, then its gold rows as `layout` prints them (a text, or a Word file). */
export function rewritePlan(
  before: string,
  tasks: GoldTask[],
  layout: Layout,
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
