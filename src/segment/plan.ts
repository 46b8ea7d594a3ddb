// The plan's body: numbered sections, the targets under "mục tiêu", and the task
// bullets "a) …" under each area of reform.
import type { Paragraph as ParagraphNode, Section, Target, TaskItem } from '../tree/types.js';
import type { Paragraph } from './paragraphs.js';
import { fold } from './fold.js';
import { isAllCaps } from './casing.js';

// "II. NHIỆM VỤ VÀ GIẢI PHÁP"
const ROMAN_HEADING = /^([IVX]{1,4})\.\s+(.+)$/u;
// "1.", "1.2.", "2.1 " — a numbered heading or item
const NUMBERED = /^(\d{1,2}(?:\.\d{1,2})*)\.?\s+(.+)$/u;
// "a) …", "đ) …"
const BULLET = /^([a-zđ])\)\s+(.+)$/u;

const KIND_BY_TITLE: Array<[RegExp, Section['kind']]> = [
  [/muc tieu|chi tieu/u, 'targets'],
  [/muc dich|yeu cau/u, 'purpose'],
  [/kinh phi/u, 'funding'],
  [/to chuc thuc hien|trach nhiem/u, 'responsibilities'],
  [/nhiem vu|giai phap|cai cach|xay dung|hien dai hoa|chinh quyen/u, 'tasks'],
];

export function readPlan(paras: Paragraph[]): Section[] {
  const roots: Section[] = [];
  const stack: Section[] = [];
  const open = (section: Section) => {
    while (stack.length && stack[stack.length - 1]!.depth >= section.depth) stack.pop();
    (stack.length ? stack[stack.length - 1]!.children : roots).push(section);
    stack.push(section);
  };
  const attach = (node: Target | TaskItem | ParagraphNode) => {
    const parent = stack[stack.length - 1];
    if (parent) {
      parent.children.push(node);
      parent.position!.end = node.position!.end;
    }
  };

  paras.forEach((para, index) => {
    const position = { start: { line: para.startLine, column: 1 }, end: { line: para.endLine, column: 1 } };
    const roman = para.text.match(ROMAN_HEADING);
    if (roman && isAllCaps(roman[2]!)) {
      open(section(roman[1]!, roman[2]!, 1, position));
      return;
    }
    const numbered = para.text.match(NUMBERED);
    if (numbered) {
      const [, label, text] = numbered as unknown as [string, string, string];
      const depth = 1 + label.split('.').length;
      const next = paras[index + 1];
      if (isHeading(para, text, next)) {
        open(section(label, text, depth, position));
        return;
      }
      const inTargets = stack.some((s) => s.kind === 'targets');
      attach(inTargets ? { type: 'target', id: label, text, position } : { type: 'paragraph', text: para.text, position });
      return;
    }
    const bullet = para.text.match(BULLET);
    if (bullet && stack.some((s) => s.kind === 'tasks')) {
      attach({ type: 'taskItem', label: bullet[1]!, text: bullet[2]!, position });
      return;
    }
    attach({ type: 'paragraph', text: para.text, position });
  });
  return roots;
}

function section(label: string, title: string, depth: number, position: Section['position']): Section {
  const folded = fold(title);
  const kind = KIND_BY_TITLE.find(([pattern]) => pattern.test(folded))?.[1] ?? 'other';
  return { type: 'section', label, title: title.trim(), depth, kind, children: [], position: structuredClone(position) };
}

/** A numbered line is a heading when it is short, not a sentence, and bold or followed by deeper items. */
function isHeading(para: Paragraph, text: string, next: Paragraph | undefined): boolean {
  const words = text.split(/\s+/u).length;
  if (words > 16 || /[.;]$/u.test(text)) return false;
  if (para.emphasis) return true;
  const nextLabel = next?.text.match(NUMBERED)?.[1];
  const label = para.text.match(NUMBERED)?.[1] ?? '';
  return Boolean(nextLabel && nextLabel.startsWith(`${label}.`)) || Boolean(next && BULLET.test(next.text));
}
