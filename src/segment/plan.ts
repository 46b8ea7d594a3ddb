// The plan's body: numbered sections, the targets under "mục tiêu", and the task
// bullets "a) …" under each area of reform.
import type { Paragraph as ParagraphNode, Section, Target, TaskItem } from '../tree/types.js';
import type { Paragraph } from './paragraphs.js';
import { fold } from '../vietnamese/fold.js';
import { isAllCaps } from './casing.js';
import { REPORT_TITLE } from './outline.js';

// "II. NHIỆM VỤ VÀ GIẢI PHÁP"; OCR: "|. MỤC ĐÍCH", "I1. NỘI DUNG", "1V. …", "1. KINH PHÍ" for III
const ROMAN_HEADING = /^([IVX]{1,4})\.\s+(.+)$/u;
const OCR_ROMAN_HEADING = /^([IVX|l1]{1,4})\.\s+(.+)$/u;
// A stray mark the OCR put before a marker: "~1.6.", ", a)", "‘ b)"
const STRAY_LEAD = /^[~‘’',_]\s*(?=\S)/u;
// OCR'd bullet labels: "¢)" for c), "€)" for e)
const OCR_LABEL: Record<string, string> = { '¢': 'c', '€': 'e' };
const BULLET_ORDER = 'abcdđeghiklmn';
// "1.", "1.2.", "2.1 " — a numbered heading or item
const NUMBERED = /^(\d{1,2}(?:\.\d{1,2})*)\.?\s+(.+)$/u;
// "a) …", "đ) …"; OCR "¢) …", "d)vTriển khai" (no space)
const BULLET = /^([a-zđ¢€])\)\s*(.+)$/u;

const KIND_BY_TITLE: Array<[RegExp, Section['kind']]> = [
  // A report of what was done ("KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025") holds no tasks.
  [REPORT_TITLE, 'other'],
  // "CÁC CHỈ TIÊU, NHIỆM VỤ CHỦ YẾU" holds tasks; "Một số mục tiêu, chỉ tiêu cụ thể" targets.
  [/^(?!.*nhiem vu).*(muc tieu|chi tieu)/u, 'targets'],
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

  let romans = 0;
  let lastBullet = '';
  paras.forEach((original, index) => {
    const para = { ...original, text: original.text.replace(STRAY_LEAD, '') };
    const position = { start: { line: para.startLine, column: 1 }, end: { line: para.endLine, column: 1 } };
    const roman = para.text.match(ROMAN_HEADING) ?? ocrRoman(para.text, romans);
    if (roman && isAllCaps(roman[2]!)) {
      romans++;
      const label = ROMAN_HEADING.test(para.text) ? roman[1]! : (ROMAN_NUMERALS[romans - 1] ?? roman[1]!);
      open(section(label, roman[2]!, 1, position));
      return;
    }
    const numbered = para.text.match(NUMBERED);
    if (numbered) {
      const printed = numbered[1]!;
      const text = numbered[2]!;
      const label = ocrTargetLabel(printed, stack);
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
      const label = bulletLabel(bullet[1]!, lastBullet);
      lastBullet = label;
      attach({ type: 'taskItem', label, text: bullet[2]!.replace(/^[a-z](?=\p{Lu})/u, ''), position });
      return;
    }
    // OCR pages break paragraphs with blank lines: a piece that starts in lower case (or with an
    // acronym) after an item that did not end its sentence continues that item.
    const last = stack[stack.length - 1]?.children.at(-1);
    if (
      last &&
      (last.type === 'taskItem' || last.type === 'target') &&
      !/[.;:!?]$/u.test(last.text) &&
      /^(\p{Ll}|\p{Lu}{2,}\s)/u.test(para.text)
    ) {
      last.text = `${last.text} ${para.text}`;
      last.position!.end = position.end;
      return;
    }
    attach({ type: 'paragraph', text: para.text, position });
  });
  return roots;
}

const ROMAN_NUMERALS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

/**
 * A Roman heading as the OCR reads it ("|.", "I1.", "1V.", or "1." for III): only
 * in capitals, only once a first Roman heading opened the plan or the mark is
 * plainly not a number; it takes the next numeral in sequence.
 */
function ocrRoman(text: string, romans: number): RegExpMatchArray | null {
  const match = text.match(OCR_ROMAN_HEADING);
  if (!match || !isAllCaps(match[2]!)) return null;
  const mark = match[1]!;
  if (/^\d+$/u.test(mark) && romans === 0) return null;
  return match;
}

/** "11" under "1. Mục tiêu" between targets "1.x" is "1.1" with its dot lost. */
function ocrTargetLabel(printed: string, stack: Section[]): string {
  const parent = stack[stack.length - 1];
  if (parent?.kind === 'targets' && /^\d\d$/u.test(printed) && printed[0] === parent.label) return `${printed[0]}.${printed[1]}`;
  return printed;
}

/** The bullet label, OCR slips undone: "¢" is c, a second "d" after d is đ, a "đ" after c is d (restoration's guess). */
function bulletLabel(printed: string, previous: string): string {
  const label = OCR_LABEL[printed] ?? printed;
  const expected = BULLET_ORDER[BULLET_ORDER.indexOf(previous) + 1];
  if (previous && label === previous && expected) return expected;
  if ((label === 'd' || label === 'đ') && (expected === 'd' || expected === 'đ')) return expected;
  return label;
}

function section(label: string, title: string, depth: number, position: Section['position']): Section {
  const folded = fold(title);
  const kind = KIND_BY_TITLE.find(([pattern]) => pattern.test(folded))?.[1] ?? 'other';
  return { type: 'section', label, title: title.trim(), depth, kind, children: [], position: structuredClone(position) };
}

/** A numbered line is a heading when it is short, not a sentence, and bold or followed by deeper items. */
function isHeading(para: Paragraph, text: string, next: Paragraph | undefined): boolean {
  const words = text.split(/\s+/u).length;
  if (words > 20 || /[.;]$/u.test(text)) return false;
  if (para.emphasis) return true;
  const nextLabel = next?.text.match(NUMBERED)?.[1];
  const label = para.text.match(NUMBERED)?.[1] ?? '';
  // OCR: "11 Tiếp tục …" under "1. Một số mục tiêu" is 1.1 with its dot lost.
  const nextIsChild = Boolean(
    nextLabel &&
    (nextLabel.startsWith(`${label}.`) || (/^\d\d$/u.test(nextLabel) && nextLabel[0] === label && /muc tieu|chi tieu/u.test(fold(text)))),
  );
  return nextIsChild || Boolean(next && BULLET.test(next.text.replace(STRAY_LEAD, '')));
}
