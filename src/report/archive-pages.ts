// `cchc batch … --report`, after the batch: a review page beside each
// converted document's JSON (<input>.html) and index.html at the top of the
// output folder, with counts, links and failures. Pages are rebuilt from the
// JSON the batch wrote and the input file; a page newer than its JSON is kept,
// so a resumed batch only renders what changed.
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { CchcError, messageOf } from '../errors.js';
import { writeFileAtomic } from '../batch/atomic.js';
import { collectInputs } from '../batch/inputs.js';
import type { Outcome } from '../batch/outcome.js';
import { pageOutputOf } from '../batch/paths.js';
import type { CchcDocument } from '../schema/document.js';
import { renderArchiveIndex, summarizeDocument, type ArchiveEntry } from './archive-index.js';
import { inputTextOf } from './input-text.js';
import { renderReport } from './report.js';

export interface ArchivePagesResult {
  /** Pages written this time. */
  written: number;
  /** Pages kept because they were newer than their JSON. */
  kept: number;
  /** Documents converted but whose page could not be made, with the reason. */
  problems: Array<{ file: string; reason: string; error: CchcError }>;
  /** index.html, relative to the output folder. */
  index: string;
}

/**
 * `inputs` are the batch's own arguments (folders, globs, files): they map each
 * outcome's relative file back to the input read.
 */
export async function writeArchivePages(outDir: string, inputs: string[], outcomes: readonly Outcome[]): Promise<ArchivePagesResult> {
  const { inputs: found } = await collectInputs(inputs, outDir);
  const inputPath = new Map(found.map((i) => [i.file, i.path]));
  const result: ArchivePagesResult = { written: 0, kept: 0, problems: [], index: 'index.html' };
  const entries: ArchiveEntry[] = [];
  for (const outcome of outcomes) {
    if (outcome.status === 'failed' || !outcome.output) {
      entries.push({ source: outcome.file, error: outcome.reason ?? 'failed' });
      continue;
    }
    const jsonPath = join(outDir, outcome.output);
    const pagePath = join(outDir, pageOutputOf(outcome.file));
    try {
      const doc = JSON.parse(await readFile(jsonPath, 'utf8')) as CchcDocument;
      if (await isNewer(pagePath, jsonPath)) result.kept++;
      else {
        const path = inputPath.get(outcome.file);
        if (!path) throw new Error('input no longer found');
        const bytes = await readFile(path);
        await writeFileAtomic(pagePath, renderReport(doc, await inputTextOf(doc, bytes)));
        result.written++;
      }
      entries.push({ source: outcome.file, report: pageHref(outcome.file), document: summarizeDocument(doc) });
    } catch (error) {
      const reason = `review page not written: ${messageOf(error)}`;
      result.problems.push({
        file: outcome.file,
        reason,
        error: new CchcError(reason, { code: 'output', path: outcome.file, cause: error }),
      });
      entries.push({ source: outcome.file, error: reason });
    }
  }
  await writeFileAtomic(join(outDir, result.index), renderArchiveIndex(entries));
  return result;
}

/** Link from index.html to a page: each path segment URL-encoded ("#", "?", spaces). */
export function pageHref(file: string): string {
  return pageOutputOf(file).split('/').map(encodeURIComponent).join('/');
}

async function isNewer(path: string, than: string): Promise<boolean> {
  const [a, b] = await Promise.all([stat(path).catch(() => null), stat(than)]);
  return a !== null && a.mtimeMs >= b.mtimeMs;
}
