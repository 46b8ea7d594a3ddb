// B2 — responsibilities grouped under agency headings (LAYOUTS.md §7), the commonest family:
//   V. TỔ CHỨC THỰC HIỆN
//   1. Sở Nội vụ:                      ← the lead of every task below it
//   - Chủ trì, phối hợp với Y <task>   ← a task; Y cooperates
//   2. Sở Tài chính: <task inline>     ← a task
//   3. Đề nghị <organisation> <request>
//   4. Bộ Tư pháp chủ trì, phối hợp với Y <task>   ← prose: the sentence's subject leads
// A body with no section headings (no roman part, no article: a directive, a telegram, whose
// "… yêu cầu:" opens a numbered list) assigns in its numbered items: where no heading says what a
// numbered item holds, it is read as an assignments section's. What stands before the first number
// (the addressees of a telegram, the preamble) is not.
import type { Row } from '../../tree/types.js';
import { descendants, pathOf, sectionOf, type OutlineItem } from '../outline.js';
import { agencySubject, type AgencySubject } from './agency-subject.js';
import { cooperatingIn } from './cooperating.js';
import { deadlineIn, isLabelledDeadlineLine, labelledDeadline } from '../../knowledge/deadlines/index.js';
import { row, type LayoutReader, type ReaderContext } from './reader.js';

const NAME = 'agency-headings';

export const agencyHeadings: LayoutReader = {
  name: NAME,
  family: 'B2',
  recognise(context) {
    const unsectioned = isUnsectioned(context.outline);
    const headings = context.outline.flatMap((root) => [root, ...descendants(root)]).filter((item) => isAgencyHeading(item, unsectioned));
    return Math.min(1, headings.length / 3);
  },
  read(context: ReaderContext): Row[] {
    const rows: Row[] = [];
    const unsectioned = isUnsectioned(context.outline);
    const walk = (items: OutlineItem[]) => {
      for (const item of items) {
        const subject = isAgencyHeading(item, unsectioned) ? agencySubject(item.text, headsBullets(item)) : null;
        if (subject) rows.push(...tasksOf(item, subject, []));
        else walk(item.children);
      }
    };
    walk(context.outline);
    return rows;
  },
};

/**
 * An agency heading: in an assignments section, any item its agency opens ("1. Sở X: …",
 * "Bộ Y chủ trì, …"); in a task section, a heading that is only a name with bullets under it
 * ("II. NỘI DUNG THỰC HIỆN" ⏎ "1. Sở Y tế" ⏎ "a) Chủ trì …"), a lead-in that names its agency
 * and ends in a colon over bullets ("c) Bộ Tài chính chủ trì, phối hợp với Y:" ⏎ "- …"), or a
 * point whose sentence has an agency for subject ("c) Bộ Quốc phòng chỉ đạo các quân khu …").
 */
function isAgencyHeading(item: OutlineItem, unsectioned: boolean): boolean {
  if (item.kind === 'roman' || item.kind === 'article') return false;
  const section = sectionOf(item) ?? (unsectioned && withinNumber(item) ? 'assignments' : null);
  if (section !== 'assignments' && section !== 'tasks') return false;
  const subject = agencySubject(item.text, headsBullets(item));
  if (!subject) return false;
  if (section === 'assignments' || (!subject.rest && headsBullets(item))) return true;
  if (headsBullets(item)) return subject.colon && /:$/u.test(item.text.trim());
  // Only a point (lettered or dashed): a numbered paragraph of an article ("Điều 2. Nhiệm vụ …" ⏎
  // "1. Ban Quản lý thực hiện …") states a body's standing duties, as a regulation does.
  return POINT.has(item.kind) && Boolean(subject.rest) && !subject.colon;
}

const POINT = new Set<OutlineItem['kind']>(['letter', 'dash', 'plus']);

/** The body has no roman part and no article. */
const isUnsectioned = (outline: OutlineItem[]) =>
  outline.every(
    (root) =>
      root.kind !== 'roman' && [root, ...descendants(root)].every((item) => item.kind !== 'article' && !ARTICLE_ALONE.test(item.text)),
  );
// "Điều 2." alone on its line, or "Điều" alone with its number wrapped to the next ("Điều" ⏎ "2. Giao …").
const ARTICLE_ALONE = /^Điều(?:\s+\d{1,3}\s*[.:]|\s*$)/u;

function withinNumber(item: OutlineItem): boolean {
  for (let at: OutlineItem | null = item; at; at = at.parent) if (at.kind === 'number') return true;
  return false;
}

const headsBullets = (item: OutlineItem) => item.children.some((child) => child.kind !== 'none');

/** The tasks an agency heading gives: its bullets, its inline text, or its own sentence. */
function tasksOf(item: OutlineItem, subject: AgencySubject, inherited: string[]): Row[] {
  const cooperating = [...inherited, ...cooperatingIn(subject.rest)];
  // A labelled deadline line is its task's field; a task whose sentence ends with one stays a task.
  const children = item.children.filter((child) => !isLabelledDeadlineLine(child.text));
  // "Ủy ban nhân dân các tỉnh có huyện …: xây dựng …" — an unmarked paragraph that names its own agency is its own task.
  const ownAgency = (child: OutlineItem) => {
    const own = child.kind === 'none' ? agencySubject(child.text) : null;
    return own?.colon && own.rest ? own : null;
  };
  const others = children.filter((child) => ownAgency(child));
  const bullets = children.filter((child) => !ownAgency(child));
  const elsewhere = others.flatMap((child) => tasksOf(child, ownAgency(child)!, []));
  // Unmarked paragraphs under a heading are one task with it: the heading's sentence and what goes on below it.
  if (bullets.every((child) => child.kind === 'none')) {
    const own = subject.colon ? subject.rest : subject.rest ? item.text : '';
    const content = [own, ...bullets.flatMap((child) => [child.text, ...[...descendants(child)].map((d) => d.text)])]
      .filter(Boolean)
      .join(' ');
    if (!content) return elsewhere;
    const said = cooperatingIn(own || content);
    // The matter a notice answers ("Về … giải ngân trong năm 2025 …: giao …") says no time of the task's.
    const timed = subject.topic && content.startsWith(subject.topic) ? content.slice(subject.topic.length) : content;
    return [task(item, content, subject.agency, said.length ? said : cooperating, deadlineOf(item, timed), bullets), ...elsewhere];
  }
  let shared = cooperating;
  return bullets
    .flatMap((child, index): Row[] => {
      const nested = child.children.length || /:$/u.test(child.text) ? agencySubject(child.text, headsBullets(child)) : null;
      if (nested) return tasksOf(child, nested, []);
      // A lead-in ending in a colon ("Chủ trì, phối hợp với Y tham mưu …:") says who cooperates on the bullets below it.
      if (child.kind === 'none' && /:$/u.test(child.text) && bullets.slice(index + 1).some((b) => b.kind !== 'none')) {
        shared = [...cooperating, ...cooperatingIn(child.text)];
        return [];
      }
      const content = [child.text, ...[...descendants(child)].map((d) => d.text)].join(' ');
      const own = cooperatingIn(child.text);
      return [task(child, content, subject.agency, own.length ? own : shared, deadlineOf(child))];
    })
    .concat(elsewhere);
}

/**
 * A labelled time line right after the task ("Thời gian thực hiện: …"), else a time phrase in it:
 * in its own line, or in the whole `content` where the task is a heading and the paragraphs below it.
 */
function deadlineOf(item: OutlineItem, content = item.text): string | null {
  const siblings = item.parent?.children ?? [];
  const next = siblings[siblings.indexOf(item) + 1];
  const labelled = next ? labelledDeadline(next.text) : null;
  return labelled ?? item.children.map((c) => labelledDeadline(c.text)).find(Boolean) ?? deadlineIn(content);
}

function task(
  item: OutlineItem,
  content: string,
  lead: string,
  cooperating: string[],
  deadline: string | null,
  within: OutlineItem[] = [...descendants(item)],
): Row {
  const end = Math.max(item.endLine, ...within.flatMap((child) => [child, ...descendants(child)]).map((d) => d.endLine));
  return row(NAME, { ordinal: pathOf(item), content, lead: [lead], cooperating, deadline, startLine: item.startLine, endLine: end });
}
