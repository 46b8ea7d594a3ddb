// The one syntax tree every stage shares (unist-compatible).
//
//   root
//   ├─ header        number, date, place, authority, title, signer (as printed)
//   ├─ legalBasis    "Căn cứ …"
//   ├─ article       "Điều n." and its text
//   ├─ section       a numbered heading of the plan ("I.", "2.1.") — children: target, taskItem, paragraph
//   ├─ appendix      "Phụ lục số 01" — children: row (one row = one task, sub-items already split)
//   └─ taskList      tasks a layout reader read from the plan's body — children: row
//
// Every node carries a unist `position` into the *input* text (restoration keeps
// lines where they are, so line numbers always point at the file the user gave).
import type { Position } from 'unist';

export type { Position };

/** Column roles of an appendix table, whatever the printed header says. */
export type CellRole = 'ordinal' | 'content' | 'products' | 'lead' | 'cooperating' | 'deadline' | 'target' | 'other';

interface NodeBase {
  position?: Position;
  data?: Record<string, unknown>;
}

export interface Header extends NodeBase {
  type: 'header';
  number: string | null;
  /** ISO date (YYYY-MM-DD, or YYYY-MM when the day is blank) or null. */
  date: string | null;
  place: string | null;
  authority: string | null;
  title: string | null;
  signer: string | null;
  /** The line the signer's name starts on, where the signature block was read (null otherwise). */
  signerLine: number | null;
  /** Whether the document is a plan at all (segment/genre.ts); only a plan or an "other" text yields tasks. */
  genre?: Genre;
}

export type GenreKind = 'plan' | 'normative' | 'other';

export interface Genre {
  kind: GenreKind;
  /** What decided it, for the diagnostic: "type code of 141/KH-UBND", "type heading LUẬT" … */
  cue: string;
  /** The input line the cue stands on, where it stands on one. */
  line: number | null;
}

export interface LegalBasis extends NodeBase {
  type: 'legalBasis';
  text: string;
}

export interface Article extends NodeBase {
  type: 'article';
  /** Null when the printed number is out of range (segment reports it). */
  number: number | null;
  text: string;
}

export interface Paragraph extends NodeBase {
  type: 'paragraph';
  text: string;
}

/** A numbered target of the plan ("1.2. … đạt tối thiểu 92%"). */
export interface Target extends NodeBase {
  type: 'target';
  id: string;
  text: string;
}

/** A task bullet in the body of the plan ("a) Sửa đổi, bổ sung …"). */
export interface TaskItem extends NodeBase {
  type: 'taskItem';
  label: string;
  text: string;
}

export interface Section extends NodeBase {
  type: 'section';
  /** As printed: "I", "II", "1", "2.1". */
  label: string;
  title: string;
  depth: number;
  /** What the section holds, when its title says so. */
  kind: 'purpose' | 'targets' | 'tasks' | 'funding' | 'responsibilities' | 'other';
  children: Array<Section | Target | TaskItem | Paragraph>;
}

export interface Cell extends NodeBase {
  type: 'cell';
  role: CellRole;
  /** Cell text, list items kept as separate entries. */
  items: string[];
  text: string;
}

/** One appendix row = one task (a row's sub-items a), b) … are rows of their own). */
export interface Row extends NodeBase {
  type: 'row';
  /** Row number as printed, sub-item joined with ".": "3", "1.a". */
  ordinal: string;
  /** 0–1: how sure the table rebuilder is of this row (1 for clean tables). */
  confidence: number;
  /** The layout reader that read the row (segment/readers, or the table reader of its appendix). */
  reader?: string;
  children: Cell[];
}

export interface Appendix extends NodeBase {
  type: 'appendix';
  /** Label as printed: "01", "I". */
  label: string;
  title: string;
  /** The table reader that read its rows ("tab-cells", "flat-table", "ocr-interleaved" …). */
  reader?: string;
  children: Row[];
}

/** Tasks a layout reader read from the plan's body (LAYOUTS.md families B1–B3). */
export interface TaskList extends NodeBase {
  type: 'taskList';
  /** The reader's name ("agency-headings") and its family ("B2"). */
  reader: string;
  family: string;
  children: Row[];
}

export type Block = Header | LegalBasis | Article | Section | Appendix | TaskList | Paragraph;

export interface Root extends NodeBase {
  type: 'root';
  children: Block[];
}

export type Node = Root | Block | Target | TaskItem | Row | Cell;

/** A line of input after decoding (and restoration), 1-based. */
export interface SourceLine {
  line: number;
  text: string;
}

/** Make a position covering whole lines [startLine, endLine]. */
export function linesPosition(startLine: number, endLine: number, endColumn = 1): Position {
  return { start: { line: startLine, column: 1 }, end: { line: endLine, column: endColumn } };
}
