// The pipeline: read → decode → restore → segment → extract → validate.
import { createHash } from 'node:crypto';
import { VFile } from 'vfile';
import { decode, DecodeError } from './decode/index.js';
import { CchcError, messageOf, type CchcErrorCode } from './errors.js';
import { correctionsShowOcr, withOcrConfidence, type RestoreMode, type Restorer } from './restore/index.js';
import { tokenCount } from './vietnamese/index.js';
import { defaultRestorer } from './default-restorer.js';
import { segment, textLayout, markdownLayout, givenLines, type LayoutLine } from './segment/index.js';
import { extractDocument } from './extract/document.js';
import { restoreSignerName } from './extract/signer-name.js';
import { rateTasks } from './extract/confidence/index.js';
import { accountPlanLines } from './extract/accounting.js';
import { targetsWithoutUnreadable, tasksWithoutUnreadable } from './extract/unreadable.js';
import { CchcDocument, SCHEMA_VERSION, type Diagnostic } from './schema/document.js';
import type { TokenConfidences } from './read/token-confidences.js';

export type InputFormat = 'text' | 'markdown';

export interface ParseOptions {
  /** Path shown in diagnostics and recorded in `source.path`. */
  path?: string;
  /** Force the input format; detected from the extension or content otherwise. */
  input?: InputFormat | 'auto';
  /** Force a text encoding (e.g. "tcvn", "vni", "windows-1258"). */
  encoding?: string;
  restore?: RestoreMode;
  /** The text is an OCR's reading of a page (convert.ts sets it for scans): auto corrects it without looking for signs of OCR (restore/ocr-signs.ts). */
  readByOcr?: boolean;
  /**
   * Each line's tokens' OCR confidences, where the text is a scan cchc OCR'd (convert.ts passes the
   * read stage's): restoration weighs each word by it (restore/ocr-confidence.ts).
   */
  ocrConfidence?: TokenConfidences;
  /** The restoration engine (openRestorer()); the package's default restorer when absent. */
  restorer?: Restorer;
  /**
   * The layout lines of `input`, where a reader built them from the document's own structure (a
   * Word file's tree; `input` is their printout). Laid out from the text when absent, or when
   * decoding or restoration changed the text in a way the lines cannot follow (segment/given-lines.ts).
   */
  lines?: readonly LayoutLine[];
}

/** The input is not a decision, or could not be read as text (`cause`: the decoder's DecodeError). */
export class ParseError extends CchcError {
  constructor(message: string, path: string | null, options: { code?: CchcErrorCode; cause?: unknown } = {}) {
    super(message, { code: options.code ?? 'parse', path, cause: options.cause });
    this.name = 'ParseError';
  }
}

export function parse(input: string | Uint8Array, options: ParseOptions = {}): CchcDocument {
  const document = readDocument(input, options);
  const lines = document.text.split('\n');
  const tasks = rateTasks(document.tasks, { restored: document.restoration.changes, lines, diagnostics: document.diagnostics });
  const { text: _text, ...rest } = document;
  return CchcDocument.parse({ ...rest, tasks });
}

/** The document before its task fields are rated, with the text it was read from (for scripts that learn the rating). */
export function readDocument(
  input: string | Uint8Array,
  options: ParseOptions = {},
): Omit<CchcDocument, 'tasks'> & { tasks: CchcDocument['tasks']; text: string } {
  const path = options.path ?? null;
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  let decoded;
  try {
    decoded = decode(input, { encoding: options.encoding });
  } catch (error) {
    const code = error instanceof DecodeError ? error.code : 'encoding';
    throw new ParseError(error instanceof CchcError ? error.reason : messageOf(error), path, { code, cause: error });
  }
  const format = options.input && options.input !== 'auto' ? options.input : detectFormat(decoded.text, path);
  const restorer = options.restorer ?? defaultRestorer();
  const {
    text,
    restoration,
    diagnostics: restoreNotes,
  } = restorer.restore(decoded.text, {
    mode: options.restore ?? 'auto',
    readByOcr: options.readByOcr,
    ocrConfidence: options.ocrConfidence,
  });
  const file = new VFile({ path: path ?? undefined, value: text });
  // Restorations the decoder was unsure of, at the token's place in the input.
  for (const n of restoreNotes) file.info(n.message, { place: { line: n.line, column: n.column }, ruleId: n.ruleId, source: 'restore' });
  // What decoding noticed (mixed or uncertain encodings, a cut-off file, a repair) goes on as messages.
  for (const m of decoded.messages) {
    if (m.severity === 'info') file.info(m.reason, { ruleId: m.ruleId, source: 'decode' });
    else file.message(m.reason, { ruleId: m.ruleId, source: 'decode' });
  }
  const given =
    options.lines && typeof input === 'string'
      ? givenLines(options.lines, { printed: input, decoded: decoded.text, restored: text, changes: restoration.changes })
      : null;
  const lines = given ?? (format === 'markdown' ? markdownLayout(text) : textLayout(text));
  // A text that kept its marks and needed several strong corrections reads as OCR output (restore/ocr-evidence.ts).
  const corrected =
    restoration.applied && restoration.scope === 'words' && correctionsShowOcr(restoration.changes.length, tokenCount(decoded.text));
  const tree = segment(lines, file, {
    joinWrapped: format === 'text',
    restored: restoration.applied && restoration.scope === 'document',
    corrected,
  });
  const read = extractDocument(tree, file);
  // Unreadable OCR stays in the text but out of every field (extract/unreadable.ts).
  const readable = {
    ...read,
    tasks: tasksWithoutUnreadable(read.tasks, restoration.unreadable),
    targets: targetsWithoutUnreadable(read.targets, restoration.unreadable),
  };
  const header = tree.children.find((n) => n.type === 'header');
  const renamed = restoreSignerName(
    read.decision.signer,
    header?.signerLine ?? null,
    decoded.text.normalize('NFC').split('\n'),
    text.split('\n'),
    restoration,
    restorer,
  );
  if (renamed) {
    read.decision.signer = renamed.signer;
    // The name's syllables restored again show their OCR confidence too.
    restoration.changes = withOcrConfidence(renamed.changes, decoded.text.normalize('NFC'), options.ocrConfidence);
  }
  // Every line of the plan's task sections is in a task or in a diagnostic saying why not.
  // A task's span reaches the detail lines under it that no reader read.
  const extracted = { ...readable, tasks: accountPlanLines(tree, readable.tasks, text.split('\n'), file) };
  if (!looksLikeDecision(extracted)) {
    throw new ParseError('no decision structure found (no header, article, target or appendix)', path);
  }
  return {
    schemaVersion: SCHEMA_VERSION,
    source: {
      path,
      format,
      encoding: decoded.encoding,
      bytes: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    },
    ...extracted,
    restoration,
    diagnostics: file.messages.map(toDiagnostic),
    text,
  };
}

export function detectFormat(text: string, path: string | null): InputFormat {
  if (path && /\.(md|markdown)$/i.test(path)) return 'markdown';
  if (path && /\.txt$/i.test(path) && !/^\s*(\*\*|#{1,6} )/m.test(text)) return 'text';
  const markers = text.match(/^\s*(#{1,6} |\*\*[^*\n]+\*\*|\*[^*\n]+\*\s*$)/gm)?.length ?? 0;
  return markers >= 3 ? 'markdown' : 'text';
}

function looksLikeDecision(doc: ReturnType<typeof extractDocument>): boolean {
  const d = doc.decision;
  return Boolean(d.number || d.title || d.articles.length || doc.targets.length || doc.tasks.length);
}

function toDiagnostic(message: VFile['messages'][number]): Diagnostic {
  return {
    message: message.reason,
    ruleId: [message.source, message.ruleId].filter(Boolean).join(':') || 'cchc',
    severity: message.fatal ? 'error' : message.fatal === false ? 'warning' : 'info',
    line: message.line ?? null,
    column: message.column ?? null,
    ...(message.place && 'start' in message.place && message.place.end.line !== message.place.start.line
      ? { endLine: message.place.end.line }
      : {}),
  };
}
