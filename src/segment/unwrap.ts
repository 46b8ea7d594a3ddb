// Exported text wraps lines where the page did, not where the document's structure does
// (LAYOUTS.md §0). Before any section kind or list item is decided, join:
//   a marker alone on its line and the line it marks:  "1." ⏎ "Sở Nội vụ:"  ·  "Số:" ⏎ "141/KH-UBND"
//   a wrapped heading in capitals:                      "II. NỘI" ⏎ "DUNG KẾ HOẠCH"
//   a digit-first continuation:                         "…, ngày" ⏎ "24 tháng 11 năm 2025"
// and drop a blank line inside a sentence, which OCR puts after a short line ("- Chủ trì điều phối
// toàn" ⏎ ⏎ "bộ nguồn hàng …"): the line before ends no sentence and the line after goes on in
// lower case, not as a list marker ("a)", "b.").
// A joined line keeps its first line number and records the last (`endLine`), so provenance
// still names every input line. Lines are never split or reordered.
import type { LayoutLine } from '../read/layout-line.js';
import { fold } from '../vietnamese/fold.js';
import { insideSentence } from './blank-in-sentence.js';
import { isAllCaps } from './casing.js';

// "1.", "2.1.", "II.", "a)", "b.", "-", "Số:" with nothing after them.
const MARKER_ALONE = /^(?:[IVX]{1,5}\.|\d{1,2}(?:\.\d{1,2}){0,3}\.?|[a-zđ][.)]|[-–+•]|Số\s*:)$/u;
// "II. NỘI", "1. MỤC", "PHẦN I." — a heading in capitals that may go on in capitals.
const CAPS_HEADING = /^(?:[IVX]{1,5}|\d{1,2})\.\s+\S/u;
// A line that opens something of its own, never a heading's continuation.
const OPENS = /^(?:[IVX]{1,5}\.|\d{1,2}(?:\.\d{1,2})*\.|[a-zđ]\)|[-–+•]|PHỤ LỤC\b|NƠI NHẬN|TM\.|KT\.)/u;
// "24 tháng 11 năm 2025", "11 năm 2025" after a line that ends in "ngày" / "tháng".
const DATE_TAIL = /^\d{1,2}\s+(?:tháng|năm)\b/u;
const DATE_HEAD = /(?:ngày|tháng)$/u;
const CONTINUED_CAPS = 3;
const APPENDIX = /^phu luc\b/u;

export function unwrap(lines: LayoutLine[]): LayoutLine[] {
  const out: LayoutLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.text && !line.cells && out.at(-1)?.text && insideSentence(lines, i)) continue;
    if (line.cells || line.tabLed || !line.text) {
      out.push(line);
      continue;
    }
    const previous = out.at(-1);
    if (previous?.text && !previous.cells && DATE_TAIL.test(line.text) && DATE_HEAD.test(previous.text)) {
      join(previous, line);
      continue;
    }
    const joined = { ...line };
    if (MARKER_ALONE.test(line.text)) {
      const next = nextText(lines, i);
      if (next !== null && !MARKER_ALONE.test(lines[next]!.text) && !lines[next]!.cells && !APPENDIX.test(fold(lines[next]!.text))) {
        join(joined, lines[next]!);
        i = next;
      }
    }
    if (CAPS_HEADING.test(joined.text) && inCapitals(joined.text)) {
      // Join the heading's continuation: capitals, not a marker, right below it.
      for (let k = 0; k < CONTINUED_CAPS; k++) {
        const next = lines[i + 1];
        if (!next?.text || next.cells || OPENS.test(next.text) || !isAllCaps(next.text) || endsSentence(joined.text)) break;
        join(joined, next);
        i++;
      }
    }
    out.push(joined);
  }
  return out;
}

function join(into: LayoutLine, next: LayoutLine): void {
  into.text = `${into.text} ${next.text}`;
  into.endLine = next.endLine ?? next.line;
}

function nextText(lines: LayoutLine[], from: number): number | null {
  for (let j = from + 1; j < lines.length && j <= from + 2; j++) if (lines[j]!.text) return j;
  return null;
}

// "2. SỞ" ⏎ "TÀI CHÍNH": a heading's first line may hold a single short word (isAllCaps wants three letters).
const inCapitals = (text: string) => /\p{L}/u.test(text) && text === text.toLocaleUpperCase('vi');

const endsSentence = (text: string) => /[.;:!?]$/u.test(fold(text));
