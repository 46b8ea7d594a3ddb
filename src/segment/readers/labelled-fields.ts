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
import { anyOf, folded, LABEL_HEADS, LABEL_TAILS } from '../../knowledge/deadlines/index.js';
import { descendants, pathOf, sectionOf, type OutlineItem } from '../outline.js';
import { agencySubject } from './agency-subject.js';
import { cooperatingIn } from './cooperating.js';
import { row, type LayoutReader, type ReaderContext } from './reader.js';

const NAME = 'labelled-fields';

// Label vocabulary (folded), each with the field it fills.
const LABELS: Array<[RegExp, CellRole]> = [
  [/^(?:co quan|don vi|bo phan)\s+(?:chu tri|chiu trach nhiem)(?:\s+(?:thuc hien|tham muu thuc hien|tham muu))?$|^chu tri$/u, 'lead'],
  [/^(?:co quan|don vi|bo phan)\s+phoi hop(?:\s+thuc hien)?$|^phoi hop$/u, 'cooperating'],
  [/^(?:co quan|don vi|bo phan)\s+thuc hien$/u, 'other'],
  [new RegExp(`^(?:${anyOf(folded(LABEL_HEADS), ' ')})(?:\\s+(?:${anyOf(folded(LABEL_TAILS), ' ')}))?$`, 'u'), 'deadline'],
  [/^(?:san pham|ket qua)(?:\s+(?:du kien|dau ra|dat duoc))?$/u, 'products'],
  [/^(?:noi dung|nhiem vu)(?:\s+(?:thuc hien|chinh|cu the))?$/u, 'content'],
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
    const telling = groups.filter((g) => g.fields.some((f) => f.role === 'lead' || f.role === 'other' || f.role === 'content'));
    return Math.min(1, telling.length / 2);
  },
  read(context: ReaderContext): Row[] {
    return labelGroups(context.outline).map(({ head, fields }) => toRow(head, fields));
  },
};

interface Group {
  head: OutlineItem;
  fields: Field[];
}

function labelGroups(outline: OutlineItem[]): Group[] {
  const groups: Group[] = [];
  const walk = (parent: OutlineItem) => {
    let head: OutlineItem | null = null;
    let group: Group | null = null;
    for (const child of parent.children) {
      const fields = fieldsOf(child);
      if (fields) {
        if (!group) {
          group = { head: head ?? parent, fields: [] };
          groups.push(group);
        }
        group.fields.push(...fields);
        continue;
      }
      group = null;
      head = child;
      walk(child);
    }
  };
  for (const root of outline) {
    if (sectionOf(root) === 'targets' || sectionOf(root) === 'other') continue;
    walk(root);
  }
  return groups.filter((g) => (g.head.kind !== 'roman' && g.head.kind !== 'article') || g.fields.some((f) => f.role === 'content'));
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

function toRow(head: OutlineItem, fields: Field[]): Row {
  const value = (role: CellRole) => fields.filter((f) => f.role === role).map((f) => f.value);
  const contentField = value('content').join(' ');
  const title = head.kind === 'roman' || head.kind === 'article' ? '' : head.text.replace(/:$/u, '');
  let lead = value('lead');
  let cooperating = value('cooperating');
  // "Cơ quan thực hiện: X chủ trì, phối hợp với Y" — or only X, who then leads.
  for (const performer of value('other')) {
    const subject = agencySubject(performer);
    if (!lead.length) lead = [subject?.agency && subject.rest ? subject.agency : performer];
    if (!cooperating.length) cooperating = cooperatingIn(subject?.rest ?? '');
  }
  const all = [head, ...fields.map((f) => f.item)];
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
