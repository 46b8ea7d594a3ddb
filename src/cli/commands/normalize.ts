// cchc normalize <file>: the text with Vietnamese restored, line for line.
//   --diff  only the lines that changed: "@@ line N @@", the input line (-) and the restored one (+)
//   --json  the change log: {mode, applied, diacriticShare, changes: [{line, column, original, restored, confidence}]}
import { decode, openRestorer, type Restorer, CchcError, messageOf } from '../../index.js';
import { readInput, writeOutput } from '../files.js';
import type { Io } from '../io.js';
import { RESTORE_MODES } from '../options.js';
import { encodingOption, flag, oneArgument, oneOf, optionalText } from '../read-options.js';

export async function normalizeCommand(
  args: readonly unknown[],
  raw: Record<string, unknown>,
  io: Io,
  opening: Promise<Restorer> = openRestorer(),
): Promise<number> {
  const path = oneArgument(args);
  const options = {
    diff: flag(raw.diff),
    json: flag(raw.json),
    out: optionalText(raw.out, '--out'),
    encoding: encodingOption(raw.encoding),
    restore: oneOf(raw.restore, RESTORE_MODES, '--restore'),
  };
  let text: string;
  try {
    const bytes = await readInput(path, io);
    const input = decode(bytes, { encoding: options.encoding }).text;
    const restorer = await opening;
    if (options.json || options.diff) {
      // Only these print the change log; the plain text is restored without one (restoreText).
      const result = restorer.restore(input, { mode: options.restore });
      if (options.json) text = JSON.stringify(result.restoration, null, 2) + '\n';
      else
        text = lineDiff(
          input,
          result.text,
          result.restoration.changes.map((c) => c.line),
        );
    } else {
      text = restorer.restoreText(input, { mode: options.restore });
    }
  } catch (error) {
    io.stderr(`cchc: ${path}: ${error instanceof CchcError ? error.reason : messageOf(error)}\n`);
    return 1;
  }
  writeOutput(options.out, text, io);
  return 0;
}

function lineDiff(before: string, after: string, changedLines: number[]): string {
  const a = before.split('\n');
  const b = after.split('\n');
  let out = '';
  for (const n of [...new Set(changedLines)]) out += `@@ line ${n} @@\n- ${a[n - 1]}\n+ ${b[n - 1]}\n`;
  return out;
}
