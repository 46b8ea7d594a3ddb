// A lead cell the column cutter read short or long, made whole from the names the table and the
// gazetteer know. A narrow agency column wraps its name over lines that the task text's lines
// interleave, and the cutter may give a wrapped part to the cell beside it, or take the next
// cell's word:
//
//   Công an  ⏎ … giao thông tỉnh     → "Công an": completed to "Công an tỉnh" (gazetteer)
//   Các doanh ⏎ nghiệp công ⏎ nghệ số → "Các doanh": completed to the form another row prints whole
//   Chi cục Hải quan khu vực V liệu   → trimmed to the form another row prints, "liệu" is the text's
//
// A name is completed only where its missing words are printed in the row, in order, after the
// words read (the cutter gave them to another cell), and only when one name fits; it is trimmed
// only to a name the gazetteer or the table's other rows print whole. Invariant: a lead that reads
// as a whole gazetteer name (or a form the OCR'd tables print, ./agency-names.ts) is never changed.
import type { VFile } from 'vfile';
import type { Row } from '../../tree/types.js';
import type { LayoutLine } from '../../read/layout-line.js';
import { AGENCY_NAMES } from './agency-names.js';
import { isNameWord, isWholeName } from './agency-spelling.js';
import { ocrTokens, ocrTokensAt, sameWord, withinOneEdit } from './text.js';
import { readable } from './cell-row.js';
import { startsWithHead } from '../../knowledge/agencies/index.js';

export interface LeadRow {
  /** The lead as the row was read (null: none). */
  lead: string | null;
  /** The row's whole text as OCR'd, in reading order. */
  text: string;
}

export interface CompletedLead {
  lead: string;
  /** completed: words added from the row; trimmed: words after a known name dropped. */
  how: 'completed' | 'trimmed';
}

/** Words between two found words of a completion: about a line of the other cells. */
const REACH = 16;
/** Words a trimmed tail may have: more is another cell's text, not a slip of the cutter. */
const TAIL = 3;

/** Share of syllables another row's lead needs to stand as the table's name ("khu vực V": V is none). */
const READ_WHOLE = 0.8;
/** A completed or trimmed lead is this much less sure. */
const COMPLETED = 0.9;

interface Form {
  text: string;
  tokens: string[];
  /** Read whole in another row of the table (else a gazetteer name). */
  table: boolean;
}

// Each name also with "UBND" written out, as a lead cell may print it ("Ủy ban nhân dân các phường, xã, đặc khu").
const GAZETTEER_FORMS: Form[] = [...new Set(AGENCY_NAMES.flatMap((a) => [a.name, a.name.replace(/\bUBND\b/gu, 'Ủy ban nhân dân')]))].map(
  (name) => ({ text: name, tokens: ocrTokens(name), table: false }),
);

/** The table's rows with their leads made whole (in place), each change noted. */
export function completeRowLeads(label: string, rows: Row[], lines: LayoutLine[], file: VFile): Row[] {
  const leadCell = (row: Row) => row.children.find((c) => c.role === 'lead');
  const done = completeLeads(
    rows.map((row) => {
      const { start, end } = row.position!;
      const text = lines
        .filter((l) => l.line >= start.line && l.line <= end.line)
        .map((l) => l.text)
        .join(' ');
      const cell = leadCell(row);
      return { lead: cell?.items.length === 1 ? cell.items[0]! : null, text };
    }),
  );
  rows.forEach((row, i) => {
    const change = done[i];
    const cell = leadCell(row);
    if (!change || !cell) return;
    const from = cell.items[0]!;
    cell.items = [change.lead];
    cell.text = change.lead;
    row.confidence = Math.round(row.confidence * COMPLETED * 100) / 100;
    file.message(`Phụ lục ${label}, row ${row.ordinal}: lead ${change.lead} read from "${from}": it may be another body`, {
      place: row.position,
      ruleId: 'ocr-lead-uncertain',
      source: 'cchc-segment',
    });
  });
  return rows;
}

/** Per row, its lead made whole, or null where it stays as read. */
export function completeLeads(rows: LeadRow[]): Array<CompletedLead | null> {
  const leads = rows.map((r) => (r.lead ? ocrTokens(r.lead) : []));
  return rows.map((row, i) => {
    const lead = leads[i]!;
    if (!row.lead || !lead.length || isWholeName(row.lead) || GAZETTEER_FORMS.some((f) => same(f.tokens, lead))) return null;
    // The table's own names: other rows' leads that read whole, as a name opens.
    const table: Form[] = [];
    rows.forEach((other, j) => {
      if (j === i || !other.lead || !startsWithHead(other.lead) || readable(other.lead) < READ_WHOLE) return;
      const tokens = leads[j]!;
      if (tokens.length >= 2 && !table.some((f) => same(f.tokens, tokens))) table.push({ text: other.lead, tokens, table: true });
    });
    const forms = [...table, ...GAZETTEER_FORMS];
    return repeated(row.lead) ?? completed(lead, ocrTokens(row.text), forms) ?? trimmed(lead, forms);
  });
}

const same = (a: string[], b: string[]) => a.length === b.length && a.every((w, k) => w === b[k]);

function completed(lead: string[], text: string[], forms: Form[]): CompletedLead | null {
  const fits = forms.filter((f) => {
    // The words lead and name share from the start: all the lead's (it stops short), or, past a
    // word of another cell read into it, half the name's and its head at least.
    let shared = 0;
    while (shared < lead.length && shared < f.tokens.length && lead[shared] === f.tokens[shared]) shared++;
    if (shared >= f.tokens.length) return false;
    const strays = lead.length - shared;
    if (strays > 0 && (shared < 2 || shared * 2 < f.tokens.length || strays > TAIL)) return false;
    // Strays that hold all the name's missing words make another wording of it, not a cut name
    // ("Ủy ban nhân dân các xã, phường" is no "Ủy ban nhân dân xã, phường" cut short).
    if (strays > 0 && f.tokens.slice(shared).every((w) => lead.slice(shared).includes(w))) return false;
    return printedAfter(lead.slice(0, shared), f.tokens, text);
  });
  if (!fits.length) return null;
  // The longest name that fits; two names of one length that both fit leave the lead as read.
  const longest = Math.max(...fits.map((f) => f.tokens.length));
  const best = fits.filter((f) => f.tokens.length === longest);
  if (best.some((f) => !same(f.tokens, best[0]!.tokens))) return null;
  return { lead: best[0]!.text, how: 'completed' };
}

/**
 * Whether the name's words after the lead's are printed in the row after the lead's, each within a
 * line's reach of the last: as OCR'd ("hda" for "hoa"), or two of them read as one ("Thểthao").
 */
function printedAfter(lead: string[], name: string[], text: string[]): boolean {
  // Where the lead's words are printed: each after the one before.
  let at = -1;
  for (const word of lead) {
    const next = text.indexOf(word, at + 1);
    if (next < 0) return false;
    at = next;
  }
  const rest = name.slice(lead.length);
  for (let w = 0; w < rest.length; w++) {
    let next = -1;
    for (let k = at + 1; k < Math.min(text.length, at + 1 + REACH) && next < 0; k++) {
      if (rest[w + 1] !== undefined && text[k] === rest[w]! + rest[w + 1]!) {
        next = k;
        w++;
      } else if (ocrLike(rest[w]!, text[k]!)) next = k;
    }
    if (next < 0) return false;
    at = next;
  }
  return true;
}

/** A folded word as OCR'd: itself, or one letter off (first and last kept for short words: "hda" for "hoa"). */
function ocrLike(word: string, token: string): boolean {
  if (word === token || sameWord(word, token)) return true;
  return (
    word.length >= 3 && word.length === token.length && word[0] === token[0] && word.at(-1) === token.at(-1) && withinOneEdit(word, token)
  );
}

/**
 * A lead that prints one name twice, row numbers aside ("Ủy ban nhân dân cấp xã Ủy ban nhân dân
 * cấp xã", "Ủy ban nhân dân xã, phường 2 Ủy ban nhân dân xã, phường"), perhaps with a few words of
 * another cell after it: two rows' cells read as one, the second row's number missed. The name once.
 */
function repeated(lead: string): CompletedLead | null {
  const tokens = ocrTokensAt(lead);
  const words = tokens.filter((t) => !/^\d+$/u.test(t.word));
  for (let half = Math.floor(words.length / 2); half >= 2 && words.length - 2 * half <= TAIL; half--) {
    if (words.slice(0, half).some((t, k) => t.word !== words[half + k]!.word)) continue;
    return { lead: lead.slice(0, words[half]!.at).replace(/[\s\d.,;:_|-]+$/u, ''), how: 'trimmed' };
  }
  return null;
}

function trimmed(lead: string[], forms: Form[]): CompletedLead | null {
  let best: Form | null = null;
  for (const f of forms) {
    const tail = lead.length - f.tokens.length;
    if (tail < 1 || tail > TAIL || !same(lead.slice(0, f.tokens.length), f.tokens)) continue;
    // A gazetteer name followed by a name's word may be a longer name it lacks ("Sở Tư pháp tỉnh").
    if (!f.table && isNameWord(lead[f.tokens.length]!)) continue;
    if (!best || f.tokens.length > best.tokens.length) best = f;
  }
  return best ? { lead: best.text, how: 'trimmed' } : null;
}
