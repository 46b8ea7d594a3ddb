// segment: layout lines → the document tree (see src/tree/types.ts).
//   decision part (header, legal bases, articles, signer)
//   → plan body (sections, targets, task bullets) from the "KẾ HOẠCH" heading
//   → appendices from the first "Phụ lục số …" heading.
import type { VFile } from 'vfile';
import type { Block, Root } from '../tree/types.js';
import type { LayoutLine } from './layout.js';
import { paragraphs } from './paragraphs.js';
import { readAttachedTo, readHeader } from './header.js';
import { readDecision } from './decision.js';
import { readPlan } from './plan.js';
import { appendixHeading, readAppendix, type AppendixStart } from './appendix.js';
import { fold } from './fold.js';
import { reportLimits } from './limits.js';

// "KẾ HOẠCH", "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2023" — the plan's own title.
const PLAN_TITLE = /^ke hoach\b/u;
// "Điều 1." — the decision's articles.
const ARTICLE_LINE = /^dieu\s+\d+\s*[.:]/u;

export interface SegmentOptions {
  /** Join hard-wrapped lines into paragraphs (plain and OCR'd text). */
  joinWrapped: boolean;
}

export function segment(lines: LayoutLine[], file: VFile, options: SegmentOptions = { joinWrapped: true }): Root {
  reportLimits(lines, file);
  const appendixStarts = lines.map(appendixHeading).filter((a): a is AppendixStart => a !== null);
  const bodyEnd = appendixStarts[0]?.line.line ?? Infinity;
  const planTitle = lines.find((l) => l.line < bodyEnd && PLAN_TITLE.test(fold(l.text)) && isTitleLine(l))?.line;
  // A plan issued on its own (no "Điều n." anywhere) is all plan from the first line.
  const hasArticles = lines.some((l) => l.line < bodyEnd && ARTICLE_LINE.test(fold(l.text)));
  const planStart = planTitle ?? (hasArticles ? bodyEnd : 1);

  const decisionParas = paragraphs(lines.filter((l) => l.line < Math.min(planStart, bodyEnd)), options);
  const planParas = paragraphs(lines.filter((l) => l.line >= planStart && l.line < bodyEnd), options);

  const header = readHeader([...decisionParas, ...planParas.slice(0, 4)]);
  const { legalBases, articles, signer } = readDecision(decisionParas);
  header.signer = signer;
  // A document that is only appendices: its header is the caption naming the plan it belongs to.
  if (!decisionParas.length && !planParas.length && appendixStarts[0]) {
    const first = appendixStarts[0].line.line;
    readAttachedTo(header, lines.filter((l) => l.line > first && l.line <= first + 6));
  }
  // Without a decision around it, the plan's first line is its title.
  header.title ??= planParas[0] && isShortTitle(planParas[0].text) ? planParas[0].text : null;
  const sections = readPlan(planTitle !== undefined || header.title ? planParas.slice(1) : planParas);

  const appendices = appendixStarts.map((start, i) => {
    const end = appendixStarts[i + 1]?.line.line ?? Infinity;
    return readAppendix(start, lines.filter((l) => l.line > start.line.line && l.line < end), file, sections);
  });
  if (!appendices.length) {
    file.message("no appendix with a task table found: tasks, if any, come from the plan's body", { ruleId: 'no-appendix', source: 'cchc-segment' });
  }
  const children: Block[] = [header, ...legalBases, ...articles, ...sections, ...appendices];
  return { type: 'root', children };
}

const isShortTitle = (text: string) => text.split(/\s+/u).length <= 16 && !/[.;:,]$/u.test(text);

/** The plan title stands alone: in capitals, or bold in Markdown. */
function isTitleLine(line: LayoutLine): boolean {
  const letters = line.text.replace(/[^\p{L}]/gu, '');
  return line.emphasis || (letters.length > 0 && letters === letters.toUpperCase());
}

export type { LayoutLine } from './layout.js';
export { textLayout } from './text-layout.js';
export { markdownLayout } from './markdown-layout.js';
