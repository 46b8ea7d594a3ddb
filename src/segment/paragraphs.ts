// Hard-wrapped lines → paragraphs. A new paragraph starts at a blank line, at a
// marker ("Điều 2.", "1.2.", "a)", "- ", "Căn cứ"), or after a line that ended a
// sentence when the next one starts with a capital; anything else continues the
// paragraph (OCR'd pages wrap every line). Markdown lines are paragraphs already.
import type { LayoutLine } from '../read/layout-line.js';
import { fold } from '../vietnamese/fold.js';
import { capsOf, type Caps } from './casing.js';

export interface Paragraph {
  text: string;
  startLine: number;
  endLine: number;
  /** Every line was a heading or bold/italic in Markdown. */
  emphasis: boolean;
}

/** "Điều 1.", "1.2.", "II.", "a)", "(1)", "- ", "+ ", "Căn cứ", "Phụ lục", "Nơi nhận" … */
// OCR: "Piéu 2.", "¢) …" (c), "€) …" (e), "|. MỤC ĐÍCH", "S6:", a stray mark before the marker ("~ b)", "‘ b)")
const STARTS_BLOCK =
  /^(?:[~‘’',_]\s*)?(?:[dp][il][ec]u\s+\d|(?:\d+\.)+\d*\s|\d+\.?\d*\s|[ivxlc|1]+\.\s|[a-zd¢€]\)\s?|\(\d{1,2}\)\s|[-–+•]\s|can cu\b|phu luc\b|noi nhan\b|s[o06]\s*:|theo de nghi\b|quyet [dp]inh\b)/u;
const ENDS_SENTENCE = /[.;:!?]["”)]?$|\.\/\.$/u;
// A labelled field opens a line of its own even where no blank line or marker sets it apart:
// "Cơ quan chủ trì: Sở Tư pháp", "Thời gian thực hiện: Quý II/2026", "Thành phần: …".
const FIELD_LABEL =
  /^(?:[-+]\s*)?(?:(?:co quan|don vi|bo phan)(?:\s*[,/]\s*(?:co quan|don vi))? (?:chu tri|phoi hop|thuc hien)|chu tri thuc hien|thoi (?:gian|han) (?:thuc hien|hoan thanh)|tien do(?: thuc hien)?|san pham(?: du kien)?|noi dung(?: thuc hien)?)\s*:/u;
// "… tỷ lệ trẻ em dưới" ⏎ "15 tuổi đạt khoảng 22%": a number with no dot, then a word in lower
// case, after a line that ends no sentence, is the sentence going on, not an item "15".
const NUMBER_WORD = /^\d+(?:[,.]\d+)?\s+\p{Ll}/u;
const continuesWithNumber = (tail: string, text: string) => NUMBER_WORD.test(text) && tail !== '' && !ENDS_SENTENCE.test(tail);

export function paragraphs(lines: LayoutLine[], options: { joinWrapped: boolean }): Paragraph[] {
  const out: Paragraph[] = [];
  let current: Paragraph | null = null;
  // The paragraph being grown, as its lines (joined once at the end), its last few characters
  // and isAllCaps of it so far: reading the whole text again at every line costs the square of its length.
  let parts: string[] = [];
  let tail = '';
  let currentCaps: Caps | null = null;
  const close = () => {
    if (current && parts.length > 1) current.text = parts.join('');
  };
  for (const line of lines) {
    if (!line.text) {
      close();
      current = null;
      continue;
    }
    const lineCaps = capsOf(line.text);
    // Headings in capitals stand alone: they neither continue nor are continued.
    const folded = fold(line.text);
    const startsBlock =
      (STARTS_BLOCK.test(folded) && !continuesWithNumber(tail, line.text)) ||
      FIELD_LABEL.test(folded) ||
      lineCaps.allCaps ||
      (current !== null && currentCaps!.allCaps);
    const continues = current !== null && options.joinWrapped && !startsBlock && !(ENDS_SENTENCE.test(tail) && /^\p{Lu}/u.test(line.text));
    if (continues && current) {
      const joined = joinWrapped(tail, line.text);
      // joinWrapped either drops the hyphen that ends the paragraph or puts a space between.
      const mended = joined.length < tail.length + 1 + line.text.length;
      if (mended) parts[parts.length - 1] = parts[parts.length - 1]!.slice(0, -1);
      parts.push(mended ? line.text : ` ${line.text}`);
      tail = joined.slice(-TAIL);
      currentCaps = capsOf(line.text, currentCaps!);
      current.endLine = line.endLine ?? line.line;
      current.emphasis &&= line.emphasis;
    } else {
      close();
      current = { text: line.text, startLine: line.line, endLine: line.endLine ?? line.line, emphasis: line.emphasis };
      parts = [line.text];
      tail = line.text.slice(-TAIL);
      currentCaps = lineCaps;
      out.push(current);
    }
  }
  close();
  return out;
}

/** Characters at the end of a paragraph that ENDS_SENTENCE and joinWrapped look at (and more). */
const TAIL = 8;

/** Join a wrapped line, mending a word hyphenated across the break. */
export function joinWrapped(previous: string, next: string): string {
  if (/\p{L}-$/u.test(previous) && /^\p{Ll}/u.test(next)) return previous.slice(0, -1) + next;
  return `${previous} ${next}`;
}
