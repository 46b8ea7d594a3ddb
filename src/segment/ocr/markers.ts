// Markers of decisions as the OCR reads them, on folded text (see ../fold.ts).
// Each pattern lists above it what it accepts.
import type { LayoutLine } from '../../read/layout-line.js';
import { fold } from '../../vietnamese/fold.js';

export interface OcrAppendixStart {
  line: LayoutLine;
  label: string;
  title: string;
}

// "Phu luc s6 01: Cac nhiém vu …", "Phy luc sé 06", "Phu lyc 6 03" — OCR'd "Phụ lục số 01"; a
// heading has its title after a colon or stands alone ("Phu luc s6 04 va Phu luc s6 07; …" is a reference)
const APPENDIX = /^ph[uy] l[uy]c\s*(?:s[o06ébd&]\s*)?(\d{1,2}|[ivx]{1,5})\b\s*(?:[.:\-–]\s*(.*))?$/u;
// "Phụ lục" on a line of its own, the title on the next line (seed 004)
const BARE_APPENDIX = /^ph[uy] l[uy]c\s*$/u;
// "PHỤ LỤC HI", "PHỤ LỤC IH", "Phu luc Il", "PHỤ LỤC TI": a Roman numeral whose strokes the OCR
// read as "H" (two I's joined), "l" or "T" (an I's serifs); read back only when it makes one (I to
// X) and the heading stands alone or goes on after a colon or dash.
const MISREAD_ROMAN = /^ph[uy] l[uy]c\s+([ivxhlt]{1,4})\s*(?:[.:\-–]\s*(.*))?$/u;
const ROMAN = /^(?:i{1,3}|iv|vi{0,3}|ix|x)$/u;

export function appendixHeadingOcr(line: LayoutLine): OcrAppendixStart | null {
  const folded = fold(line.text);
  const match = folded.match(APPENDIX);
  if (match) {
    const raw = match[1]!;
    const label = /^\d+$/u.test(raw) ? raw : raw.toUpperCase();
    const title = match[2] ?? '';
    return { line, label, title: line.text.slice(line.text.length - title.length).trim() };
  }
  if (BARE_APPENDIX.test(folded)) return { line, label: '', title: '' };
  const misread = folded.match(MISREAD_ROMAN);
  const roman = misread?.[1]!.replace(/h/gu, 'ii').replace(/[lt]/gu, 'i');
  if (misread && roman && /[hlt]/u.test(misread[1]!) && ROMAN.test(roman)) {
    const title = misread[2] ?? '';
    return { line, label: roman.toUpperCase(), title: line.text.slice(line.text.length - title.length).trim() };
  }
  return null;
}
