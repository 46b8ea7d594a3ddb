// The front door that `cchc parse`, `cchc batch` and library users share: any input file's bytes
// → one validated document. The read stage (src/read/) makes text of Word files, PDFs and scans;
// text files go to the pipeline as bytes, to be decoded there. The document's source is the file
// itself (its format, bytes and hash), and for PDFs and scans every source span also names the
// page and the line on it.
import { createHash } from 'node:crypto';
import { parse, ParseError, type ParseOptions } from './pipeline.js';
import { readInput, ReadError, type OcrOptions, type ReadDocument } from './read/index.js';
import { CchcDocument, type Diagnostic, type PagePlace } from './schema/document.js';

export interface ConvertOptions extends ParseOptions {
  /** How scans are OCR'd (language, page timeout, cache folder). */
  ocr?: OcrOptions;
}

export async function convert(bytes: Uint8Array, options: ConvertOptions = {}): Promise<CchcDocument> {
  return (await convertInput(bytes, options)).document;
}

/**
 * The document, and the text it was parsed from when the read stage made one (Word, PDF, scans):
 * the text its source lines and restoration changes point into (the review page shows it). Null
 * for a text file, whose decoded bytes are that text.
 */
export async function convertInput(
  bytes: Uint8Array,
  options: ConvertOptions = {},
): Promise<{ document: CchcDocument; text: string | null }> {
  const path = options.path ?? null;
  let read;
  try {
    read = await readInput(bytes, { path, ocr: options.ocr });
  } catch (error) {
    if (error instanceof ReadError) throw new ParseError(error.reason, path, { code: error.code, cause: error });
    throw error;
  }
  const { ocr: _ocr, ...parseOptions } = options;
  if (read.kind === 'text-file') return { document: parse(bytes, parseOptions), text: null };
  const doc = parse(read.text, {
    ...parseOptions,
    input: read.layout,
    encoding: undefined,
    lines: read.lines,
    readByOcr: read.words !== undefined,
    ocrConfidence: read.tokenConfidences,
  });
  const document = CchcDocument.parse({
    ...withPages(doc, read),
    source: {
      ...doc.source,
      format: read.format,
      encoding: read.encoding,
      bytes: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      ...(read.pages ? { pages: read.pages } : {}),
    },
    diagnostics: [...doc.diagnostics, ...ocrNotes(read)],
  });
  return { document, text: read.text };
}

/** Every `source` span (tasks, targets, articles, citations …) gets the pages its lines were on. */
function withPages(doc: CchcDocument, read: ReadDocument): CchcDocument {
  const places = read.places;
  if (!places) return doc;
  // The place of a line, or of the nearest line above it that has one (blank lines have none).
  const placeOf = (line: number): PagePlace | null => {
    for (let i = Math.min(line, places.length) - 1; i >= 0; i--) if (places[i]) return places[i]!;
    return places.find((p) => p !== null) ?? null;
  };
  const visit = (value: unknown, key: string | null): unknown => {
    if (Array.isArray(value)) return value.map((v) => visit(v, null));
    if (!value || typeof value !== 'object') return value;
    const record = value as Record<string, unknown>;
    if (key === 'source' && typeof record.startLine === 'number' && typeof record.endLine === 'number') {
      const start = placeOf(record.startLine);
      const end = placeOf(record.endLine);
      return start && end ? { ...record, pages: { start, end } } : record;
    }
    return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, k === 'diagnostics' || k === 'restoration' ? v : visit(v, k)]));
  };
  return CchcDocument.parse(visit(doc, null));
}

/** How sure the OCR was, in one note: words read and how many the engine doubted. */
function ocrNotes(read: ReadDocument): Diagnostic[] {
  if (!read.words?.length) return [];
  const doubtful = read.words.filter((w) => w.confidence < 60).length;
  const mean = read.words.reduce((s, w) => s + w.confidence, 0) / read.words.length;
  return [
    {
      message: `OCR (${read.encoding.replace(/^ocr /, '')}): ${read.words.length} words on ${read.pages ?? 1} page(s), mean confidence ${mean.toFixed(0)}, ${doubtful} below 60`,
      ruleId: 'read:ocr-confidence',
      severity: 'info',
      line: null,
      column: null,
    },
  ];
}
