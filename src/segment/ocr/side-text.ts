// Tables whose wide text column was read together with narrow columns beside
// it (seed 004): each line is the text column, then bits of the unit and
// deadline columns — after a "|", past the end of the text, or on short lines
// of their own. Splits a row's lines into the text and those side bits.
import type { LayoutLine } from '../../read/layout-line.js';
import { fold } from '../../vietnamese/fold.js';

/** How much text before a column bar may already belong to the side columns. */
const SIDE_REACH = 30;
/** Lines longer than this ran into the side columns. */
const WIDE_LINE = 95;
/** A line this short after a blank (or after side text) is a side cell of its own. */
const SHORT_LINE = 26;

export interface SplitLines {
  /** The text column, one entry a line (side bits after a bar removed). */
  text: Array<{ line: number; text: string }>;
  /** Everything that may belong to the side columns, in reading order. */
  side: string[];
}

export function splitSide(lines: LayoutLine[]): SplitLines {
  const out: SplitLines = { text: [], side: [] };
  let previousBlank = false;
  let previousSide: 'bar' | 'wide' | 'short' | null = null;
  for (const line of lines) {
    const raw = line.text;
    if (!raw) {
      previousBlank = true;
      continue;
    }
    const bar = raw.search(/\s\|/u);
    if (bar > SIDE_REACH) {
      const window = raw.slice(Math.max(0, bar - SIDE_REACH), bar);
      const before = afterSentence(window).length < window.length ? afterSentence(window) : sideCellsOpening(window) || window;
      // Past a sentence's end the words before the bar are already a side cell ("… 0.5 điểm. Phòng Hành | …").
      const textEnd = before.length < Math.min(bar, SIDE_REACH) ? bar - before.length : bar;
      out.text.push({ line: line.line, text: raw.slice(0, textEnd).trim() });
      out.side.push(before + raw.slice(bar));
      previousSide = 'bar';
    } else if (raw.length <= SHORT_LINE && !/^[-+]/u.test(raw) && (previousBlank || previousSide === 'bar' || previousSide === 'short')) {
      out.side.push(raw);
      previousSide = 'short';
    } else {
      out.text.push({ line: line.line, text: raw });
      previousSide = raw.length > WIDE_LINE ? 'wide' : null;
      if (previousSide) out.side.push(afterSentence(raw.slice(-SIDE_REACH)));
    }
    previousBlank = false;
  }
  return out;
}

// How a unit cell opens, folded: "Trung tâm …", "Các phòng, …", "Phòng Hành chính …", "Văn phòng", "Sở", "UBND".
const UNIT_OPENS = /^(?:trung tam|cac (?:phong|don vi|co quan|so)|phong|van phong|so|ban|ubnd|uy ban)\b/u;

/**
 * Without a sentence end, the words before a column bar are the text's unless two unit cells
 * open among them, the unit column's and the cooperating one's ("… theo Quyết Trung tâm Các
 * phòng, | Thường"): the side columns start at the first.
 */
function sideCellsOpening(window: string): string {
  const starts = [...window.matchAll(/(?<=\s)\p{Lu}/gu)].map((m) => m.index).filter((at) => UNIT_OPENS.test(fold(window.slice(at))));
  return starts.length >= 2 ? window.slice(starts[0]) : '';
}

/** What follows the last sentence end: the text column stops there. */
function afterSentence(text: string): string {
  const end = text.lastIndexOf('. ');
  return end >= 0 ? text.slice(end + 2) : text;
}
