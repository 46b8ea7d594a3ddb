// The document's number, place and date as any office prints them at the top of the first page,
// whatever the type (QĐ, KH, NQ, CT, TB, "14-KH/TU") and wherever the export wrapped the lines:
//   "Số:⏎2820/QĐ-UBND", "Bắc Ninh, ngày 20⏎tháng 11 năm 2025", "Thành phố Hồ⏎Chí Minh, ngày …",
//   and the unwrapped crawl that glues them: "Số: 3745/QĐ-UBND Tây Ninh, ngày 30 tháng 12 năm 2021 QUYẾT ĐỊNH …".
// The top lines are joined with single spaces and searched once; every match maps back to its line.
import type { LayoutLine } from '../read/layout-line.js';
import { fold } from '../vietnamese/fold.js';

// Where the top block ends: the body's first sentence or marker.
const BODY_START = /^(can cu\b|thuc hien\b|dieu \d|kinh gui\b|[ivx]+\.\s|xet de nghi\b|theo de nghi\b)/u;
const TOP_LINES = 30;
// "Số: 141/KH-UBND", "Số 07/QĐ-BTC", "Số: 1339/NQ-UBTVQH15", "Số: 119-KH/TU", "Số: 221/2016/QĐ-UBND".
// Folded, so "So" matches "Số"; the type code keeps its printed case from the original text.
// "Số" starts a word of its own: a gazette's running header "CÔNG BÁO/Số 242/Ngày 22-04-2026" is no number.
const NUMBER = /(?<![\p{L}\d/])so\s*:?\s*(?<number>\d+[a-z]?(?:\s*\/\s*\d{4})?\s*[/-]\s*[a-zđ]{1,6}\d{0,2}(?:\s*[-/]\s*[a-z0-9đ&.]+)*)/u;
// "Số:     /KH-UBND", "Số: …/KH-MTTQ" — the number is left blank in the print.
const BLANK_NUMBER = /(?<![\p{L}\d/])so\s*:\s*[.…_\s]*\/\s*[a-z]/u;
// "<Place>, ngày 24 tháng 11 năm 2025"; the day or month may be blank ("ngày  tháng 8 năm 2022").
const PLACE_DATE = /,\s*ngay\s*(?<day>\d{1,2})?\s*thang\s*(?<month>\d{1,2})?\s*nam\s*(?<year>\d{4})/u;
// Lower-case words that stand inside a place name: "Thành phố Hồ Chí Minh", "thị xã", "đặc khu".
const PLACE_INNER = /^(phố|xã|trấn|khu)$/u;

export interface TopFields {
  number: string | null;
  /** The number line says the number was left blank. */
  numberBlank: boolean;
  place: string | null;
  day?: string;
  month?: string;
  year?: string;
  /** Input lines the fields were read from. */
  lines: number[];
}

export function readTopFields(lines: LayoutLine[]): TopFields {
  const top = topBlock(lines);
  const folded = fold(top.text);
  const fields: TopFields = { number: null, numberBlank: false, place: null, lines: [] };

  const number = folded.match(NUMBER);
  if (number?.groups && number.index !== undefined) {
    const at = number.index + number[0].length - number.groups.number!.length;
    fields.number = top.text.slice(at, at + number.groups.number!.length).replace(/\s+/gu, '');
    fields.lines.push(top.lineAt(at));
  } else if (BLANK_NUMBER.test(folded)) {
    fields.numberBlank = true;
  }

  const date = folded.match(PLACE_DATE);
  if (date?.groups && date.index !== undefined) {
    fields.place = placeBefore(top.text.slice(Math.max(0, date.index - 60), date.index));
    Object.assign(fields, { day: date.groups.day, month: date.groups.month, year: date.groups.year });
    fields.lines.push(top.lineAt(date.index), top.lineAt(date.index + date[0].length - 1));
  }
  return fields;
}

interface JoinedBlock {
  text: string;
  lineAt(offset: number): number;
}

/** The first lines up to the body, joined by single spaces, with each offset's input line. */
function topBlock(lines: LayoutLine[]): JoinedBlock {
  const starts: number[] = [];
  const numbers: number[] = [];
  let text = '';
  let seen = 0;
  for (const line of lines) {
    if (!line.text) continue;
    const folded = fold(line.text);
    if (BODY_START.test(folded) || ++seen > TOP_LINES) break;
    // The unwrapped crawl glues the whole top into one line: cut it where the body starts.
    const cut = folded.search(/\s(can cu|dieu 1\.)\s/u);
    starts.push(text.length);
    numbers.push(line.line);
    text += (text ? ' ' : '') + (cut > 0 ? line.text.slice(0, cut) : line.text);
    if (cut > 0) break;
  }
  return {
    text,
    lineAt(offset) {
      let i = starts.length - 1;
      while (i > 0 && starts[i]! > offset) i--;
      return numbers[i] ?? 1;
    },
  };
}

/** The place name: the capitalised words just before ", ngày" ("…/QĐ-UBND Bắc Ninh" → "Bắc Ninh"). */
function placeBefore(words: string): string | null {
  const kept: string[] = [];
  const reversed = words.trim().split(/\s+/u).reverse();
  for (const [i, word] of reversed.entries()) {
    const inner = PLACE_INNER.test(word) && /^\p{Lu}/u.test(reversed[i + 1] ?? '');
    if (!/^\p{Lu}\p{Ll}/u.test(word) && !/^\p{Lu}$/u.test(word) && !inner) break;
    kept.unshift(word);
  }
  return kept.length ? kept.join(' ') : null;
}
