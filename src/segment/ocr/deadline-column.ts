// Where a ruled table prints its deadline column, learnt from its body when the header's OCR
// placed it wrong. A header cell's words wrap over two or three lines, and a short header line
// ("Cơ quan chủ" ⏎ "trì phối Tiến độ") tells little of where on the page its words stand, so the
// header may put the deadline before the agency columns it stands after. A row's first line opens
// every cell (top-aligned), and a deadline is the plainest shape there is ("Tháng 9/2024", "Quý
// IV/2026", "Năm 2025-2030", "31/10/2025"): where the rows' first lines print their deadline after
// the agencies' names ("… |Cục Bảo tồn |- Vụ Môi | Tháng 8"), the deadline column comes after the
// lead and cooperating columns, and before them where they print it before.
import type { Column } from './ruled-header.js';
import { lineTokens, opensCell, opensLowerDeadline, type Word } from './ruled-cells.js';
import { rowNumberOf } from './row-starts.js';

/** A deadline's plainest openings: a month, quarter or year with its number, a date, "Thường xuyên". */
const PLAIN_DEADLINE = /^(?:(?:tháng|quý|năm)\s+[\dIVX]|\d{4}\b|\d{1,2}\/\d{4}|\d{1,2}\/\d{1,2}\/\d{4}|thường xuyên)/iu;
/** Rows' first lines that must show both a deadline and an agency, and the share that must agree. */
const MIN_LINES = 2;
const MIN_SHARE = 0.75;

const textFrom = (words: Word[], i: number) =>
  words
    .slice(i, i + 3)
    .map((w) => w.text)
    .join(' ');

/** Where the line prints its deadline against its agencies' names: 'after', 'before', or null (not both seen, or between). */
export function deadlineSide(text: string): 'after' | 'before' | null {
  return deadlineSeen(text)?.side ?? null;
}

/** The line's deadline side, and how many names it prints before its deadline; null where it does not show both. */
function deadlineSeen(text: string): { side: 'after' | 'before'; namesBefore: number } | null {
  const words = lineTokens(text).words;
  let deadline = -1;
  const agencies: number[] = [];
  for (let i = 0; i < words.length; i++) {
    // A row's first line opens every cell: a deadline there may open in lower case ("… cơ quan chậm nhất ngày 10").
    const plain = (PLAIN_DEADLINE.test(textFrom(words, i)) && opensCell('deadline', words, i)) || opensLowerDeadline(words, i);
    if (i > 0 && deadline < 0 && plain) deadline = i;
    else if (opensCell('lead', words, i) && (words[i]!.barBefore || /^[-–+•]/u.test(words[i]!.text) || /^\p{Lu}/u.test(words[i]!.text)))
      agencies.push(i);
  }
  if (deadline < 0 || !agencies.length) return null;
  if (agencies.every((a) => a < deadline)) return { side: 'after', namesBefore: agencies.length };
  if (agencies.every((a) => a > deadline)) return { side: 'before', namesBefore: 0 };
  return null;
}

/** The columns with the deadline moved after (or before) the agency columns where the body's rows say so; else as they were. */
export function deadlinePlacedByBody(columns: Column[], body: string[]): Column[] {
  const at = columns.indexOf('deadline');
  const agencies = columns.flatMap((c, i) => (c === 'lead' || c === 'cooperating' ? [i] : []));
  if (at < 0 || !agencies.length) return columns;
  const numbered = body.flatMap((text) => {
    const n = rowNumberOf(text);
    return n && n.value !== null ? [n.rest] : [];
  });
  // A table without row numbers: any line showing both (a row's first line, mostly).
  const firsts = numbered.length >= MIN_LINES + 1 ? numbered : body;
  const seen = firsts.map(deadlineSeen).filter((s) => s !== null);
  if (seen.length < MIN_LINES) return columns;
  const afters = seen.filter((s) => s.side === 'after');
  const after = afters.length / seen.length;
  const rest: Column[] = columns.filter((c) => c !== 'deadline');
  const lastAgency = Math.max(...rest.flatMap((c, i) => (c === 'lead' || c === 'cooperating' ? [i] : [])));
  const firstAgency = Math.min(...rest.flatMap((c, i) => (c === 'lead' || c === 'cooperating' ? [i] : [])));
  // A header that prints the deadline between the lead and the cooperating columns ("Cơ quan chủ
  // trì | Tiến độ | Cơ quan phối hợp") is borne out by first lines with one name before their
  // deadline: only lines naming two bodies before it say the deadline comes after both.
  const betweenAgencies = columns[at - 1] === 'lead' && columns[at + 1] === 'cooperating';
  const twoBefore = afters.filter((s) => s.namesBefore >= 2).length / Math.max(1, afters.length);
  if (after >= MIN_SHARE && at < Math.max(...agencies) && !(betweenAgencies && twoBefore < MIN_SHARE)) {
    rest.splice(lastAgency + 1, 0, 'deadline');
    return rest;
  }
  if (1 - after >= MIN_SHARE && at > Math.min(...agencies)) {
    rest.splice(firstAgency, 0, 'deadline');
    return rest;
  }
  return columns;
}
