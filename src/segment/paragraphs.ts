// Hard-wrapped lines → paragraphs. A new paragraph starts at a blank line, at a
// marker ("Điều 2.", "1.2.", "a)", "- ", "Căn cứ"), or after a line that ended a
// sentence when the next one starts with a capital; anything else continues the
// paragraph (OCR'd pages wrap every line). Markdown lines are paragraphs already.
import type { LayoutLine } from './layout.js';
import { fold } from '../vietnamese/fold.js';
import { isAllCaps } from './casing.js';

export interface Paragraph {
  text: string;
  startLine: number;
  endLine: number;
  /** Every line was a heading or bold/italic in Markdown. */
  emphasis: boolean;
}

/** "Điều 1.", "1.2.", "II.", "a)", "- ", "+ ", "Căn cứ", "Phụ lục", "Nơi nhận" … */
// OCR: "Piéu 2.", "¢) …" (c), "€) …" (e), "|. MỤC ĐÍCH", "S6:", a stray mark before the marker ("~ b)", "‘ b)")
const STARTS_BLOCK = /^(?:[~‘’',_]\s*)?(?:[dp][il][ec]u\s+\d|(?:\d+\.)+\d*\s|\d+\.?\d*\s|[ivxlc|1]+\.\s|[a-zd¢€]\)\s?|[-–+•]\s|can cu\b|phu luc\b|noi nhan\b|s[o06]\s*:|theo de nghi\b|quyet [dp]inh\b)/u;
const ENDS_SENTENCE = /[.;:!?]["”)]?$|\.\/\.$/u;

export function paragraphs(lines: LayoutLine[], options: { joinWrapped: boolean }): Paragraph[] {
  const out: Paragraph[] = [];
  let current: Paragraph | null = null;
  for (const line of lines) {
    if (!line.text) {
      current = null;
      continue;
    }
    // Headings in capitals stand alone: they neither continue nor are continued.
    const startsBlock = STARTS_BLOCK.test(fold(line.text)) || isAllCaps(line.text) || (current !== null && isAllCaps(current.text));
    const continues =
      current !== null &&
      options.joinWrapped &&
      !startsBlock &&
      !(ENDS_SENTENCE.test(current.text) && /^\p{Lu}/u.test(line.text));
    if (continues && current) {
      current.text = joinWrapped(current.text, line.text);
      current.endLine = line.endLine ?? line.line;
      current.emphasis &&= line.emphasis;
    } else {
      current = { text: line.text, startLine: line.line, endLine: line.endLine ?? line.line, emphasis: line.emphasis };
      out.push(current);
    }
  }
  return out;
}

/** Join a wrapped line, mending a word hyphenated across the break. */
export function joinWrapped(previous: string, next: string): string {
  if (/\p{L}-$/u.test(previous) && /^\p{Ll}/u.test(next)) return previous.slice(0, -1) + next;
  return `${previous} ${next}`;
}
