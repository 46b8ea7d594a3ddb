// B3 — bare task bullets in a NHIỆM VỤ / GIẢI PHÁP section (LAYOUTS.md §8): no agency of their own.
//   III. NHIỆM VỤ VÀ GIẢI PHÁP
//   1. <area>
//   a) <task> …            ← a task; its dash sub-items stay in its content
//   - <task> …             ← a task
// `lead` stays empty rather than guessed.
import type { Row } from '../../tree/types.js';
import { fold } from '../fold.js';
import { descendants, isHeadingText, pathOf, type OutlineItem } from '../outline.js';
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
    return taskSections(context.outline).flatMap(bulletsOf).map((item) => {
      const content = [item.text, ...[...descendants(item)].map((d) => d.text)].join(' ');
      const end = Math.max(item.endLine, ...[...descendants(item)].map((d) => d.endLine));
      return row(NAME, { ordinal: pathOf(item), content, startLine: item.startLine, endLine: end });
    });
  },
};

/**
 * The headings whose title names tasks: a roman section, or a numbered part of one; where a
 * section and some of its parts both say so ("III. DỰ BÁO … VÀ GIẢI PHÁP" ⏎ "2. Các giải pháp"),
 * the parts, which say it of themselves.
 */
function taskSections(outline: OutlineItem[]): OutlineItem[] {
  const found: OutlineItem[] = [];
  const isHeading = (item: OutlineItem) => item.kind === 'roman' || (item.kind === 'number' && item.children.length > 0 && isHeadingText(item.text));
  const names = (item: OutlineItem) => TASK_TITLE.test(fold(item.text)) && !NOT_TASK_TITLE.test(fold(item.text));
  const walk = (items: OutlineItem[]) => {
    for (const item of items.filter(isHeading)) {
      const parts = item.children.filter((child) => isHeading(child) && names(child));
      if (parts.length) walk(parts);
      else if (names(item)) found.push(item);
      else walk(item.children);
    }
  };
  walk(outline);
  return found;
}

/** The task bullets below a section: lettered or dashed items, or numbered sentences with nothing below them. */
function bulletsOf(section: OutlineItem): OutlineItem[] {
  const out: OutlineItem[] = [];
  const walk = (items: OutlineItem[]) => {
    for (const item of items) {
      const bullet = item.kind === 'letter' || item.kind === 'dash' || item.kind === 'plus';
      const sentence = item.kind === 'number' && !item.children.length && !isHeadingText(item.text);
      if (bullet || sentence) out.push(item);
      else walk(item.children);
    }
  };
  walk(section.children);
  return out;
}
