// Appendices ("Phụ lục số 01: …", "Phụ lục số I. …") and their task tables. The
// table reader is the first of readers/tables.ts that recognises the lines' layout.
import type { VFile } from 'vfile';
import type { Appendix, Row, Section } from '../tree/types.js';
import { readTable } from './readers/tables.js';
import type { LayoutLine } from '../read/layout-line.js';
import { fold } from '../vietnamese/fold.js';
import { appendixHeadingOcr } from './ocr/markers.js';

// "Phụ lục số 01: Các nhiệm vụ …", "Phụ lục số I. CẢI CÁCH THỂ CHẾ: …", "PHỤ LỤC 2"
const APPENDIX_HEADING = /^phu luc\s*(?:so\s*)?(\d{1,2}|[ivx]{1,5})\b\s*[.:\-–]?\s*(.*)$/u;

export interface AppendixStart {
  line: LayoutLine;
  label: string;
  title: string;
}

export function appendixHeading(line: LayoutLine): AppendixStart | null {
  // Every heading, clean or OCR'd, starts with "P"/"p" (no letter folds to p but p): most lines stop here, unfolded.
  if ((line.text.charCodeAt(0) | 0x20) !== 0x70) return null;
  const match = fold(line.text).match(APPENDIX_HEADING);
  if (!match) return appendixHeadingOcr(line);
  const raw = match[1]!;
  const label = /^\d+$/u.test(raw) ? raw : raw.toUpperCase();
  return { line, label, title: line.text.slice(line.text.length - match[2]!.length).trim() };
}

/** An appendix over its lines (heading excluded); `plan`: the body's sections, whose task bullets an OCR'd table may mirror. */
/**
 * `runningHeaders`: the document's page headers (./readers/running-headers.ts). `ocr.ocrd`: its tables
 * may be OCR'd ones (it shows the OCR's stray marks, ./ocr/evidence.ts, or was restored whole);
 * `ocr.ocrFirst`: it shows the marks, so the OCR readers come first.
 */
export function readAppendix(
  start: AppendixStart,
  body: LayoutLine[],
  file: VFile,
  plan: Section[] = [],
  ocr: { ocrd: boolean; ocrFirst: boolean } = { ocrd: false, ocrFirst: false },
  runningHeaders?: ReadonlySet<string>,
): Appendix {
  const { reader, rows } = readTable({
    outline: [],
    lines: body,
    file,
    appendix: { label: start.label, title: start.title, plan },
    ...ocr,
    ...(runningHeaders ? { runningHeaders } : {}),
  });
  return appendixNode(start, body, reader, rows, file);
}

function appendixNode(start: AppendixStart, body: LayoutLine[], reader: string, rows: Row[], file: VFile): Appendix {
  const last = body.filter((l) => l.text).at(-1)?.line ?? start.line.line;
  const appendix: Appendix = {
    type: 'appendix',
    label: start.label,
    title: start.title,
    reader,
    children: rows,
    position: { start: { line: start.line.line, column: 1 }, end: { line: last, column: 1 } },
  };
  if (!rows.length) {
    file.message(`Phụ lục ${start.label}: no task table could be read`, {
      place: appendix.position,
      ruleId: 'appendix-empty',
      source: 'cchc-segment',
    });
  }
  return appendix;
}
