// The batch's memory between runs: one line per finished input, appended as
// soon as its output is in place — `{ file, key, outcome }`. A re-run skips an
// input whose key (content hash + schema version + options) is unchanged and
// whose output still exists. A line cut off by a kill is ignored.
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { SCHEMA_VERSION } from '../schema/document.js';
import { writeFileAtomic } from './atomic.js';
import type { Outcome } from './outcome.js';
import { isPlainRelative, jsonOutputOf } from './paths.js';

export interface JournalEntry {
  file: string;
  key: string;
  outcome: Outcome;
}

export const journalPath = (outDir: string) => join(outDir, '.cchc-journal.ndjson');

/** What decides whether an output is still up to date. */
export function inputKey(contentSha256: string, options: object): string {
  return createHash('sha256')
    .update(`${SCHEMA_VERSION}\n${JSON.stringify(options)}\n${contentSha256}`)
    .digest('hex');
}

export function readJournal(outDir: string): Map<string, JournalEntry> {
  const entries = new Map<string, JournalEntry>();
  const path = journalPath(outDir);
  if (!existsSync(path)) return entries;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    try {
      const entry = JSON.parse(line) as JournalEntry;
      if (trustworthy(entry)) entries.set(entry.file, entry);
    } catch {
      // An empty or cut-off line.
    }
  }
  return entries;
}

/**
 * A line the batch could have written: its paths are read back later (the output is opened), so
 * one naming anything but the input's own output is dropped, and the input converted again.
 */
function trustworthy(entry: JournalEntry): boolean {
  if (
    typeof entry !== 'object' ||
    entry === null ||
    typeof entry.key !== 'string' ||
    typeof entry.outcome !== 'object' ||
    entry.outcome === null
  )
    return false;
  if (!isPlainRelative(entry.file) || entry.outcome.file !== entry.file) return false;
  return entry.outcome.output === undefined || entry.outcome.output === jsonOutputOf(entry.file);
}

export const appendJournal = (outDir: string, entry: JournalEntry) => appendFileSync(journalPath(outDir), JSON.stringify(entry) + '\n');

/** Rewrite the journal with one line per input (old lines dropped). */
export async function compactJournal(outDir: string, entries: JournalEntry[]): Promise<void> {
  await writeFileAtomic(journalPath(outDir), entries.map((e) => JSON.stringify(e) + '\n').join(''));
}
