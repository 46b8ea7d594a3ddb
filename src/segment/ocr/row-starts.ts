// Where the rows of an OCR'd interleaved table begin. Two things tell:
//  - row numbers at the start of a line ("1.", "4,", "5 |", "10.|"), printed
//    half-way down their row, some garbled ("5" for 7, "+ |" for 5): the
//    longest rising run of them is trusted, and garbled marks between two
//    trusted numbers fill the gap in order;
//  - the first line of a task's text, top of its row: a capital and one of the
//    verbs tasks start with ("Xây dựng", "Sửa đổi", "Ban hành", "Quy định" …),
//    in restored or OCR'd spelling ("Stta d6i", "Xy dung", "DPoi mói"); not a
//    header printed again ("Chủ trì | Phối hợp" heads the agency columns).
import { mostlyHeaderWords } from './ruled-header.js';
import { ocrTokens } from './text.js';

export interface NumberedLine {
  index: number;
  value: number | null; // null: a garbled mark in the number column ("+ |")
}

// "1. …", "4, …", "5 | …", "10.| …", "9_ |…", "L1 …" (11)
const ROW_NUMBER = /^(?:(\d{1,2})|L(1))(?:\s*[.,:|_]\s*|\s+)(?![\d/])(?:\|\s*)?/u;
// "+ | hob quy …", "\" | cong, phan …": a mark where the number should be
const GARBLED_NUMBER = /^[^\p{L}\d\s]{1,2}\s*\|/u;

/**
 * First word of a task (folded, OCR spellings too) → how its second word may begin, apart by spaces:
 * an initial, or more where an initial alone would take another word ("Chủ trì", not "Chủ tịch").
 */
const TASK_VERBS: Record<string, string> = {
  xay: 'd',
  xy: 'd',
  sua: 'd b',
  stta: 'd',
  stra: 'd',
  sira: 'd',
  sta: 'd',
  quy: 'd',
  thuc: 'h d',
  thue: 'h',
  thyc: 'h',
  ban: 'h',
  bvan: 'h',
  tham: 'm',
  trien: 'k',
  ra: 's',
  cung: 'c',
  duy: 't',
  tuyen: 't',
  tiep: 't n',
  sap: 'x n',
  to: 'c s',
  giao: 't q',
  phe: 'd',
  chuan: 'h',
  khao: 's',
  khaoi: 's',
  danh: 'g',
  panh: 'g',
  doi: 'm',
  poi: 'm',
  dpoi: 'm',
  day: 'm',
  bay: 'm',
  bey: 'm',
  dey: 'm',
  hoan: 't',
  nang: 'c',
  kien: 't',
  ung: 'd',
  chu: 'tri',
  phoi: 'h',
  chi: 'dao',
  tang: 'c',
  huong: 'd',
  nghien: 'c',
};
/** Openings that also head the agency columns: such a line of header words alone opens no task. */
const HEADER_OPENINGS = new Set(['chu', 'phoi']);
/** Nearly all header words: "Chủ trì Phối hợp", not "Chủ trì, phối hợp với các đơn vị …". */
const ALL_HEADER_WORDS = 0.9;

/** Numbers in a row that make a run of the number column's wherever it starts. */
const RUN = 3;

export function rowNumberOf(text: string): { value: number | null; rest: string } | null {
  const m = text.match(ROW_NUMBER);
  if (m) return { value: Number(m[1] ?? `1${m[2]}`), rest: text.slice(m[0].length) };
  const g = text.match(GARBLED_NUMBER);
  if (g) return { value: null, rest: text.slice(g[0].length) };
  return null;
}

/** The text of a line without its row number or number-column mark. */
export function withoutRowNumber(text: string): string {
  return rowNumberOf(text)?.rest.trim() ?? text;
}

/** Does the line open a task's text (a capital, a task verb, its usual next word)? */
export function opensTask(text: string): boolean {
  const body = withoutRowNumber(text).replace(/^[^\p{L}]+/u, '');
  if (!/^\p{Lu}/u.test(body) || /^[-–+(]/u.test(withoutRowNumber(text))) return false;
  const [first, second] = ocrTokens(body);
  const openings = first ? TASK_VERBS[first] : undefined;
  if (!openings || !second) return false;
  return (
    openings.split(' ').some((o) => second.startsWith(o)) && !(HEADER_OPENINGS.has(first!) && mostlyHeaderWords(body, ALL_HEADER_WORDS))
  );
}

/**
 * Row numbers to trust: the longest run rising in value down the page (ties:
 * the one with fewer gaps), then garbled marks between two trusted numbers
 * take the missing values in order when there are as many marks as values.
 */
export function trustedNumbers(lines: NumberedLine[], anyStart = false): Map<number, number> {
  const numbered = lines.filter((l) => l.value !== null) as Array<{ index: number; value: number }>;
  const best: Array<{ length: number; gaps: number; prev: number }> = [];
  numbered.forEach((l, i) => {
    best[i] = { length: 1, gaps: l.value - 1, prev: -1 };
    for (let j = 0; j < i; j++) {
      const p = numbered[j]!;
      if (p.value >= l.value) continue;
      const length = best[j]!.length + 1;
      const gaps = best[j]!.gaps + (l.value - p.value - 1);
      if (length > best[i]!.length || (length === best[i]!.length && gaps < best[i]!.gaps)) best[i] = { length, gaps, prev: j };
    }
  });
  let end = -1;
  best.forEach((b, i) => {
    if (end < 0 || b.length > best[end]!.length || (b.length === best[end]!.length && b.gaps < best[end]!.gaps)) end = i;
  });
  const chain: Array<{ index: number; value: number }> = [];
  for (let i = end; i >= 0; i = best[i]!.prev) chain.unshift(numbered[i]!);
  // A lone number, or a short run that starts far from 1, is more likely a stray digit. With
  // `anyStart`, a run of RUN numbers in a row or more is the number column's wherever it starts
  // (the rows above lost theirs: a page the OCR read cell by cell).
  const unbroken = anyStart && chain.length >= RUN && chain.at(-1)!.value - chain[0]!.value === chain.length - 1;
  if (chain.length < 2 || (chain[0]!.value > 2 && !unbroken) || (chain.length === 2 && chain[0]!.value !== 1)) return new Map();

  const trusted = new Map<number, number>(chain.map((c) => [c.value, c.index]));
  for (let k = 0; k + 1 < chain.length; k++) {
    const a = chain[k]!;
    const b = chain[k + 1]!;
    const missing = b.value - a.value - 1;
    if (!missing) continue;
    const marks = lines.filter((l) => l.index > a.index && l.index < b.index && !chain.some((c) => c.index === l.index));
    if (marks.length === missing) marks.forEach((m, i) => trusted.set(a.value + 1 + i, m.index));
  }
  return trusted;
}
