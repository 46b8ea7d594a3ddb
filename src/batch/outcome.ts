// What happened to one input: the line report.json keeps for it.
import type { CchcDocument } from '../schema/document.js';

export type Status = 'converted' | 'converted-with-warnings' | 'failed';

export interface Outcome {
  /** Input path relative to the archive root, "/"-separated. */
  file: string;
  status: Status;
  /** Why it failed. */
  reason?: string;
  /** Warnings and errors the pipeline noted ("12:1 message [rule]"), at most MAX_WARNINGS. */
  warnings?: string[];
  warningCount?: number;
  format?: string;
  encoding?: string;
  /** Output JSON, relative to --out. */
  output?: string;
  targets?: number;
  tasks?: number;
}

export const MAX_WARNINGS = 20;

/** report.json's totals: inputs and how many of each status. */
export function totalsOf(outcomes: Outcome[]): { inputs: number; converted: number; convertedWithWarnings: number; failed: number } {
  const count = (status: Status) => outcomes.filter((o) => o.status === status).length;
  return {
    inputs: outcomes.length,
    converted: count('converted'),
    convertedWithWarnings: count('converted-with-warnings'),
    failed: count('failed'),
  };
}

export function outcomeOf(file: string, output: string, doc: CchcDocument): Outcome {
  const notes = doc.diagnostics.filter((d) => d.severity !== 'info');
  return {
    file,
    status: notes.length ? 'converted-with-warnings' : 'converted',
    ...(notes.length
      ? {
          warnings: notes.slice(0, MAX_WARNINGS).map((d) => `${d.line ?? 1}:${d.column ?? 1} ${d.severity}: ${d.message} [${d.ruleId}]`),
          warningCount: notes.length,
        }
      : {}),
    format: doc.source.format,
    encoding: doc.source.encoding,
    output,
    targets: doc.targets.length,
    tasks: doc.tasks.length,
  };
}

/** A failure's reason without the file name the pipeline puts in front. */
export function failureOf(file: string, error: unknown, path?: string): Outcome {
  let reason = error instanceof Error ? error.message : String(error);
  if (path && reason.startsWith(`${path}: `)) reason = reason.slice(path.length + 2);
  const known = error instanceof Error && ['ParseError', 'DecodeError', 'DocxError'].includes(error.name);
  return { file, status: 'failed', reason: known ? reason : `internal error: ${reason}` };
}
