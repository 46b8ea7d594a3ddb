// cchc merge <dir…> --out <dir>: the --out folders of several batch runs (the shards of
// one archive) as one: every input's JSON, the combined tables written once, one report.json.
// Exit 0 when every input converted, 1 when some failed (as batch), 2 when the folders
// cannot be merged (no report.json, other options, overlapping or mixed shards).
import { statSync } from 'node:fs';
import { mergeRuns } from '../../index.js';
import type { Io } from '../io.js';
import { argumentList, flag, optionalText, usageError } from '../read-options.js';

export async function mergeCommand(args: readonly unknown[], raw: Record<string, unknown>, io: Io): Promise<number> {
  const dirs = argumentList(args);
  const out = optionalText(raw.out, '--out');
  const quiet = flag(raw.quiet);
  if (!out) throw usageError('--out <dir> is required');
  if (statSync(out, { throwIfNoEntry: false })?.isDirectory() === false) throw usageError(`--out ${out} is a file, not a folder`);
  // A MergeError (folders that cannot be merged) is a usage error: exit 2.
  const result = await mergeRuns(dirs, out);
  if (result.missingShards.length) {
    io.stderr(`cchc merge: warning: shard(s) ${result.missingShards.join(', ')} not among the folders: their inputs are not in ${out}\n`);
  }
  const { totals } = result.report;
  if (!quiet) {
    io.stdout(
      `${dirs.length} folder(s) merged: ${totals.inputs} input(s), ${totals.converted + totals.convertedWithWarnings} converted ` +
        `(${totals.convertedWithWarnings} with warnings), ${totals.failed} failed; outputs in ${out}: ${result.outputs.join(', ')}\n`,
    );
  }
  return totals.failed ? 1 : 0;
}
