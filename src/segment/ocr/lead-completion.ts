// A lead cell the column cutter read short or long, made whole from the names the table and the
// gazetteer know. A narrow agency column wraps its name over lines that the task text's lines
// interleave, and the cutter may give a wrapped part to the cell beside it, or take the next
// cell's word:
//
//   Công an  ⏎ … giao thông tỉnh     → "Công an": completed to "Công an tỉnh" (gazetteer)
//   Các doanh ⏎ nghiệp công ⏎ nghệ số → "Các doanh": completed to the form another row prints whole
//   Chi cục Hải quan khu vực V liệu   → trimmed to the form another row prints, "liệu" is the text's
//   Ủy ban nhân dân xã, đặc khu       → "các phường," lost inside the name filled in (gazetteer)
//
// A name is completed only where its missing words are printed in the row, in order, after the
// words read (the cutter gave them to another cell), and only when one name fits; it is trimmed
// only to a name the gazetteer or the table's other rows print whole; words lost inside a name
// are filled in only where the row prints them after the words before the gap. Invariant: a lead that reads
// as a whole gazetteer name (or a form the OCR'd tables print, ./agency-names.ts) is never changed.
import type { VFile } from 'vfile';
import type { Row } from '../../tree/types.js';
import type { LayoutLine } from '../../read/layout-line.js';
import { agencyNames } from './agency-names.js';
import { lazy } from '../../lazy.js';
import { isNameWord, isWholeName } from './agency-spelling.js';
import { ocrTokens, ocrTokensAt, sameWord, withinOneEdit } from './text.js';
import { readable } from './cell-row.js';
import { startsWithHead } from '../../knowledge/agencies/index.js';

export interface LeadRow {
  /** The lead as the row was read (null: none). */
  lead: string | null;
  /** The row's whole text as OCR'd, in reading order. */
  text: string;
  /** The names the row's cooperating cell lists, as read. */
  cooperating?: string[];
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
/** A lead that opens with no body's head is this much less sure. */
const HEADLESS = 0.8;

interface Form {
  text: string;
  tokens: string[];
  /** Read whole in another row of the table (else a gazetteer name). */
  table: boolean;
  /** How many other rows read it (0 for a gazetteer name). */
  rows: number;
}

// Each name also with "UBND" written out, as a lead cell may print it ("Ủy ban nhân dân các phường, xã, đặc khu").
const gazetteerForms = lazy((): Form[] =>
  [...new Set(agencyNames().flatMap((a) => [a.name, a.name.replace(/\bUBND\b/gu, 'Ủy ban nhân dân')]))].map((name) => ({
    text: name,
    tokens: ocrTokens(name),
    table: false,
    rows: 0,
  })),
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
      const cooperating = row.children.find((c) => c.role === 'cooperating')?.items ?? [];
      return { lead: cell?.items.length === 1 ? cell.items[0]! : null, text, cooperating };
    }),
  );
  rows.forEach((row, i) => {
    const change = done[i];
    const cell = leadCell(row);
    if (!cell?.items.length) return;
    if (change) {
      const from = cell.items[0]!;
      cell.items = [change.lead];
      cell.text = change.lead;
      row.confidence = Math.round(row.confidence * COMPLETED * 100) / 100;
      file.message(`Phụ lục ${label}, row ${row.ordinal}: lead ${change.lead} read from "${from}": it may be another body`, {
        place: row.position,
        ruleId: 'ocr-lead-uncertain',
        source: 'cchc-segment',
      });
    }
    // A lead that opens with no body's head ("công nghệ số doanh, …", "trận Tổ quốc …") is
    // another cell's words, or a name the cutter cut from its head: kept, but its row less sure.
    const headless = cell.items.find((item) => !startsWithHead(item));
    if (headless === undefined) return;
    row.confidence = Math.round(row.confidence * HEADLESS * 100) / 100;
    file.message(`Phụ lục ${label}, row ${row.ordinal}: lead "${headless}" opens with no body's name: it may be another cell's words`, {
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
    if (!row.lead || !lead.length || isWholeName(row.lead) || gazetteerForms().some((f) => same(f.tokens, lead))) return null;
    const forms = [...tableForms(rows, leads, i), ...gazetteerForms()];
    const text = ocrTokens(row.text);
    return repeated(row.lead) ?? filled(row.lead, lead, text, forms) ?? completed(lead, text, forms) ?? trimmed(lead, forms);
  });
}

/**
 * The table's own names: other rows' leads and cooperating names that read whole, as a name
 * opens, each with the number of rows that read it. A name the gazetteer knows longer, read cut
 * short or with its last word another cell's ("Sở Văn", "Sở Khoa học và Công số"), is none.
 */
function tableForms(rows: LeadRow[], leads: string[][], i: number): Form[] {
  const table: Form[] = [];
  rows.forEach((other, j) => {
    if (j === i) return;
    const names = [
      ...(other.lead ? [{ text: other.lead, tokens: leads[j]! }] : []),
      ...(other.cooperating ?? []).map((text) => ({ text, tokens: ocrTokens(text) })),
    ];
    const counted = new Set<Form>();
    for (const { text, tokens } of names) {
      if (tokens.length < 2 || !startsWithHead(text) || readable(text) < READ_WHOLE || cutGazetteerName(tokens)) continue;
      let form = table.find((f) => same(f.tokens, tokens));
      if (!form) table.push((form = { text, tokens, table: true, rows: 0 }));
      // The cleaner print of the name stands for it: "Các doanh nghiệp ) công nghệ số" is a slip.
      if (!balanced(form.text) && balanced(text)) form.text = text;
      if (!counted.has(form)) form.rows++;
      counted.add(form);
    }
  });
  return table.filter((f) => balanced(f.text));
}

/** Brackets and quotes paired. */
function balanced(text: string): boolean {
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  return count(/\(/gu) === count(/\)/gu) && count(/\[/gu) === count(/\]/gu);
}

/** The name's words a gazetteer name opens with and goes on past, or leaves at its last word. */
function cutGazetteerName(tokens: string[]): boolean {
  return gazetteerForms().some((g) => {
    if (same(g.tokens, tokens)) return false;
    const head = tokens.length - 1;
    if (tokens.length < g.tokens.length && tokens.every((w, k) => w === g.tokens[k])) return true;
    return head >= 2 && tokens.length <= g.tokens.length && tokens.slice(0, head).every((w, k) => w === g.tokens[k]);
  });
}

/** Words a name may have lost inside it (the cutter gave them to the cell beside). */
const GAP = 3;

/**
 * A lead that reads a name but for a few words inside it, lost to the cell beside ("Ủy ban nhân
 * dân xã, đặc khu", "Cục soát ô nhiễm môi trường"): the name's words before and after the gap
 * read, the gap's printed in the row after the word before it. Words the lead reads past the name
 * stay when they are names' words ("Ban Chỉ huy Phòng sự cấp tỉnh, cấp xã"). The name that
 * explains most of the lead; two that explain as much leave it as read.
 */
function filled(raw: string, lead: string[], text: string[], forms: Form[]): CompletedLead | null {
  const fits: Array<{ form: Form; used: number }> = [];
  for (const f of forms) {
    const name = f.tokens;
    let before = 0;
    while (before < lead.length && before < name.length && lead[before] === name[before]) before++;
    if (before < 1 || before >= name.length - 1) continue;
    for (let gap = 1; gap <= GAP && before + gap < name.length; gap++) {
      const after = name.length - before - gap;
      if (before + after > lead.length || !name.slice(before + gap).every((w, k) => lead[before + k] === w)) continue;
      if (before + after < 3 || !lead.slice(before + after).every((w) => isNameWord(w))) continue;
      if (printedAfter(lead.slice(0, before), name.slice(0, before + gap), text)) fits.push({ form: f, used: before + after });
    }
  }
  if (!fits.length) return null;
  const most = Math.max(...fits.map((f) => f.used));
  const best = fits.filter((f) => f.used === most);
  if (best.some((f) => !same(f.form.tokens, best[0]!.form.tokens))) return null;
  const { form, used } = best[0]!;
  const rest = ocrTokensAt(raw)[used];
  return { lead: rest ? `${form.text} ${raw.slice(rest.at).trim()}` : form.text, how: 'completed' };
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
    // A name followed by a name's word may be a longer name ("Sở Tư pháp tỉnh", "Ban Chỉ huy Phòng
    // thủ dân sự tỉnh"): trimmed only to a name two other rows of the table read.
    if (isNameWord(lead[f.tokens.length]!) && f.rows < 2) continue;
    if (!best || f.tokens.length > best.tokens.length) best = f;
  }
  return best ? { lead: best.text, how: 'trimmed' } : null;
}
