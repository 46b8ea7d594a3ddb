// B1 — body items with labelled fields (LAYOUTS.md §6):
//   1. <task title>
//   - Nội dung thực hiện: <text>
//   - Cơ quan chủ trì: <Agency>            | "- Cơ quan thực hiện: <X> chủ trì, phối hợp với <Y>"
//   - Cơ quan phối hợp: <Agency>, …
//   - Thời gian thực hiện: <deadline>
// A run of label items is one task's fields; the task is the nearest unlabelled item above the
// run among its siblings, else their parent. A label with nothing after its colon takes the
// labelled items below it ("b) Cơ quan thực hiện:" ⏎ "- Đơn vị chủ trì: …").
import type { CellRole, Row } from '../../tree/types.js';
import { fold } from '../../vietnamese/fold.js';
import { anyOf, COLUMN_HEADS, folded, LABEL_TAILS } from '../../knowledge/deadlines/index.js';
import { descendants, pathOf, sectionOf, type OutlineItem } from '../outline.js';
import { startsWithHead } from '../../knowledge/agencies/index.js';
import { agencySubject } from './agency-subject.js';
import { cooperatingIn } from './cooperating.js';
import { row, type LayoutReader, type ReaderContext } from './reader.js';

const NAME = 'labelled-fields';

// Label vocabulary (folded), each with the field it fills. Who: "Cơ quan chủ trì", "Cơ quan, đơn
// vị chủ trì thực hiện", "Chủ trì thực hiện", "Đơn vị thực hiện", "Trách nhiệm thực hiện"; when:
// "Thời gian/Thời hạn/Tiến độ [thực hiện|hoàn thành]"; what: "Nội dung", "Nhiệm vụ"; "Sản phẩm".
const WHO = '(?:(?:co quan|don vi|bo phan|to chuc)(?:\\s*[,/]\\s*(?:co quan|don vi|to chuc|bo phan))?\\s+)?';
const DUTY = '(?:\\s+(?:thuc hien|tham muu(?: thuc hien)?|trien khai|xay dung))?';
const LABELS: Array<[RegExp, CellRole]> = [
  [new RegExp(`^${WHO}(?:chu tri|chiu trach nhiem(?: chinh)?)${DUTY}$`, 'u'), 'lead'],
  [new RegExp(`^${WHO}phoi hop${DUTY}$`, 'u'), 'cooperating'],
  [
    new RegExp(
      `^(?:(?:co quan|don vi|bo phan|to chuc)(?:\\s*[,/]\\s*(?:co quan|don vi|to chuc|bo phan))?\\s+(?:thuc hien|trien khai)|trach nhiem thuc hien)$`,
      'u',
    ),
    'other',
  ],
  [new RegExp(`^(?:${anyOf(folded(COLUMN_HEADS), ' ')})(?:\\s+(?:${anyOf(folded(LABEL_TAILS), ' ')}))?$`, 'u'), 'deadline'],
  [/^(?:san pham|ket qua)(?:\s+(?:du kien|dau ra|dat duoc|chu yeu))?$/u, 'products'],
  [/^(?:noi dung|nhiem vu)(?:\s+(?:thuc hien|chinh|cu the|cong viec))?$/u, 'content'],
];
const LABEL = /^(?<label>[^:]{3,45}?)\s*:\s*(?<value>.*)$/u;

interface Field {
  role: CellRole;
  value: string;
  item: OutlineItem;
}

export const labelledFields: LayoutReader = {
  name: NAME,
  family: 'B1',
  recognise(context) {
    const groups = labelGroups(context.outline);
    // Time alone is said of a whole plan too; a group that names who does it or what is done is this family.
    // Who: a value that names an agency ("Mức tối đa 200.000 đồng" under "chủ trì" names no one).
    // One such group alone is a stray in a law or a procedure; a plan of this family has several.
    // A group with only its time counts half: a schedule of several items is this family too.
    const telling = groups.filter((g) =>
      g.fields.some((f) => ((f.role === 'lead' || f.role === 'other') && namesAgency(f.value)) || f.role === 'content'),
    );
    // … unless an agency heading above it says who: then it is a timed bullet of B2's ("1.2. Sở Tài chính" ⏎ "- <task>" ⏎ "Thời gian thực hiện: …").
    const timed = groups.filter((g) => !telling.includes(g) && g.fields.some((f) => f.role === 'deadline') && !underAgency(g.head));
    const weight = telling.length + timed.length / 2;
    return weight < 2 ? 0 : Math.min(1, weight / 3);
  },
  read(context: ReaderContext): Row[] {
    return labelGroups(context.outline).map(({ head, points, fields }) => toRow(head, points, fields));
  },
};

interface Group {
  head: OutlineItem;
  /** The points below or beside the head that the group's fields are about. */
  points: OutlineItem[];
  fields: Field[];
}

function labelGroups(outline: OutlineItem[]): Group[] {
  const groups: Group[] = [];
  const walk = (parent: OutlineItem) => {
    // The unlabelled items since the last label group: the task is the one just above the group,
    // unless several of its kind stand there ("3. <title>" ⏎ "- <point>" ⏎ "- <point>" ⏎ labels:
    // the points are the title's, and the title is the task).
    let since: OutlineItem[] = [];
    let group: Group | null = null;
    for (const child of parent.children) {
      const fields = fieldsOf(child);
      // A field of no task role ("Thành phần:", "Địa điểm:") between a group's fields keeps the group open.
      if (fields || (group && isAsideField(child))) {
        // "+ Nội dung: …" ⏎ "+ Cơ quan chủ trì: …" ⏎ "+ Nội dung: …": a field said again opens the next task under the same head.
        if (group && fields?.some((f) => REPEATS.has(f.role) && group!.fields.some((g) => g.role === f.role))) group = null;
        if (!group) {
          group = { ...headOf(parent, since, !groups.some((g) => g.head === parent || g.head.parent === parent)), fields: [] };
          groups.push(group);
        }
        group.fields.push(...(fields ?? []));
        continue;
      }
      if (group) since = [];
      group = null;
      since.push(child);
      walk(child);
    }
  };
  for (const root of outline) {
    if (sectionOf(root) === 'targets' || sectionOf(root) === 'other') continue;
    walk(root);
  }
  return groups.filter(
    (g) => ((g.head.kind !== 'roman' && g.head.kind !== 'article') || g.fields.some((f) => f.role === 'content')) && !isProcedure(g),
  );
}

// The fields a task states once: a second one is the next task's.
const REPEATS = new Set<CellRole>(['content', 'lead', 'other']);

const namesAgency = (value: string) => {
  const words = value.split(/\s+/u);
  return words.some((_, i) => startsWithHead(words.slice(i, i + 4).join(' ')));
};

function underAgency(item: OutlineItem): boolean {
  for (let at: OutlineItem | null = item; at && at.kind !== 'roman' && at.kind !== 'article'; at = at.parent) {
    if (at.kind !== 'none' && agencySubject(at.text)) return true;
  }
  return false;
}

/**
 * The task a label group belongs to, and the points that are its text: the item just above the
 * group; or, where several points of one kind stand there, the numbered item over them (its first
 * group: "3. <title>" ⏎ "- <point>" ⏎ "- <point>" ⏎ labels) or the first of them (a later group),
 * with the points as the task's text.
 */
function headOf(parent: OutlineItem, since: OutlineItem[], first: boolean): { head: OutlineItem; points: OutlineItem[] } {
  const nearest = since.at(-1);
  if (!nearest) return { head: parent, points: [] };
  const points = since.filter((item) => item.kind === nearest.kind);
  if (points.length < 2 || nearest.kind === 'none' || parent.kind === 'roman' || parent.kind === 'article')
    return { head: nearest, points: [] };
  return first ? { head: parent, points } : { head: points[0]!, points: points.slice(1) };
}

// A field label of no task role: a short name before a colon, not an agency ("Sở Y tế: …").
const ASIDE_LABEL = /^(?<label>\p{Lu}[^:]{2,30}?)\s*:\s*\S/u;
function isAsideField(item: OutlineItem): boolean {
  const label = item.text.match(ASIDE_LABEL)?.groups?.label;
  return Boolean(label && label.split(/\s+/u).length <= 4 && !startsWithHead(label));
}

// An administrative procedure's card ("Trình tự thực hiện", "Thành phần hồ sơ", "Thời hạn giải
// quyết", "Cơ quan thực hiện: Sở Y tế") has the fields of a task and is none: what a citizen files.
const PROCEDURE =
  /^(?:trinh tu thuc hien|cach thuc thuc hien|thanh phan,? (?:so luong )?ho so|so luong ho so|thoi han giai quyet|doi tuong thuc hien|ket qua (?:giai quyet|thuc hien) thu tuc|(?:phi|le phi|phi, le phi)\s*:|can cu phap ly|yeu cau,? dieu kien|dia diem tiep nhan|co quan co tham quyen)/u;
function isProcedure(group: Group): boolean {
  const parent = group.head.parent;
  const near = [group.head, ...group.head.children, ...(parent?.children ?? []), ...group.fields.map((f) => f.item)];
  return near.some((item) => PROCEDURE.test(fold(item.text)));
}

/** The fields an item states: its own label, or, for a label with no value, the labels below it. */
function fieldsOf(item: OutlineItem): Field[] | null {
  const match = item.text.match(LABEL);
  const role = match?.groups ? LABELS.find(([pattern]) => pattern.test(fold(match.groups!.label!)))?.[1] : undefined;
  if (!role || !match?.groups) return null;
  const below = item.children.flatMap((child) => fieldsOf(child) ?? []);
  const value = [match.groups.value!, ...(below.length ? [] : [...descendants(item)].map((d) => d.text))].join(' ').trim();
  return [...(value ? [{ role, value, item }] : []), ...below];
}

function toRow(head: OutlineItem, points: OutlineItem[], fields: Field[]): Row {
  const value = (role: CellRole) => fields.filter((f) => f.role === role).map((f) => f.value);
  const contentField = value('content').join(' ');
  const said = [
    head.kind === 'roman' || head.kind === 'article' ? '' : head.text.replace(/:$/u, ''),
    ...points.flatMap((p) => [p.text, ...[...descendants(p)].map((d) => d.text)]),
  ];
  const title = said.filter(Boolean).join(' ');
  let lead = value('lead');
  let cooperating = value('cooperating');
  // "Cơ quan thực hiện: X chủ trì, phối hợp với Y" — or only X, who then leads.
  for (const performer of value('other')) {
    const subject = agencySubject(performer);
    if (!lead.length) lead = [subject?.agency && subject.rest ? subject.agency : performer];
    if (!cooperating.length) cooperating = cooperatingIn(subject?.rest ?? '');
  }
  const all = [head, ...points, ...fields.map((f) => f.item)];
  return row(NAME, {
    ordinal: pathOf(head),
    content: title && contentField ? `${title}: ${contentField}` : title || contentField,
    lead,
    cooperating,
    deadline: value('deadline').join(' ') || null,
    products: value('products'),
    startLine: Math.min(...all.map((i) => i.startLine)),
    endLine: Math.max(...all.map((i) => i.endLine)),
  });
}
