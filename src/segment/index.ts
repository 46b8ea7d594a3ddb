// segment: layout lines → the document tree (see src/tree/types.ts).
//   decision part (header, legal bases, articles, signer)
//   → plan body (sections, targets, task bullets) from the "KẾ HOẠCH" heading
//   → appendices from the first "Phụ lục số …" heading.
import type { VFile } from 'vfile';
import type { Block, Root, Row } from '../tree/types.js';
import type { LayoutLine } from '../read/layout-line.js';
import { paragraphs, type Paragraph } from './paragraphs.js';
import { isoDate, readAttachedTo, readHeader } from './header.js';
import { readTopFields } from './header-top.js';
import { findSigner, isPersonName } from './signer.js';
import { readHeaderBlock } from './header-block.js';
import { unwrap } from './unwrap.js';
import { printStyles } from './print-styles.js';
import { withoutPageBreaks } from './page-breaks.js';
import { outline } from './outline.js';
import { readBodyTasks } from './readers/index.js';
import { flatTable } from './readers/flat-table.js';
import { tabCells } from './readers/table-rows.js';
import type { ReaderContext } from './readers/reader.js';
import { readDecision } from './decision.js';
import { readPlan } from './plan.js';
import { appendixHeading, readAppendix, type AppendixStart } from './appendix.js';
import { fold } from '../vietnamese/fold.js';
import { reportLimits } from './limits.js';
import { isAllCaps } from './casing.js';
import { looksOcrd } from './ocr/evidence.js';
import { runningHeaders } from './readers/running-headers.js';
import { documentGenre } from './genre.js';

// "KẾ HOẠCH", "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2023" — the plan's own title.
const PLAN_TITLE = /^(?:ke hoach|chuong trinh|de an)\b/u;
// "Điều 1." — the decision's articles.
const ARTICLE_LINE = /^dieu\s+\d+\s*[.:]/u;

export interface SegmentOptions {
  /** Join hard-wrapped lines into paragraphs (plain and OCR'd text). */
  joinWrapped: boolean;
  /** The text lost its diacritics and was restored whole (an OCR'd print, most often): OCR readers may read its tables. */
  restored?: boolean;
  /** The text kept its diacritics but needed the corrections OCR output needs (restore/ocr-evidence.ts): OCR readers may read its tables. */
  corrected?: boolean;
}

export function segment(printed: LayoutLine[], file: VFile, options: SegmentOptions = { joinWrapped: true }): Root {
  // An OCR reader reads a table only in a document the OCR left its stray marks in, one restored
  // whole, or one that kept its diacritics but needed an OCR's share of corrections (clean text
  // never). Only the marks put the OCR readers first: a text that merely lost its diacritics, or
  // was corrected, goes to the same family readers as clean text, and OCR readers read only the
  // tables those do not recognise.
  const marks = looksOcrd(printed);
  const ocrd = marks || options.restored === true || options.corrected === true;
  // One style of list marker for every reader ("1)", "1/" are "1."; "a/", "a." are "a)"; "•", "–" are "-"),
  // and in clean text one space between words.
  const styled = printStyles(printed, { clean: !ocrd });
  // Page numbers and double spacing left by a page or an export, in clean text (an OCR reader reads its own).
  const input = ocrd ? styled : withoutPageBreaks(styled);
  // Prose is read unwrapped; tables are read from the lines as printed, where a marker alone on
  // its line is a row's ordinal cell.
  const lines = options.joinWrapped ? unwrap(input) : input;
  reportLimits(input, file);
  const appendixStarts = input.map(appendixHeading).filter((a): a is AppendixStart => a !== null);
  const bodyEnd = appendixStarts[0]?.line.line ?? Infinity;
  const planTitle = lines.find((l) => l.line < bodyEnd && PLAN_TITLE.test(fold(l.text)) && isTitleLine(l))?.line;
  // A plan issued on its own (no "Điều n." anywhere) is all plan from the first line.
  const hasArticles = lines.some((l) => l.line < bodyEnd && ARTICLE_LINE.test(fold(l.text)));
  const planStart = planTitle ?? (hasArticles ? bodyEnd : 1);

  const decisionParas = paragraphs(
    lines.filter((l) => l.line < Math.min(planStart, bodyEnd)),
    options,
  );
  const planParas = paragraphs(
    lines.filter((l) => l.line >= planStart && l.line < bodyEnd),
    options,
  );

  const header = readHeader([...decisionParas, ...planParas.slice(0, 4)]);
  const { legalBases, articles, signer } = readDecision(decisionParas);
  // The top of the first page, read line by line whatever the type code and the wrapping.
  const top = readTopFields(lines);
  if (top.number) header.number = top.number;
  if (top.year && top.month) {
    header.date = isoDate(top.year, top.month, top.day);
    header.place = top.place ?? header.place;
  }
  const signed = findSigner(lines);
  header.signer = signed?.name ?? (signer && isPersonName(signer) ? signer : null);
  header.signerLine = signed?.line ?? null;
  const block = readHeaderBlock(lines);
  header.authority ??= block.authority;
  // The title's first line alone ("VỀ", "Ban hành") is the whole title wrapped.
  if (block.title && (!header.title || fold(block.title).startsWith(fold(header.title)))) header.title = block.title;
  // A document that is only appendices: its header is the caption naming the plan it belongs to.
  if (!decisionParas.length && !planParas.length && appendixStarts[0]) {
    const first = appendixStarts[0].line.line;
    readAttachedTo(
      header,
      input.filter((l) => l.line > first && l.line <= first + 6),
    );
  }
  // Without a decision around it, the plan's first line is its title.
  header.title ??= planParas[0] && isShortTitle(planParas[0].text) ? planParas[0].text : null;
  const sections = readPlan(planTitle !== undefined || header.title ? planParas.slice(1) : planParas);

  // Running page headers are told by their repetition over the whole document, not over one table.
  const headers = runningHeaders(input);
  const appendices = appendixStarts.map((start, i) => {
    const end = appendixStarts[i + 1]?.line.line ?? Infinity;
    return readAppendix(
      start,
      input.filter((l) => l.line > start.line.line && l.line < end),
      file,
      sections,
      { ocrd, ocrFirst: marks },
      headers,
    );
  });
  if (!appendices.length) {
    file.message("no appendix with a task table found: tasks, if any, come from the plan's body", {
      ruleId: 'no-appendix',
      source: 'cchc-segment',
    });
  }
  // A law, decree, circular or other legal normative text is no plan: its duties are not tasks.
  header.genre = documentGenre({ lines, number: header.number, title: header.title, planTitleLine: planTitle ?? null });
  const readsTasks = header.genre.kind !== 'normative';
  if (!readsTasks) {
    file.message(`a legal normative text (${header.genre.cue}), not a plan: its articles are not read as tasks`, {
      ruleId: 'not-a-plan',
      source: 'cchc-segment',
      ...(header.genre.line ? { place: { line: header.genre.line, column: 1 } } : {}),
    });
  }
  const bodyLines = input.filter((l) => l.line >= planStart && l.line < bodyEnd);
  // A decision that approves its plan in its own articles ("Điều 1. Phê duyệt Đề án … I. MỤC TIÊU …")
  // has no plan part of its own: the articles are the body.
  const body = withoutClosings(planParas.length ? planParas : decisionParas);
  const taskLists = readsTasks ? readBodyTasks({ outline: outline(body), lines: bodyLines, file }) : [];
  // A task table printed in the body (an attached list with no "Phụ lục" heading) is a table all the same.
  const inline = readsTasks
    ? inlineTable({ outline: [], lines: input.filter((l) => l.line < bodyEnd), file, runningHeaders: headers })
    : null;
  const inlineRows = inline?.rows ?? [];
  if (inline && inlineRows.length) {
    appendices.unshift({
      type: 'appendix',
      label: '',
      title: '',
      reader: inline.reader,
      children: inlineRows,
      position: structuredClone(inlineRows[0]!.position),
    });
  }
  const children: Block[] = [header, ...legalBases, ...articles, ...sections, ...taskLists, ...appendices];
  return { type: 'root', children };
}

/**
 * A task table printed in the body: flattened one cell per line, else one with rows of cells (a
 * table laid out at character columns, ./column-text.ts) whose header names its columns.
 */
function inlineTable(context: ReaderContext): { reader: string; rows: Row[] } | null {
  const flat = flatTable.read(context);
  if (flat.length) return { reader: flatTable.name, rows: flat };
  return tabCells.recognise(context) >= 1 ? { reader: tabCells.name, rows: tabCells.read(context) } : null;
}

// What closes a plan's body: its summing-up ("Trên đây là Kế hoạch …"), recipients list and signature block.
const CLOSING = /^(?:tren day la\b|noi nhan\b|tm\.\s|kt\.\s)/u;

/**
 * The body's paragraphs without its recipients lists and signature blocks ("Nơi nhận:" and its
 * dashes, "TM. …", roles in capitals, the signer's name): what stands after them (a plan issued
 * after its decision's signature) is body again.
 */
function withoutClosings(paras: Paragraph[]): Paragraph[] {
  const out: Paragraph[] = [];
  let closing = false;
  for (const para of paras) {
    const folded = fold(para.text);
    if (CLOSING.test(folded)) {
      closing = true;
      continue;
    }
    if (closing && (/^[-–+•]/u.test(para.text) || ROLE.test(para.text) || SIGNATURE_LINE.test(para.text))) continue;
    // A recipients line wrapped in capitals ("TH, KTTH, NN, PL, QHĐP, QHQT;") ends in a semicolon, a title never.
    if (closing && /;$/u.test(para.text.trim())) continue;
    // After a signature only a new title in capitals (the plan a decision issues) opens a body again.
    if (closing && !isAllCaps(para.text)) break;
    closing = false;
    out.push(para);
  }
  return out;
}

// The rest of a signature block in capitals: the body that signs and the signer's role.
const ROLE =
  /^(?:TM\.|KT\.|TL\.|Q\.)|^(?:PHÓ\s+)?(?:CHỦ TỊCH|THỦ TƯỚNG|BỘ TRƯỞNG|THỨ TRƯỞNG|GIÁM ĐỐC|CHÁNH VĂN PHÒNG|CHÁNH ÁN|TRƯỞNG BAN|CỤC TRƯỞNG|TỔNG CỤC TRƯỞNG)\b|^DÂN$/u;
// A name under a signature, or the note that stands for a signature.
const SIGNATURE_LINE = /^(?:\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,4}|\(?\[?\s*đã ký\s*\]?\)?)$/iu;

const isShortTitle = (text: string) => text.split(/\s+/u).length <= 16 && !/[.;:,]$/u.test(text);

/** The plan title stands alone: in capitals, or bold in Markdown. */
function isTitleLine(line: LayoutLine): boolean {
  const letters = line.text.replace(/[^\p{L}]/gu, '');
  return line.emphasis || (letters.length > 0 && letters === letters.toUpperCase());
}

export type { LayoutLine } from '../read/layout-line.js';
export { textLayout } from './text-layout.js';
export { markdownLayout } from './markdown-layout.js';
export { givenLines } from './given-lines.js';
