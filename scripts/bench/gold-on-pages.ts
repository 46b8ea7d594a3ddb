// A gold file cut to what the first pages of a print show (the layouts bench's OCR mode prints and
// OCRs only the first pages of a plan): the tasks whose content begins on those pages, and which
// header fields they print. Compared letters and digits only, without marks or case, so that the
// print's wrapped lines and the gold's restored wording meet.
import { fold } from '../../src/vietnamese/fold.js';
import { pageLines, printedPages } from './print-ocr.js';

/** The letters and digits of `text`, folded (src/vietnamese/fold.ts): "Sở Nội vụ:" → "sonoivu". */
const foldedLetters = (text: string) => fold(text.normalize('NFC')).replace(/[^\p{L}\p{N}]/gu, '');

/** Letters of a task's content that must stand on the pages for the task to count as printed. */
const TASK_PREFIX = 60;

interface GoldLike {
  decision: { number: string | null; date: string | null; signer: string | null };
  tasks: unknown[];
}

export interface PagesGold<G extends GoldLike> {
  gold: G;
  /** Whether the pages print the number, the date's year and the signer's name (a field the gold leaves blank counts as printed). */
  shown: { number: boolean; date: boolean; signer: boolean };
}

/** Lines above the first task printed with it: the heading of its section. */
const HEADING_LINES = 20;

/**
 * The pages of a print to read, `pages` of them: the first ones when the tasks begin within them
 * (with a page of tasks at least), else the first page (the header) and the pages from a few lines
 * above the first task on.
 */
export function printWindow(lines: string[], tasks: unknown[], pages: number): string[][] {
  const first = firstTaskLine(tasks, lines);
  if (first === null || first < (pages - 1) * pageLines) return printedPages(lines, pages);
  return [...printedPages(lines, 1), ...printedPages(lines, pages - 1, first - HEADING_LINES)];
}

/**
 * Where the first gold task begins in the printed lines (the line index), or null when none does:
 * a task begins on the line where its first letters end up.
 */
export function firstTaskLine(tasks: unknown[], lines: string[]): number | null {
  const prefixes = tasks
    .map((task) => (task as { content?: unknown }).content)
    .filter((c): c is string => typeof c === 'string')
    .map((c) => foldedLetters(c).slice(0, TASK_PREFIX))
    .filter(Boolean);
  let text = '';
  const ends: number[] = [];
  for (const line of lines) {
    text += foldedLetters(line);
    ends.push(text.length);
  }
  let first = Infinity;
  for (const prefix of prefixes) {
    const at = text.indexOf(prefix);
    if (at >= 0) first = Math.min(first, at);
  }
  if (first === Infinity) return null;
  return ends.findIndex((end) => end > first);
}

export function goldOnPages<G extends GoldLike>(gold: G, printed: string): PagesGold<G> {
  const pages = foldedLetters(printed);
  const onPages = (value: string | null, head = Infinity) => value === null || pages.includes(foldedLetters(value).slice(0, head));
  const tasks = gold.tasks.filter((task) => {
    const content = (task as { content?: unknown }).content;
    return typeof content === 'string' && onPages(content, TASK_PREFIX);
  });
  return {
    gold: { ...gold, tasks },
    shown: {
      number: onPages(gold.decision.number),
      date: onPages(gold.decision.date?.slice(0, 4) ?? null),
      signer: onPages(gold.decision.signer),
    },
  };
}
