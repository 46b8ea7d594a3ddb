// What the read stage gives the pipeline: the text it parses (restoration and every source line
// point into it), how to lay it out, and where each of its lines sits on a page.
import { CchcError, type ReadErrorCode } from '../errors.js';
import type { LayoutLine } from './layout-line.js';
import type { TokenConfidences } from './token-confidences.js';

export type { ReadErrorCode };
export type ReadFormat = 'text' | 'markdown' | 'docx' | 'doc' | 'pdf' | 'image';

/** A line's place on its page: 1-based page, and 1-based line counted down the page. */
export interface PagePlace {
  page: number;
  line: number;
}

/** An OCR'd word, its page, and how sure the engine was (0–100). */
export interface OcrWord {
  page: number;
  text: string;
  confidence: number;
}

/** A document a reader made text of. */
export interface ReadDocument {
  kind: 'document';
  format: ReadFormat;
  /** The text the pipeline parses, line for line. */
  text: string;
  /** How the pipeline lays the text out. */
  layout: 'text' | 'markdown';
  /**
   * The layout lines, where the reader built them from the document's own structure (a Word
   * file's tree): line n of `text` is the printout of the line numbered n. The pipeline lays out
   * the text itself where there are none.
   */
  lines?: LayoutLine[];
  /** How the text was got ("docx", "pdf text layer", "ocr tesseract vie"): `source.encoding`. */
  encoding: string;
  /** Per line of `text` (index = line − 1): its place on a page; null where the reader added the line. */
  places?: Array<PagePlace | null>;
  pages?: number;
  words?: OcrWord[];
  /** OCR'd text: each line's tokens' confidences (token-confidences.ts), for the restorer. */
  tokenConfidences?: TokenConfidences;
}

/** A text file: the pipeline decodes its bytes itself. */
export interface ReadTextFile {
  kind: 'text-file';
}

export type Read = ReadDocument | ReadTextFile;

/** A file the read stage cannot make text of; the message is one line, without the file name. */
export class ReadError extends CchcError {
  declare readonly code: ReadErrorCode;

  constructor(message: string, options: { code: ReadErrorCode; cause?: unknown }) {
    super(message, options);
    this.name = 'ReadError';
  }
}
