// Target-and-task tables (seed 004, "Phụ lục: Mục tiêu và nhiệm vụ … PAR INDEX"):
//   1. | CÔNG TÁC CHỈ ĐẠO …                       ← group heading
//   1.1 | Xây dựng Hệ thống …                     ← task title
//   - Mục tiêu: … đạt tối đa 0.5 điểm. Phòng Hành | các phòng    ← target, unit columns beside it
//   - Nhiệm vụ: Thường xuyên …                    ← the task
// A row is anchored on its "Mục tiêu" line; its number may be missing (the next
// in its group is assumed) and its unit and deadline cells are read from the
// side bits by vocabulary.
import type { VFile } from 'vfile';
import type { Cell, CellRole, Row } from '../../tree/types.js';
import type { LayoutLine } from '../../read/layout-line.js';
import { fold } from '../../vietnamese/fold.js';
import { splitSide } from './side-text.js';
import { closestName, findAgencies } from './agencies.js';
import { findDeadline } from '../../knowledge/deadlines/index.js';
import { dropJunkRuns } from './junk.js';

// "- Mục tiêu:", "- Myc tiéu:", "- Muyc tiéu: Luôn …"
const TARGET_LINE = /^-\s*m[uy]{1,2}c\s+tieu\s*:?\s*/u;
// "- Nhiệm vụ:", "- Nhiém vu: Thuong xuyén …"
const TASK_LINE = /^-\s*nhi[eê]m\s+v[uy]\s*:?\s*/u;
// "1.1 | Xây dựng …", "1.2. | Kiểm tra …", "2.2." (title on a later line)
const TASK_NUMBER = /^(\d{1,2}\.\d{1,2})\.?\s*\|?\s*(.*)$/u;
// "1. | CÔNG TÁC CHỈ ĐẠO …", or a heading in capitals whose number the OCR lost
const GROUP = /^(\d{1,2})\.\s*\|?\s*(.*)$/u;

/** Does this appendix read as a target-and-task table? */
export function isParTable(lines: LayoutLine[]): boolean {
  let targets = 0;
  for (const l of lines) {
    // Only lines starting with "-" are folded and tried.
    if (l.text.charCodeAt(0) === 0x2d && TARGET_LINE.test(fold(l.text)) && ++targets >= 2) return true;
  }
  return false;
}

interface Draft {
  ordinal: string;
  numbered: boolean;
  title: LayoutLine[];
  target: LayoutLine[];
  task: LayoutLine[];
  lines: LayoutLine[];
}

export function readParTable(lines: LayoutLine[], file: VFile): Row[] {
  const drafts: Draft[] = [];
  let group = 0;
  let inGroup = 0;
  let pending: { ordinal: string | null; title: LayoutLine[]; lines: LayoutLine[] } | null = null;
  let current: Draft | null = null;
  let part: 'target' | 'task' = 'target';

  for (const line of lines) {
    const folded = fold(line.text);
    const number = line.text.match(TASK_NUMBER);
    const heading = !number && line.text.match(GROUP);
    if (number) {
      pending = { ordinal: number[1]!, title: number[2] ? [{ ...line, text: number[2] }] : [], lines: [line] };
      current = null;
      continue;
    }
    if ((heading && mostlyCaps(heading[2]!)) || (!heading && mostlyCaps(line.text) && line.text.split(/\s+/u).length >= 4)) {
      group = heading ? Number(heading[1]) : group + 1;
      inGroup = 0;
      pending = { ordinal: null, title: [], lines: [] };
      current = null;
      continue;
    }
    if (TARGET_LINE.test(folded)) {
      if (!pending) pending = { ordinal: null, title: [], lines: [] };
      const ordinal = pending.ordinal ?? `${group}.${inGroup + 1}`;
      group = Number(ordinal.split('.')[0]);
      inGroup = Number(ordinal.split('.')[1]);
      current = {
        ordinal,
        numbered: pending.ordinal !== null,
        title: pending.title,
        target: [],
        task: [],
        lines: [...pending.lines, line],
      };
      drafts.push(current);
      pending = null;
      part = 'target';
      current.target.push(line);
      continue;
    }
    if (current) {
      if (TASK_LINE.test(folded)) part = 'task';
      current[part].push(line);
      current.lines.push(line);
    } else if (pending && line.text) {
      pending.title.push(line);
      pending.lines.push(line);
    } else if (pending) {
      pending.lines.push(line);
    }
  }
  const rows = drafts.map((draft) => toRow(draft, file));
  for (const role of ['lead', 'cooperating'] as const) guessUnread(role, rows, drafts, file);
  return rows;
}

/**
 * A unit cell the OCR garbled beyond reading is compared with the units this
 * same table names in that column elsewhere; the nearest by letter pairs is
 * taken, with a lower confidence and a diagnostic.
 */
function guessUnread(role: 'lead' | 'cooperating', rows: Row[], drafts: Draft[], file: VFile) {
  const known = [...new Set(rows.flatMap((r) => r.children.filter((c) => c.role === role).flatMap((c) => c.items)))];
  rows.forEach((row, index) => {
    if (row.children.some((c) => c.role === role)) return;
    const side = splitSide(drafts[index]!.lines).side.join(' ');
    if (!side.trim()) return;
    const guess = closestName(side, known);
    if (!guess) return;
    row.children.push(cell(role, [guess.name]));
    row.confidence = round(row.confidence * 0.7);
    file.message(`row ${row.ordinal}: ${role} cell garbled, taken as the nearest unit this table names: ${guess.name}`, {
      place: row.position,
      ruleId: 'ocr-cell-guessed',
      source: 'cchc-segment',
    });
  });
}

function toRow(draft: Draft, file: VFile): Row {
  const { side } = splitSide(draft.lines);
  const sideText = side.join(' | ');
  const textOf = (part: LayoutLine[]) =>
    dropJunkRuns(
      splitSide(part)
        .text.map((t) => t.text)
        .join(' '),
    );
  const title = textOf(draft.title).replace(/\s+/gu, ' ').trim();
  const target = labelled(textOf(draft.target), TARGET_LINE);
  const task = labelled(textOf(draft.task), TASK_LINE);
  const content = [title, target && `- Mục tiêu: ${target}`, task && `- Nhiệm vụ: ${task}`].filter(Boolean).join(' ');

  const agencies = findAgencies(sideText);
  const lead = agencies.filter((a) => !a.generic).slice(0, 1);
  const cooperating = agencies.filter((a) => a.generic);
  const deadline = findDeadline(sideText);

  const first = draft.lines[0]!.line;
  const last = draft.lines.filter((l) => l.text).at(-1)?.line ?? first;
  const position = { start: { line: first, column: 1 }, end: { line: last, column: 1 } };
  const missing: string[] = [];
  if (!lead.length) missing.push('lead');
  if (!cooperating.length) missing.push('cooperating');
  if (!deadline) missing.push('deadline');
  if (sideText.trim() && missing.length) {
    file.message(`row ${draft.ordinal}: ${missing.join(', ')} could not be read from the side columns`, {
      place: position,
      ruleId: 'ocr-cell-unread',
      source: 'cchc-segment',
    });
  }

  const children: Cell[] = [cell('content', [content])];
  if (target) children.push(cell('target', [target]));
  if (lead.length)
    children.push(
      cell(
        'lead',
        lead.map((a) => a.name),
      ),
    );
  if (cooperating.length)
    children.push(
      cell(
        'cooperating',
        cooperating.map((a) => a.name),
      ),
    );
  if (deadline) children.push(cell('deadline', [deadline]));
  const scores = agencies.map((a) => a.score);
  const confidence =
    (draft.numbered ? 0.5 : 0.35) + 0.5 * (scores.length ? Math.min(...scores) : sideText.trim() ? 0 : 1) * (missing.length ? 0.6 : 1);
  return { type: 'row', ordinal: draft.ordinal, confidence: round(confidence), children, position };
}

/** The text after its "- Mục tiêu:" label. */
function labelled(text: string, label: RegExp): string {
  const m = fold(text).match(label);
  return (m ? text.slice(m[0].length) : text).replace(/\s+/gu, ' ').trim();
}

const cell = (role: CellRole, items: string[]): Cell => ({ type: 'cell', role, items, text: items.join(' ').replace(/\s+/gu, ' ').trim() });
const round = (x: number) => Math.round(Math.min(1, x) * 100) / 100;

/** A heading in capitals, a few letters misread as small ("CAl CACH THU TyUC"). */
function mostlyCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  const upper = letters.replace(/[^\p{Lu}]/gu, '');
  return letters.length > 6 && upper.length / letters.length >= 0.85;
}
