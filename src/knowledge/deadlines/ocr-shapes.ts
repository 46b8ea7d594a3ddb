// The shapes a deadline cell takes, read from folded OCR text and written back as printed.
// The OCR misreads letters, so the shapes hold the vocabulary's words (./words.ts) loosely; the
// examples above each pattern are OCR output.
import { fold } from '../../vietnamese/fold.js';
import { romanAsPrinted as roman } from './quarters.js';
import { anyOf, folded, PERIODIC } from './words.js';

/** "định kỳ" folded, its space optional ("dinhky"). */
const PERIODICALLY = anyOf(folded([PERIODIC]), '\\s*');

interface Shape {
  pattern: RegExp;
  write: (m: RegExpMatchArray) => string;
  /** Words every match holds: a text without one of them is not searched (most cells have none). */
  needs?: string[];
}

const SHAPES: Shape[] = [
  // "Trước ngày 30/6/2022", "Trudc ngay 30/12/2022."
  { needs: ['ngay', '/20'], pattern: /\btr[a-z]{1,4}\s+ngay\b[^/]{0,100}?(\d{1,2}\/\d{1,2}\/20\d\d)/u, write: (m) => `Trước ngày ${m[1]}` },
  // "Trước 25/12/2022", "Trudc 31/12/2021;" (no "ngày": the date must follow at once)
  { needs: ['tr', '/20'], pattern: /\btr[a-z]{1,4}\s+(\d{1,2}\/\d{1,2}\/20\d\d)/u, write: (m) => `Trước ${m[1]}` },
  // "Quý I/2022", "Quy 1/2022", "Quy 1\V/2022", "Quy 11/2022"
  {
    needs: ['quy', '20'],
    pattern: /\bquy\b(?!\s+(?:dinh|pham|che|trinh|mo|hoach|tac))[^/]{0,160}?(?<![\p{L}\d])([ivl1|\\]{1,4})\s*\/\s*(20\d\d)/u,
    write: (m) => `Quý ${roman(m[1]!)}/${m[2]}`,
  },
  // "Quý I/2022" with its slash lost: "Quy … 12022"
  {
    needs: ['quy', '20'],
    pattern: /\bquy\b(?!\s+(?:dinh|pham|che|trinh|mo|hoach|tac))[^/]{0,80}?(?<![\p{L}\d])([l1|]{1,3}|[l1]v)(20\d\d)\b/u,
    write: (m) => `Quý ${roman(m[1]!)}/${m[2]}`,
  },
  // "Tháng 02/2022", "Théng … 03/2022" (the month may sit a line below the word); restoration
  // may have made "Théng" a "Thông", but not one of "thông tin", "thông minh" …
  {
    needs: ['th', '/'],
    pattern: /\bth[aeo]n?[ga]\b(?!\s+(?:tin|minh|qua|thoang|bao|tu|nhat|thuong))[^/]{0,140}?(?<![\d/])(\d{1,2})\s*\/\s*(20\d\d)\b/u,
    write: (m) => `Tháng ${m[1]!.padStart(2, '0')}/${m[2]}`,
  },
  // "Thường xuyên", "Thuong XUYEn", "Tl}udng Xuyén trong nam"
  { needs: ['xu'], pattern: /\bth?[uw]?[oa]?[nr]?g\b.{0,12}\bxu[yi]e+n\b|\bxu[yi]e+n\b/u, write: () => 'Thường xuyên' },
  // "Trong năm 2022", "Trong nam."
  { needs: ['trong nam'], pattern: /\btrong nam\b\s*(20\d\d)?/u, write: (m) => (m[1] ? `Trong năm ${m[1]}` : 'Trong năm') },
  // "Năm 2022", "\am 2022", "nim 2022" — opening a cell (after a bar or at the start): in running
  // text "… định hướng đến năm 2030" is no deadline
  { needs: ['m ', '20'], pattern: /(?:^|\|)[\s\\]*(?:n?[ai]m|\\am)\s+(20\d\d)\b/u, write: (m) => `Năm ${m[1]}` },
  // "Khi có văn bản chỉ đạo của Trung ương"
  { needs: ['khi', 'van ban'], pattern: /\bkhi\b.{0,6}\bvan ban\b/u, write: () => 'Khi có văn bản chỉ đạo của Trung ương' },
  // "Định kỳ hằng quý", "Dinhky hang … quy"
  { needs: ['dinh', 'ky'], pattern: new RegExp(`${PERIODICALLY}\\s*hang\\b[^/]{0,40}?\\bquy\\b`, 'u'), write: () => 'Định kỳ hằng quý' },
  // "Báo cáo định kỳ 6 tháng", "dinhky6 … thang"
  {
    needs: ['dinh', 'ky'],
    pattern: new RegExp(`${PERIODICALLY}\\s*(\\d{1,2})\\b[^/]{0,60}?\\bthang\\b`, 'u'),
    write: (m) => `Định kỳ ${m[1]} tháng`,
  },
];

/** Each shape's pattern, global, compiled once (findDeadlines runs on every row's side text). */
const GLOBAL = SHAPES.map((shape) => new RegExp(shape.pattern.source, `${shape.pattern.flags}g`));

/** Folded, its spaces collapsed: what the shapes read. */
const readable = (text: string) => fold(text).replace(/\s+/gu, ' ');

function mayMatch(shape: Shape, folded: string): boolean {
  if (shape.needs) for (const word of shape.needs) if (!folded.includes(word)) return false;
  return true;
}

/** The first deadline shape found in the text, written as printed; null when none. */
export function findDeadline(text: string): string | null {
  const folded = readable(text);
  for (const shape of SHAPES) {
    if (!mayMatch(shape, folded)) continue;
    const m = folded.match(shape.pattern);
    if (m) return shape.write(m);
  }
  return null;
}

/**
 * Every deadline the text gives, in reading order, each once: a cell may set one for the work
 * and another for its report ("- Tổ chức thực hiện: thường xuyên. - Báo cáo kết quả thực hiện:
 * định kỳ hằng quý", "- Báo cáo tự chấm điểm: Trước ngày 25/12/2022; - Báo cáo tổng hợp: Quý
 * I/2023"). Where two shapes read the same words, the one listed first above wins.
 */
export function findDeadlines(text: string): string[] {
  const folded = readable(text);
  const taken: Array<{ from: number; to: number; text: string }> = [];
  for (let s = 0; s < SHAPES.length; s++) {
    const shape = SHAPES[s]!;
    if (!mayMatch(shape, folded)) continue;
    const global = GLOBAL[s]!;
    global.lastIndex = 0;
    for (let m = global.exec(folded); m !== null; m = global.exec(folded)) {
      // As matchAll: past an empty match by one character.
      if (m[0].length === 0) global.lastIndex = advance(folded, global.lastIndex);
      const from = m.index;
      const to = from + m[0].length;
      if (overlaps(taken, from, to)) continue;
      taken.push({ from, to, text: shape.write(m) });
    }
  }
  return taken
    .sort((a, b) => a.from - b.from)
    .map((t) => t.text)
    .filter((t, i, all) => all.indexOf(t) === i);
}

function overlaps(taken: Array<{ from: number; to: number }>, from: number, to: number): boolean {
  for (const t of taken) if (from < t.to && t.from < to) return true;
  return false;
}

/** The index after the code point at `at` (the u flag's step). */
function advance(text: string, at: number): number {
  const code = text.charCodeAt(at);
  return code >= 0xd800 && code <= 0xdbff && at + 1 < text.length ? at + 2 : at + 1;
}
