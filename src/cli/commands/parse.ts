// cchc parse <file…>: each file through the pipeline; the good ones are written
// even when others fail (exit 1), each failure named on one line.
import type { ParseOptions } from '../../pipeline.js';
import { toCsv, toJson, toNdjson, type TableName } from '../../emit/index.js';
import { convert } from '../../convert.js';
import { writeFileAtomic } from '../../batch/atomic.js';
import type { CchcDocument } from '../../schema/document.js';
import { readInput, writeOutput, type Io } from '../io.js';
import { modelFilesRead } from '../../model-files.js';

export interface ParseCommandOptions {
  format: 'json' | 'ndjson' | 'csv' | 'xlsx';
  table: TableName;
  out?: string;
  bom: boolean;
  input: ParseOptions['input'];
  encoding?: string;
  restore: NonNullable<ParseOptions['restore']>;
}

export async function parseCommand(files: string[], options: ParseCommandOptions, io: Io): Promise<number> {
  if (options.format === 'xlsx' && (!options.out || options.out === '-')) {
    io.stderr('cchc parse: --format xlsx writes a workbook: give it a file with --out <file.xlsx>\n');
    return 2;
  }
  const docs: CchcDocument[] = [];
  let failed = 0;
  for (const path of files) {
    try {
      const bytes = await readInput(path, io);
      await modelFilesRead();
      // Text in any encoding, Word (.docx, .doc), PDF, or a scan (OCR).
      const doc = await convert(bytes, { path: path === '-' ? undefined : path, input: options.input, encoding: options.encoding, restore: options.restore });
      docs.push(doc);
      for (const d of doc.diagnostics.filter((x) => x.severity !== 'info')) {
        io.stderr(`${path}:${d.line ?? 1}:${d.column ?? 1}: ${d.severity}: ${d.message} [${d.ruleId}]\n`);
      }
    } catch (error) {
      failed++;
      const message = (error as Error).message;
      io.stderr(`cchc: ${message.startsWith(path) ? message : `${path}: ${message}`}\n`);
    }
  }
  if (docs.length && options.format === 'xlsx') await writeFileAtomic(options.out!, await (await import('../../emit/xlsx.js')).toXlsx(docs));
  else if (docs.length) {
    const text =
      options.format === 'csv' ? await toCsv(docs, { table: options.table, bom: options.bom })
      : options.format === 'ndjson' ? toNdjson(docs)
      : toJson(docs.length === 1 ? docs[0]! : docs);
    await writeOutput(options.out, text, io);
  }
  return failed ? 1 : 0;
}
