// A printed page's running header, as a PDF's text keeps it inside a table that runs over pages:
// a line printed again and again, the same but for its numbers ("CÔNG BÁO/Số 1091 + 1092/Ngày
// 03-11-2023", a ministry's "<Tên cơ quan> – Trang 5"). Told by its repetition, not by its words, so
// a gazette's, a ministry's or a printer's header is furniture alike; a page number is a bare
// number printed over or under it.
import type { LayoutLine } from '../../read/layout-line.js';
import { fold } from '../../vietnamese/fold.js';

/** Printed this many times in the document with only its numbers changed. */
const REPEATS = 3;
/** A running header names something and numbers it twice or more (an issue and a date, a page): "(1) Bộ Công an", "Quý IV/2023" are cells. */
const HEADER_SHAPE = /^(?=(?:\D*\d+){2})(?=(?:.*\p{L}){6}).{16,120}$/u;

const key = (text: string) => fold(text).replace(/\d+/gu, '#').replace(/\s+/gu, ' ');

/** The running headers among the lines: the keys (folded, numbers masked) of the lines printed REPEATS times or more. */
export function runningHeaders(lines: readonly LayoutLine[]): Set<string> {
  const counts = new Map<string, number>();
  for (const line of lines) {
    if (!HEADER_SHAPE.test(line.text)) continue;
    const k = key(line.text);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n >= REPEATS).map(([k]) => k));
}

export const isRunningHeader = (text: string, headers: ReadonlySet<string>) =>
  headers.size > 0 && HEADER_SHAPE.test(text) && headers.has(key(text));
