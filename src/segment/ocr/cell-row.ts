// A task row from its cells' text, as an OCR'd table reader cut them: the content, the lead as
// printed when it reads as words (respelled as agency names spell their words), else the agency
// the gazetteer finds in it whole, less sure, else left out; cooperating and products as list
// items; the deadline as printed, or found in the task text. Each guess leaves a diagnostic.
import type { VFile } from 'vfile';
import type { Cell, CellRole, Row } from '../../tree/types.js';
import type { LayoutLine } from '../../read/layout-line.js';
import type { Column } from './ruled-header.js';
import { findDeadlines, withoutNextCell } from '../../knowledge/deadlines/index.js';
import { findAgencies } from './agencies.js';
import { dropJunkRuns } from './junk.js';
import { ocrTokens } from './text.js';
import { syllableKeys } from '../../vietnamese/index.js';
import { respellAgencyWords } from './agency-spelling.js';
import { leadGoingOn } from './lead-going-on.js';

/** A row whose agency cell was respelled to the names' spelling is this much less sure. */
const RESPELLED = 0.95;
/** A row whose lead cell took back lines read as the cooperating cell's is this much less sure. */
const GONE_ON = 0.9;
/** Below this share of readable syllables a lead cell is not given as read. */
const READABLE_LEAD = 0.6;

export interface CellRowDraft {
  ordinal: string;
  /** Found by its own number. */
  numbered: boolean;
  lines: LayoutLine[];
}

const joinParts = (parts: string[]) =>
  parts
    .join(' ')
    // A word the column's edge broke: "thực hi- ện" is rare in Vietnamese; stray rule marks are not.
    .replace(/[|[\]{}_~]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();

/** Share of a text's words that are Vietnamese syllables (OCR slips undone), numbers and acronyms aside. */
export function readable(text: string): number {
  const words = ocrTokens(text).filter((w) => /\p{L}/u.test(w));
  if (!words.length) return 0;
  const keys = syllableKeys();
  return words.filter((w) => keys.has(w)).length / words.length;
}

export function rowOfCells(label: string, draft: CellRowDraft, columns: Column[], cut: Map<Column, string[]>, file: VFile): Row {
  let parts = cut;
  const text = (c: Column) => joinParts(parts.get(c) ?? []);
  const content = dropJunkRuns(text('content').replace(/^[-–.,:;\s]+/u, ''));
  const first = draft.lines[0]!.line;
  const last = draft.lines.at(-1)!.line;
  const position = { start: { line: first, column: 1 }, end: { line: last, column: 1 } };
  let confidence = draft.numbered ? 0.8 : 0.65;

  // The lead as printed when it reads as words; else the agency the gazetteer finds in it
  // whole, less sure; else left out: a garbled lead is never guessed. Each with a note.
  const row = `Phụ lục ${label}, row ${draft.ordinal}`;
  const respelled = (role: 'lead' | 'cooperating', raw: string): string => {
    const { text: spelled, changes } = respellAgencyWords(raw);
    if (changes.length) confidence *= RESPELLED;
    if (changes.length)
      file.message(`${row}: ${role} ${changes.map((c) => `"${c.from}" → "${c.to}"`).join(', ')}, as agency names spell them`, {
        place: position,
        ruleId: 'ocr-agency-respelled',
        source: 'cchc-segment',
      });
    return spelled;
  };
  // A lead cell whose wrapped lines the cutter gave to the cooperating cell takes them back.
  const going = leadGoingOn(parts.get('lead') ?? [], parts.get('cooperating') ?? []);
  if (going.moved) {
    parts = new Map(parts).set('lead', going.lead).set('cooperating', going.cooperating);
    confidence *= GONE_ON;
    file.message(`${row}: lead "${joinParts(going.lead)}" goes on past its first lines, which were read as the cooperating cell's`, {
      place: position,
      ruleId: 'ocr-lead-uncertain',
      source: 'cchc-segment',
    });
  }
  const leadText = respelled('lead', text('lead').replace(/^[-–\s]+|[.,;:\s]+$/gu, ''));
  const place = { place: position, ruleId: 'ocr-lead-uncertain', source: 'cchc-segment' };
  const missing: string[] = [];
  let lead: string[] = [];
  if (leadText && readable(leadText) >= READABLE_LEAD) lead = [leadText];
  else if (leadText) {
    const known = findAgencies(leadText).filter((a) => a.score >= 0.9);
    if (known.length) {
      lead = known.map((a) => a.name);
      confidence *= 0.8;
      file.message(`${row}: lead ${lead.join(', ')} read from "${leadText}": it may be another body`, place);
    } else {
      confidence *= 0.6;
      file.message(`${row}: lead "${leadText}" unreadable: left out`, place);
    }
  } else missing.push('lead');

  const cooperating = splitItems(respelled('cooperating', text('cooperating')));
  const products = splitItems(text('products'));
  const deadlineText = withoutNextCell(text('deadline')).replace(/^[-–\s]+|[.,;\s]+$/gu, '');
  const deadline = deadlineText || (columns.includes('deadline') ? deadlineInText(parts.get('content')?.join(' ') ?? '') : null);
  if (!content) missing.unshift('content');
  if (missing.length) {
    file.message(`${row}: ${missing.join(', ')} not recovered from the OCR'd table`, {
      place: position,
      ruleId: 'ocr-cell-unread',
      source: 'cchc-segment',
    });
  }
  const children: Cell[] = [cell('content', content ? [content] : [])];
  const cells: Array<[CellRole, string[]]> = [
    ['lead', lead],
    ['cooperating', cooperating],
    ['deadline', deadline ? [deadline] : []],
    ['products', products],
  ];
  for (const [role, items] of cells) if (items.length) children.push(cell(role, items));
  if (!content) confidence *= 0.5;
  return { type: 'row', ordinal: draft.ordinal, confidence: Math.round(confidence * 100) / 100, children, position };
}

/** A list cell's items: "- A - B", "A; B". */
function splitItems(text: string): string[] {
  return text
    .split(/(?:^|\s)[-–•+]\s+(?=\p{L})|;\s*/u)
    .map((s) => s.replace(/^[-–\s]+|[.,;:\s]+$/gu, '').trim())
    .filter((s) => s.length > 1);
}

const cell = (role: CellRole, items: string[]): Cell => ({ type: 'cell', role, items, text: items.join(' ').replace(/\s+/gu, ' ').trim() });

/**
 * A deadline the task text states, for a row whose deadline cell was read empty: its first, not
 * "Thường xuyên", which in a sentence is an adverb ("Thường xuyên rà soát, cập nhật …"), a
 * deadline only as a cell of its own.
 */
function deadlineInText(text: string): string | null {
  return findDeadlines(text).find((d) => d !== ONGOING) ?? null;
}

const ONGOING = 'Thường xuyên';
