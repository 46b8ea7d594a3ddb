// cchc merge: the outputs of several batch runs — the shards of one archive run
// on different machines with --shard k/n — put together as if one run had
// converted everything: each input's JSON copied over, the combined tables and
// documents.ndjson written once (one header row, sorted by path: the same bytes
// an unsharded run writes), and one report.json listing every input.
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { CchcError, messageOf, systemCodeOf } from '../errors.js';
import { SCHEMA_VERSION } from '../schema/document.js';
import { writeFileAtomic } from './atomic.js';
import { insideFolder, isPlainRelative, jsonOutputOf, within } from './paths.js';
import { writeCombined, type CombinedFormat } from './combine.js';
import { totalsOf, type Outcome } from './outcome.js';
import type { Report } from './run.js';

/** A folder that cannot be merged, or folders that do not belong together. */
export class MergeError extends CchcError {
  constructor(message: string, cause?: unknown) {
    super(message, { code: 'usage', cause });
    this.name = 'MergeError';
  }
}

export interface MergeResult {
  report: Report;
  outputs: string[];
  /** Shards of the same n that none of the folders holds ("2/3"). */
  missingShards: string[];
}

interface RunOutput {
  dir: string;
  report: Report;
}

export async function mergeRuns(dirs: string[], out: string): Promise<MergeResult> {
  if (dirs.length === 0) throw new MergeError('no folders to merge');
  // Writing into a folder being merged would overwrite what is being read.
  for (const dir of dirs) {
    if (within(resolve(out), resolve(dir)))
      throw new MergeError(
        `--out ${out} ${resolve(out) === resolve(dir) ? 'is' : 'holds'} the folder ${dir} being merged: choose another output folder`,
      );
  }
  const runs = await Promise.all(dirs.map(readRun));
  const options = sameOptions(runs);
  const missingShards = missingShardsOf(runs);

  // Every input once: two folders holding the same input were not cut from one archive with one n.
  const owner = new Map<string, { run: RunOutput; outcome: Outcome }>();
  for (const run of runs) {
    for (const outcome of run.report.inputs) {
      const seen = owner.get(outcome.file);
      if (seen)
        throw new MergeError(
          `${outcome.file} is in both ${seen.run.dir} and ${run.dir} (shards of different --shard n, or the same shard twice)`,
        );
      owner.set(outcome.file, { run, outcome });
    }
  }
  const files = [...owner.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

  await mkdir(out, { recursive: true });
  for (const file of files) {
    const { run, outcome } = owner.get(file)!;
    if (!outcome.output) continue;
    // Both ends are checked: the report names a path, and a path can lead out of its folder.
    const source = insideFolder(run.dir, outcome.output);
    const target = insideFolder(out, outcome.output);
    if (!source || !target)
      throw new MergeError(
        `${run.dir}/report.json: ${outcome.file}: output ${JSON.stringify(outcome.output)} is not a file inside the folder`,
      );
    await mkdir(dirname(target), { recursive: true });
    try {
      await copyFile(source, target);
    } catch (error) {
      throw new MergeError(
        `${join(run.dir, outcome.output)}: ${systemCodeOf(error) === 'ENOENT' ? 'missing (its report.json lists it)' : messageOf(error)}`,
        error,
      );
    }
  }
  const outcomes = files.map((f) => owner.get(f)!.outcome);
  const outputs = await writeCombined(out, outcomes, { format: options.format as CombinedFormat, bom: options.bom === true });
  const report: Report = { schemaVersion: SCHEMA_VERSION, shard: null, options, totals: totalsOf(outcomes), inputs: outcomes };
  await writeFileAtomic(join(out, 'report.json'), JSON.stringify(report, null, 2) + '\n');
  outputs.push('report.json');
  return { report, outputs, missingShards };
}

async function readRun(dir: string): Promise<RunOutput> {
  let text: string;
  try {
    text = await readFile(join(dir, 'report.json'), 'utf8');
  } catch (error) {
    throw new MergeError(
      systemCodeOf(error) === 'ENOENT'
        ? `${dir}: no report.json (not the --out folder of a finished cchc batch; an interrupted batch finishes when run again)`
        : `${dir}: ${messageOf(error)}`,
      error,
    );
  }
  let report: Report;
  try {
    report = JSON.parse(text) as Report;
  } catch (error) {
    throw new MergeError(`${dir}/report.json: not valid JSON`, error);
  }
  if (!Array.isArray(report.inputs) || typeof report.options !== 'object' || report.options === null) {
    throw new MergeError(`${dir}/report.json: not a cchc batch report`);
  }
  if (report.schemaVersion !== SCHEMA_VERSION) {
    throw new MergeError(
      `${dir}: converted with output schema ${String(report.schemaVersion)}, this cchc writes ${SCHEMA_VERSION} (run its batch again)`,
    );
  }
  for (const outcome of report.inputs) {
    // Each path in it is read later: an input's own output, inside the folder, or the report is not one a batch wrote.
    const output = (outcome as Partial<Outcome> | null)?.output;
    if (!isPlainRelative(outcome?.file) || (output !== undefined && output !== jsonOutputOf(outcome.file))) {
      throw new MergeError(
        `${dir}/report.json: ${JSON.stringify(outcome?.file)} with output ${JSON.stringify(output)} is not an input a batch converted into this folder`,
      );
    }
  }
  return { dir, report };
}

/** The options every run used (restoration, formats…): outputs made differently do not merge. */
function sameOptions(runs: RunOutput[]): Record<string, unknown> {
  const first = runs[0]!;
  const key = JSON.stringify(first.report.options);
  for (const run of runs.slice(1)) {
    if (JSON.stringify(run.report.options) !== key) {
      throw new MergeError(
        `${run.dir} was converted with other options than ${first.dir} (${JSON.stringify(run.report.options)} vs ${key})`,
      );
    }
  }
  return first.report.options;
}

/** With k/n shards, the shards of that n that are not there; unsharded runs say nothing. */
function missingShardsOf(runs: RunOutput[]): string[] {
  const shards = runs.map((r) => r.report.shard).filter((s): s is string => typeof s === 'string');
  const counts = new Set(shards.map((s) => s.split('/')[1]));
  if (counts.size > 1) throw new MergeError(`the folders are shards of different n (${[...new Set(shards)].join(', ')})`);
  if (counts.size === 0) return [];
  const n = Number([...counts][0]);
  const present = new Set(shards.map((s) => Number(s.split('/')[0])));
  return Array.from({ length: n }, (_, i) => i + 1)
    .filter((k) => !present.has(k))
    .map((k) => `${k}/${n}`);
}
