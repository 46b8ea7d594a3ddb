// cchc report <file>: convert one decision and write the review page, a single
// self-contained HTML file (standard output when no --out is given).
import { CchcError, convertInput, inputTextOf, messageOf, openRestorer, type Restorer, renderReport } from '../../index.js';
import { readInput, writeOutput } from '../files.js';
import type { Io } from '../io.js';
import { INPUT_FORMATS, RESTORE_MODES } from '../options.js';
import { encodingOption, oneArgument, oneOf, optionalText } from '../read-options.js';

export async function reportCommand(
  args: readonly unknown[],
  raw: Record<string, unknown>,
  io: Io,
  opening: Promise<Restorer> = openRestorer(),
): Promise<number> {
  const path = oneArgument(args);
  const options = {
    out: optionalText(raw.out, '--out'),
    input: oneOf(raw.input, INPUT_FORMATS, '--input'),
    encoding: encodingOption(raw.encoding),
    restore: oneOf(raw.restore, RESTORE_MODES, '--restore'),
  };
  let html: string;
  let summary: string;
  try {
    const bytes = await readInput(path, io);
    // Every input format alike (Word, PDF and scans through the text the read stage made of them).
    const { document: doc, text } = await convertInput(bytes, {
      path: path === '-' ? undefined : path,
      input: options.input,
      encoding: options.encoding,
      restore: options.restore,
      restorer: await opening,
    });
    // The page shows the text the restoration changes point into.
    html = renderReport(doc, text ?? (await inputTextOf(doc, bytes)));
    summary = `${doc.tasks.length} tasks, ${doc.restoration.changes.length} restored words, ${doc.diagnostics.length} diagnostics`;
  } catch (error) {
    io.stderr(`cchc: ${path}: ${error instanceof CchcError ? error.reason : messageOf(error)}\n`);
    return 1;
  }
  writeOutput(options.out, html, io);
  if (options.out && options.out !== '-') io.stderr(`cchc: wrote ${options.out} (${summary})\n`);
  return 0;
}
