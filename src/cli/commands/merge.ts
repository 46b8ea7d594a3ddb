// cchc merge <dir…> --out <dir>: the --out folders of several batch runs (the shards of
// one archive) as one: every input's JSON, the combined tables written once, one report.json.
// Exit 0 when every input converted, 1 when some failed (as batch), 2 when the folders
// cannot be merged (no report.json, other options, overlapping or mixed shards).
import { statSync } from 'node:fs';
import { MergeError, mergeRuns, type MergeResult } from '../../batch/merge.js';
import type { Io } from '../io.js';

export interface MergeCommandOptions {
  out?: string;
  quiet: boolean;
}

export async function mergeCommand(dirs: string[], options: MergeCommandOptions, io: Io): Promise<number> {
  const usage = (message: string) => (io.stderr(`cchc merge: ${message}\n`), 2);
  if (!options.out) return usage('--out <dir> is required');
  if (statSync(options.out, { throwIfNoEntry: false })?.isDirectory() === false) return usage(`--out ${options.out} is a file, not a folder`);
  let result: MergeResult;
  try {
    result = await mergeRuns(dirs, options.out);
  } catch (error) {
    if (error instanceof MergeError) return usage(error.message);
    throw error;
  }
  if (result.missingShards.length) {
    io.stderr(`cchc merge: warning: shard(s) ${result.missingShards.join(', ')} not among the folders: their inputs are not in ${options.out}\n`);
  }
  const { totals } = result.report;
  if (!options.quiet) {
    io.stdout(
      `${dirs.length} folder(s) merged: ${totals.inputs} input(s), ${totals.converted + totals.convertedWithWarnings} converted ` +
        `(${totals.convertedWithWarnings} with warnings), ${totals.failed} failed; outputs in ${options.out}: ${result.outputs.join(', ')}\n`,
    );
  }
  return totals.failed ? 1 : 0;
}
