// B3 — bare task bullets in a NHIỆM VỤ / GIẢI PHÁP section (LAYOUTS.md §8): no agency of their own.
//   III. NHIỆM VỤ VÀ GIẢI PHÁP
//   1. <area>
//   a) <task> …            ← a task; its dash sub-items stay in its content
//   - <task> …             ← a task
// `lead` stays empty rather than guessed.
import type { Row } from '../../tree/types.js';
import { fold } from '../../vietnamese/fold.js';
import { descendants, isHeadingText, pathOf, sectionKind, type OutlineItem } from '../outline.js';
import { row, type LayoutReader, type ReaderContext } from './reader.js';

const NAME = 'bare-bullets';
// The sections whose bullets are tasks: what the plan says it will do.
const TASK_TITLE = /nhiem vu|giai phap/u;
// … but not the assignments (B2's), nor a review of what was done ("TÌNH HÌNH THỰC HIỆN NHIỆM VỤ …").
const NOT_TASK_TITLE = /phan cong|trach nhiem|nhiem vu cu the|^(?:tinh hinh|ket qua|danh gia|boi canh)/u;

export const bareBullets: LayoutReader = {
  name: NAME,
  family: 'B3',
  recognise(context) {
    return Math.min(1, taskSections(context.outline).flatMap(bulletsOf).length / 3);
  },
  read(context: ReaderContext): Row[] {
    return taskSections(context.outline)
      .flatMap(bulletsOf)
      .map((item) => {
        // A titled part carrying prose: its prose is the task, not its title.
        const own = isProsePart(item) && isHeadingText(item.text) ? [] : [item.text];
        const content = [...own, ...[...descendants(item)].map((d) => d.text)].join(' ');
        const end = Math.max(item.endLine, ...[...descendants(item)].map((d) => d.endLine));
        return row(NAME, { ordinal: pathOf(item), content, startLine: item.startLine, endLine: end });
      });
  },
};

/** The roman sections whose title names tasks (not the assignments: they are B2's). */
function taskSections(outline: OutlineItem[]): OutlineItem[] {
  return outline.filter((item) => item.kind === 'roman' && TASK_TITLE.test(fold(item.text)) && !NOT_TASK_TITLE.test(fold(item.text)));
}

/** The task bullets below a section: lettered or dashed items, or numbered sentences with nothing below them. */
function bulletsOf(section: OutlineItem): OutlineItem[] {
  const out: OutlineItem[] = [];
  const walk = (items: OutlineItem[]) => {
    for (const item of items) {
      // A part that says it holds no tasks ("1. Dự báo …", "2. Mục tiêu") is passed over.
      if (item.kind === 'number' && item.children.length && isHeadingText(item.text) && isNotTasks(item.text)) continue;
      const bullet = item.kind === 'letter' || item.kind === 'dash' || item.kind === 'plus';
      const sentence = item.kind === 'number' && !item.children.length && !isHeadingText(item.text);
      if (bullet || sentence || isProsePart(item)) out.push(item);
      else walk(item.children);
    }
  };
  walk(section.children);
  return out;
}

// A task section's funding part ("6. Bảo đảm kinh phí") assigns duties like its other parts: a plan
// that also prints its tasks as a table lists those points among the table's rows (the Chính phủ số
// programme, corpus:tnt/2edf5927c71bc4c1, III.8 = Phụ lục II row VIII; corpus:tnt/74e2ddc7b11340da III.6).
const FUNDING_PART = /kinh phi/u;

const isNotTasks = (title: string) => {
  const kind = sectionKind(title);
  if (kind === 'other' && FUNDING_PART.test(fold(title))) return false;
  return kind === 'other' || kind === 'targets' || NOT_TASK_TITLE.test(fold(title));
};

/**
 * A numbered part whose duty is prose, not points: "4.1. <title>" ⏎ "<one paragraph>", or a paragraph
 * that ends "như:" ⏎ "- <example>": every dash below it hangs from a paragraph ending in a colon.
 * Lettered points after a lead-in ("a)", "b)") are tasks of their own, and the part is not prose.
 */
function isProsePart(item: OutlineItem): boolean {
  if (item.kind !== 'number' || !item.children.length || item.children[0]!.kind !== 'none') return false;
  let leadIn = false;
  for (const child of item.children) {
    if (child.kind === 'none') leadIn = /:$/u.test(child.text.trim());
    else if (!leadIn || (child.kind !== 'dash' && child.kind !== 'plus')) return false;
  }
  return true;
}
