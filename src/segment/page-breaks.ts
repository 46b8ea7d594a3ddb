// What a page or an export left between the lines of clean text, which says nothing of the
// document's structure (LAYOUTS.md §0):
//   page numbers: "3", "Trang 3", "- 3 -" alone between blank lines, numbering the pages one by one
//     down the document; read as a marker alone they would open an item "3." with the next line.
//     Below a page number, the lines every page prints again (a form's header) go with it.
//   double spacing: an export that puts a blank line after every line (each line a paragraph of
//     its own) and two or more where the paragraph really ends; read as printed every wrapped line
//     would be a paragraph.
// Invariant: lines are only left out, never changed or reordered; what stays keeps its number.
import type { LayoutLine } from '../read/layout-line.js';

const PAGE_NUMBER = /^(?:trang\s+)?[-–]?\s*(\d{1,3})\s*[-–]?$/iu;
// Pages are at least this many lines apart, and a run of page numbers counts from two on.
const MIN_PAGE_LINES = 20;
// A page's header below its number: lines printed again on at least three pages, a few of them.
const MIN_PAGES_REPEATING = 3;
const MAX_HEADER_LINES = 8;
// Double spacing: of the text lines, hardly any followed by a text line, a third or more by one
// blank line, and a few paragraph ends with two or more.
const ADJACENT_SHARE = 0.05;
const SPACED_SHARE = 0.3;
const MIN_PARAGRAPH_ENDS = 3;
const MIN_SPACED_LINES = 20;

export function withoutPageBreaks(lines: readonly LayoutLine[]): LayoutLine[] {
  // Single-spaced first: in a double-spaced text every line stands between blank lines.
  const spaced = doubleSpaced(lines) ? singleSpaced(lines) : [...lines];
  const furniture = pageFurniture(spaced);
  return furniture.size ? spaced.filter((_, i) => !furniture.has(i)) : spaced;
}

/** The page numbers, and below each the lines of the page's header, which every page prints again. */
function pageFurniture(lines: readonly LayoutLine[]): Set<number> {
  const pages = pageNumbers(lines);
  if (!pages.size) return pages;
  const seen = new Map<string, number>();
  for (const line of lines) if (line.text) seen.set(line.text, (seen.get(line.text) ?? 0) + 1);
  const out = new Set(pages);
  for (const page of pages) {
    for (let i = page + 1; i < lines.length && i <= page + MAX_HEADER_LINES; i++) {
      if (!lines[i]!.text) continue;
      if ((seen.get(lines[i]!.text) ?? 0) < MIN_PAGES_REPEATING) break;
      out.add(i);
    }
  }
  return out;
}

/** The indexes of the page numbers: lone numbers between blank lines that go 1, 2, 3 … down the pages. */
function pageNumbers(lines: readonly LayoutLine[]): Set<number> {
  const blank = (i: number) => i < 0 || i >= lines.length || !lines[i]!.text;
  const candidates: Array<{ index: number; page: number }> = [];
  lines.forEach((line, i) => {
    if (line.cells || line.tabLed) return;
    const page = line.text.match(PAGE_NUMBER)?.[1];
    if (page && blank(i - 1) && blank(i + 1)) candidates.push({ index: i, page: Number(page) });
  });
  // The longest run in which each number is the one before plus one, far enough down the text.
  const out = new Set<number>();
  let run: typeof candidates = [];
  const close = () => {
    if (run.length >= 2) for (const c of run) out.add(c.index);
  };
  for (const candidate of candidates) {
    const last = run.at(-1);
    if (last && candidate.page === last.page + 1 && candidate.index - last.index >= MIN_PAGE_LINES) run.push(candidate);
    else {
      close();
      run = [candidate];
    }
  }
  close();
  return out;
}

/**
 * Double spacing: hardly two text lines stand together, many gaps are one blank line, and some are
 * two or more (where the paragraphs end). A text with a blank line between its paragraphs only, or
 * with its paragraphs on one line each, has no such runs and is left as it is.
 */
function doubleSpaced(lines: readonly LayoutLine[]): boolean {
  let text = 0,
    adjacent = 0,
    single = 0,
    longer = 0;
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.text) continue;
    text++;
    if (lines[i + 1]?.text) adjacent++;
    else if (lines[i + 2]?.text) single++;
    else if (i + 2 < lines.length) longer++;
  }
  return text >= MIN_SPACED_LINES && adjacent <= ADJACENT_SHARE * text && single >= SPACED_SHARE * text && longer >= MIN_PARAGRAPH_ENDS;
}

/** A single blank line between two text lines was spacing; a run of two or more ends a paragraph, as one blank line does. */
function singleSpaced(lines: readonly LayoutLine[]): LayoutLine[] {
  const blank = (i: number) => i >= 0 && i < lines.length && !lines[i]!.text;
  return lines.filter((line, i) => line.text || (!blank(i - 1) && blank(i + 1)));
}
