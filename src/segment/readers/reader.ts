// A layout reader: one family of task layouts (LAYOUTS.md), one small unit, one shape.
// `recognise` weighs the family's cues (0: none of them, 1: unmistakable); `read` gives the rows it
// reads, each with its fields as cells and the input lines it came from. The registry (./index.ts)
// lists the readers in precedence order and picks the one that yields the tasks.
import type { VFile } from 'vfile';
import type { Cell, CellRole, Row, Section } from '../../tree/types.js';
import type { LayoutLine } from '../../read/layout-line.js';
import type { OutlineItem } from '../outline.js';

export type Family = 'T1' | 'T1m' | 'B1' | 'B2' | 'B3' | 'OCR';

export interface ReaderContext {
  /** The plan body's outline (./outline.ts); empty for an appendix's table. */
  outline: OutlineItem[];
  /** The lines as printed (tables are read from these): the body's, or an appendix's below its heading. */
  lines: LayoutLine[];
  file: VFile;
  /** The appendix a table stands in, and the body's sections an OCR'd table may mirror. */
  appendix?: { label: string; title: string; plan: Section[] };
  /** The document shows the OCR's stray marks (../ocr/evidence.ts), was restored whole, or needed an OCR's share of corrections (restore/ocr-evidence.ts): only then may an OCR reader read a table. */
  ocrd?: boolean;
  /** The document shows the OCR's stray marks: its OCR readers come before the clean table readers. */
  ocrFirst?: boolean;
  /** The document's running page headers (./running-headers.ts); the lines' own when absent. */
  runningHeaders?: ReadonlySet<string>;
}

export interface LayoutReader {
  name: string;
  family: Family;
  recognise(context: ReaderContext): number;
  read(context: ReaderContext): Row[];
}

/** The layout gives rows of its own (pipe or tab cells): a clean table, the table-row readers'. */
export const hasRowsOfItsOwn = (lines: readonly LayoutLine[]) => lines.some((l) => l.cells || l.tabLed);

export interface RowFields {
  ordinal: string;
  content: string;
  lead?: string[];
  cooperating?: string[];
  deadline?: string | null;
  products?: string[];
  startLine: number;
  endLine: number;
  confidence?: number;
}

/** A row from its fields; empty fields are left out, as the table readers leave empty cells. */
export function row(reader: string, fields: RowFields): Row {
  const position = { start: { line: fields.startLine, column: 1 }, end: { line: fields.endLine, column: 1 } };
  const cell = (role: CellRole, items: string[]): Cell[] =>
    items.length ? [{ type: 'cell', role, items, text: items.join(' '), position: structuredClone(position) }] : [];
  return {
    type: 'row',
    ordinal: fields.ordinal,
    confidence: fields.confidence ?? 1,
    reader,
    children: [
      ...cell('content', [fields.content]),
      ...cell('lead', fields.lead ?? []),
      ...cell('cooperating', fields.cooperating ?? []),
      ...cell('deadline', fields.deadline ? [fields.deadline] : []),
      ...cell('products', fields.products ?? []),
    ],
    position,
  };
}
