// cchc normalize <file>: the text with Vietnamese restored, line for line.
//   --diff  only the lines that changed: "@@ line N @@", the input line (-) and the restored one (+)
//   --json  the change log: {mode, applied, diacriticShare, changes: [{line, column, original, restored, confidence}]}
import { decode } from '../../decode/index.js';
import { restore, restoreText, type RestoreMode } from '../../restore/index.js';
import { readInput, writeOutput, type Io } from '../io.js';
import { modelFilesRead } from '../../model-files.js';

export interface NormalizeCommandOptions {
  diff: boolean;
  json: boolean;
  out?: string;
  encoding?: string;
  restore: RestoreMode;
}

export async function normalizeCommand(path: string, options: NormalizeCommandOptions, io: Io): Promise<number> {
  let text: string;
  try {
    const bytes = await readInput(path, io);
    const input = decode(bytes, { encoding: options.encoding }).text;
    await modelFilesRead();
    if (options.json || options.diff) {
      // Only these print the change log; the plain text is restored without one (restoreText).
      const result = restore(input, options.restore);
      if (options.json) text = JSON.stringify(result.restoration, null, 2) + '\n';
      else text = lineDiff(input, result.text, result.restoration.changes.map((c) => c.line));
    } else {
      text = restoreText(input, options.restore);
    }
  } catch (error) {
    io.stderr(`cchc: ${path}: ${(error as Error).message}\n`);
    return 1;
  }
  await writeOutput(options.out, text, io);
  return 0;
}

function lineDiff(before: string, after: string, changedLines: number[]): string {
  const a = before.split('\n');
  const b = after.split('\n');
  let out = '';
  for (const n of [...new Set(changedLines)]) out += `@@ line ${n} @@\n- ${a[n - 1]}\n+ ${b[n - 1]}\n`;
  return out;
}
