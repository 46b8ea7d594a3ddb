// Evidence a field draws from the rest of its row and of its document: a row whose other cells look
// misread, a reader whose rows in this document often look misread, an item numbered out of sequence
// with its siblings, a task spanning far more lines than its siblings. A misread table shifts or
// merges cells in many rows at once, so doubt in one cell or one row is doubt about its neighbours.
// Built only from the fields' own evidence (features.ts) and the tasks' ordinals and spans.
import type { Task } from '../../schema/document.js';

/** The evidence of an agency list, lead or cooperating, that marks it as odd. */
const ODD_AGENCIES = [
  'agency:time-word',
  'agency:task-verb',
  'agency:name-inside',
  'agency:open-end',
  'agency:bare-head',
  'agency:starts-with-time',
  'agency:not-agency-shaped',
];

/** The evidence of each field of a task that marks it as odd (a value above 0 is odd; emptiness where siblings are filled counts from 0.5). */
const ODD: Record<FieldName, string[]> = {
  content: ['content:empty', 'content:field-label', 'content:closing-formula', 'content:length-outlier'],
  // An empty lead among filled siblings is odd too; an empty cooperating list is not counted.
  lead: [...ODD_AGENCIES, 'agency:empty-among-filled'],
  cooperating: ODD_AGENCIES,
  deadline: ['deadline:agency-inside', 'deadline:long', 'deadline:beyond-shape', 'deadline:none-among-filled', 'deadline:time-elsewhere'],
  products: ['products:starts-with-time', 'products:agency-inside', 'products:time-word', 'products:empty-among-filled'],
};
const FILLED_SHARE = /empty-among-filled|none-among-filled/u;

/** Whether a field's own evidence marks it as odd. */
export function isOdd(field: FieldName, features: Record<string, number>): boolean {
  return ODD[field].some((name) => (features[name] ?? 0) > (FILLED_SHARE.test(name) ? 0.5 : 0));
}

type FieldName = 'content' | 'lead' | 'cooperating' | 'deadline' | 'products';
type Own = Record<FieldName, Record<string, number>>;
const FIELDS: FieldName[] = ['content', 'lead', 'cooperating', 'deadline', 'products'];

const isEmpty = (task: Task, field: Exclude<FieldName, 'content'>) =>
  field === 'deadline' ? task.deadline === null : field === 'products' ? task.products.length === 0 : task[field].length === 0;

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10 };

/** An outline number's last step as a number: "3" → 3, "c" → 3, "đ" → 4.5 (between d and e), "IV" → 4; null for bullets and paragraphs. */
export function stepOf(ordinal: string): number | null {
  const last = ordinal.split('.').filter(Boolean).pop() ?? '';
  if (/^\d{1,3}$/u.test(last)) return Number(last);
  if (last === 'đ') return 4.5;
  if (/^[a-z]$/u.test(last)) return last.charCodeAt(0) - 96;
  if (/^[IVX]{1,5}$/u.test(last)) {
    const values = [...last].map((c) => ROMAN[c]!);
    return values.reduce((sum, v, i) => sum + (v < (values[i + 1] ?? 0) ? -v : v), 0);
  }
  return null;
}
/** `step` follows `previous` in an outline (d → đ → e as well as d → e). */
const follows = (previous: number, step: number) => step === previous + 1 || step === previous + 0.5 || (previous === 4.5 && step === 5);
const parentOf = (ordinal: string) => ordinal.split('.').slice(0, -1).join('.');

/**
 * The task's number does not follow the sibling before it among the same reader's tasks (2 after 4,
 * c after a, a repeated number): a row lost, split or read twice near it. A sibling printed only as
 * a group heading over its children counts by their number. A first child counts when it starts past 1.
 */
export function outOfSequence(task: Task, tasks: Task[]): boolean {
  const step = stepOf(task.ordinal);
  if (step === null) return false;
  const same = tasks.filter((t) => t.reader === task.reader && t.appendix === task.appendix);
  const index = same.indexOf(task);
  const parent = parentOf(task.ordinal);
  const depth = task.ordinal.split('.').length;
  for (let k = index - 1; k >= 0; k--) {
    // The sibling before may be printed only through its children: "2" after "1.a", "1.b" follows 1.
    const parts = same[k]!.ordinal.split('.');
    if (parts.length < depth) continue;
    const sibling = parts.slice(0, depth).join('.');
    if (parentOf(sibling) !== parent) continue;
    const previous = stepOf(sibling);
    return previous !== null && !follows(previous, step);
  }
  return step > 1;
}

/** Another task of the same appendix is numbered under this one ("2" over "2.1", "III.4" over "III.4.-1"): a heading read as a task. */
export function hasChildren(task: Task, tasks: Task[]): boolean {
  if (!task.ordinal) return false;
  const prefix = `${task.ordinal}.`;
  return tasks.some((t) => t !== task && t.appendix === task.appendix && t.ordinal.startsWith(prefix));
}

/** The task spans more than three times the lines of the same reader's median task (and at least 6 more): rows merged. */
export function spanOutlier(task: Task, tasks: Task[]): number {
  const lines = (t: Task) => t.source.endLine - t.source.startLine + 1;
  const others = tasks
    .filter((t) => t !== task && t.reader === task.reader)
    .map(lines)
    .sort((a, b) => a - b);
  if (others.length < 3) return 0;
  const median = others[Math.floor(others.length / 2)]!;
  return lines(task) > 3 * median && lines(task) >= median + 6 ? 1 : 0;
}

// Column captions (and field labels) of each field, as tables and labelled plans print them.
const CAPTION: Record<Exclude<FieldName, 'content'>, RegExp> = {
  lead: /chủ trì|(?:Cơ quan|Đơn vị) thực hiện/iu,
  cooperating: /phối hợp/iu,
  deadline: /Thời (?:gian|hạn)|Tiến độ/iu,
  products: /Sản phẩm|Kết quả (?:đầu ra|dự kiến)|Hình thức (?:văn bản)?/iu,
};
/** Lines above a reader's first row searched for its column captions. */
const CAPTION_REACH = 25;

/** A line that can be a column caption: a cell of a pipe row, or a short line of its own (prose says "phối hợp" too). */
const captionCells = (line: string) => (line.includes('|') ? line.split('|') : line.trim().split(/\s+/u).length <= 6 ? [line] : []);

/**
 * The fields whose caption is printed as a column caption in the lines just above the first row of the
 * task's reader and appendix (table readers only), or as a label in the task's own lines.
 */
export function captionedFields(task: Task, tasks: Task[], lines: string[], table: boolean): Set<FieldName> {
  const first = tasks.find((t) => t.reader === task.reader && t.appendix === task.appendix) ?? task;
  const above = table
    ? lines
        .slice(Math.max(0, first.source.startLine - 1 - CAPTION_REACH), first.source.startLine - 1)
        .flatMap(captionCells)
        .join('\n')
    : '';
  const own = lines.slice(task.source.startLine - 1, task.source.endLine).join('\n');
  const found = new Set<FieldName>();
  for (const [field, caption] of Object.entries(CAPTION) as Array<[Exclude<FieldName, 'content'>, RegExp]>) {
    if (caption.test(above) || new RegExp(`(?:${caption.source})[^\n:]{0,30}:`, 'iu').test(own)) found.add(field);
  }
  return found;
}

/**
 * The field is empty, and the captions found (table header or the row's labels) name at least two
 * other fields but not this one; for an agency field, no agency name on the row was left unread (a
 * column the captions did not name, "Đơn vị cho ý kiến", may still hold agencies).
 */
function noColumn(f: Exclude<FieldName, 'content'>, task: Task, captioned: Set<FieldName>, mine: Own): boolean {
  if (captioned.size < 2 || captioned.has(f) || !isEmpty(task, f)) return false;
  return !((f === 'lead' || f === 'cooperating') && (mine[f]['row:unread-agency'] ?? 0) > 0);
}

/** Context features of each field of `task`, from every task's own evidence (`own`). */
export function contextFeatures(task: Task, tasks: Task[], lines: string[], table: boolean, own: (t: Task) => Own): Own {
  const captioned = captionedFields(task, tasks, lines, table);
  const mine = own(task);
  const oddFields = FIELDS.filter((f) => isOdd(f, mine[f]));
  const sameReader = tasks.filter((t) => t.reader === task.reader && t !== task);
  const oddShare = (f: FieldName | null) =>
    sameReader.length < 3
      ? 0
      : sameReader.filter((t) => (f === null ? FIELDS.some((g) => isOdd(g, own(t)[g])) : isOdd(f, own(t)[f]))).length / sameReader.length;
  const rowWide = {
    'task:out-of-sequence': outOfSequence(task, tasks) ? 1 : 0,
    'task:span-outlier': spanOutlier(task, tasks),
    'task:has-children': hasChildren(task, tasks) ? 1 : 0,
    'doc:odd-rows': oddShare(null),
  };
  const context = {} as Own;
  for (const f of FIELDS) {
    context[f] = {
      ...rowWide,
      // How many of the row's other fields look misread (two or more: 1).
      'row:odd-elsewhere': Math.min(1, oddFields.filter((g) => g !== f).length / 2),
      // Share of the reader's other rows in the document where this same field looks misread.
      'doc:odd-field': oddShare(f),
      // Left empty though the table prints a column for it (or the row a label): the reader lost that column.
      ...(f === 'content' ? {} : { [`${f}:empty-with-caption`]: captioned.has(f) && isEmpty(task, f) ? 1 : 0 }),
      // Left empty where the header (or the row's labels) names other fields and none for this one, and
      // no agency on the row went unread: the plan prints nothing for it (a base rate, not a doubt).
      ...(f === 'content' ? {} : { 'header:no-column': noColumn(f, task, captioned, mine) ? 1 : 0 }),
    };
  }
  return context;
}
