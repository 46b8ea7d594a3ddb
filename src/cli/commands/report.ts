// cchc report <file>: convert one decision and write the review page, a single
// self-contained HTML file (standard output when no --out is given).
import { convertInput } from '../../convert.js';
import type { ParseOptions } from '../../pipeline.js';
import { inputTextOf, renderReport } from '../../report/index.js';
import { readInput, writeOutput, type Io } from '../io.js';

export interface ReportCommandOptions {
  out?: string;
  input: ParseOptions['input'];
  encoding?: string;
  restore: NonNullable<ParseOptions['restore']>;
}

export async function reportCommand(path: string, options: ReportCommandOptions, io: Io): Promise<number> {
  let html: string;
  let summary: string;
  try {
    const bytes = await readInput(path, io);
    // Every input format alike (Word, PDF and scans through the text the read stage made of them).
    const { document: doc, text } = await convertInput(bytes, { path: path === '-' ? undefined : path, input: options.input, encoding: options.encoding, restore: options.restore });
    // The page shows the text the restoration changes point into.
    html = renderReport(doc, text ?? (await inputTextOf(doc, bytes)));
    summary = `${doc.tasks.length} tasks, ${doc.restoration.changes.length} restored words, ${doc.diagnostics.length} diagnostics`;
  } catch (error) {
    const message = (error as Error).message;
    io.stderr(`cchc: ${message.startsWith(path) ? message : `${path}: ${message}`}\n`);
    return 1;
  }
  await writeOutput(options.out, html, io);
  if (options.out && options.out !== '-') io.stderr(`cchc: wrote ${options.out} (${summary})\n`);
  return 0;
}
