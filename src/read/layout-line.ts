// A line of the input as the segmenter reads it: one entry a line, markup gone, with what the
// layout told us (tab-led cell, emphasis, table row cells). The read stage builds them for a Word
// file from its document tree (./docx-lines.ts); the segmenter builds them for text and Markdown.
export interface LayoutLine {
  /** 1-based line in the input. */
  line: number;
  /** Last input line, when the unwrapping pass joined wrapped lines into this one (segment/unwrap.ts). */
  endLine?: number;
  /** Plain text of the line, markup removed, trimmed. */
  text: string;
  /** The raw line started with a tab (a table cell in plain-text exports). */
  tabLed: boolean;
  /** The line was a heading or wholly bold/italic in Markdown. */
  emphasis: boolean;
  /** A tab-separated table row: each cell's items (list items kept apart). */
  cells?: string[][];
  /** Why (part of) the line was read as plain text: it passed a limit of what the parsers are given. */
  overLimit?: string;
}
