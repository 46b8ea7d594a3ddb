// cchc parse <file…>: each file through the pipeline; the good ones are written
// even when others fail (exit 1), each failure named on one line. Several files
// give one shape of output whatever fails: a JSON array (one object for one file).
import {
  CchcError,
  convertDocument,
  messageOf,
  openRestorer,
  type Restorer,
  toCsv,
  toJson,
  toNdjson,
  toXlsx,
  type CchcDocument,
} from '../../index.js';
import { readInput, writeFileAtomicSync, writeOutput } from '../files.js';
import { processIo, type Io } from '../io.js';
import { pageMeter } from '../page-meter.js';
import { CSV_TABLES, INPUT_FORMATS, PARSE_FORMATS, RESTORE_MODES } from '../options.js';
import { argumentList, encodingOption, flag, oneOf, optionalText, usageError } from '../read-options.js';

export async function parseCommand(
  args: readonly unknown[],
  raw: Record<string, unknown>,
  io: Io,
  opening: Promise<Restorer> = openRestorer(),
): Promise<number> {
  const files = argumentList(args);
  const options = {
    format: oneOf(raw.format, PARSE_FORMATS, '--format'),
    table: oneOf(raw.table, CSV_TABLES, '--table'),
    out: optionalText(raw.out, '--out'),
    bom: flag(raw.bom),
    input: oneOf(raw.input, INPUT_FORMATS, '--input'),
    encoding: encodingOption(raw.encoding),
    restore: oneOf(raw.restore, RESTORE_MODES, '--restore'),
  };
  const out = options.out === '-' ? undefined : options.out;
  if (options.format === 'xlsx' && !out) throw usageError('--format xlsx writes a workbook: give it a file with --out <file.xlsx>');
  const docs: CchcDocument[] = [];
  let failed = 0;
  const meter = pageMeter(io.stderr, io === processIo && Boolean(process.stderr.isTTY));
  for (const path of files) {
    try {
      const bytes = await readInput(path, io);
      const restorer = await opening;
      // Text in any encoding, Word (.docx, .doc), PDF, or a scan (OCR).
      const ocr = { onPage: meter.onPage(path) };
      const doc = await convertDocument(bytes, {
        path: path === '-' ? undefined : path,
        input: options.input,
        encoding: options.encoding,
        restore: options.restore,
        restorer,
        ocr,
      }).finally(() => meter.clear());
      docs.push(doc);
      for (const d of doc.diagnostics.filter((x) => x.severity !== 'info')) {
        io.stderr(`${path}:${d.line ?? 1}:${d.column ?? 1}: ${d.severity}: ${d.message} [${d.ruleId}]\n`);
      }
    } catch (error) {
      failed++;
      io.stderr(`cchc: ${path}: ${error instanceof CchcError ? error.reason : messageOf(error)}\n`);
    }
  }
  if (options.format === 'xlsx') {
    if (docs.length && out) writeFileAtomicSync(out, await toXlsx(docs));
  } else if (docs.length || (files.length > 1 && options.format === 'json')) {
    const text =
      options.format === 'csv'
        ? await toCsv(docs, { table: options.table, bom: options.bom })
        : options.format === 'ndjson'
          ? toNdjson(docs)
          : toJson(files.length === 1 && docs[0] ? docs[0] : docs);
    writeOutput(out, text, io);
  }
  return failed ? 1 : 0;
}
