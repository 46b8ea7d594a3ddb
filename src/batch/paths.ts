// Where a batch writes each input's outputs, and the check every path read back from a file
// (report.json, the journal) goes through before it is opened: relative, inside its folder.
import { realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * Inputs at the top of the archive whose outputs would be the batch's own files: "report" →
 * report.json, "index" → index.html (--report). Letter case aside: some file systems ignore it.
 */
const RESERVED = new Set(['report', 'index']);

/**
 * An input's outputs without their extension: its relative path, except that a top-level name a
 * batch file would take, or one starting with "_" (so that no two inputs share outputs), gets a
 * "_" in front ("report" → "_report.json", "_notes" → "__notes.json").
 */
export function outputBase(file: string): string {
  if (file.includes('/')) return file;
  return RESERVED.has(file.toLowerCase()) || file.startsWith('_') || file.startsWith('.cchc-') ? `_${file}` : file;
}

/** The JSON of an input, relative to --out. */
export const jsonOutputOf = (file: string) => `${outputBase(file)}.json`;

/** The review page of an input (--report), relative to --out. */
export const pageOutputOf = (file: string) => `${outputBase(file)}.html`;

/** A "/"-separated relative path that stays where it is put: no "..", no absolute path, no empty or "." part. */
export function isPlainRelative(path: unknown): path is string {
  if (typeof path !== 'string' || !path || isAbsolute(path) || path.includes('\\') || path.includes('\0')) return false;
  return path.split('/').every((part) => part !== '' && part !== '.' && part !== '..');
}

/**
 * The absolute path of `path` (read from a file) inside `dir`, or null when it would lead out of
 * it, by its form or through a symbolic link.
 */
export function insideFolder(dir: string, path: unknown): string | null {
  if (!isPlainRelative(path)) return null;
  const full = resolve(dir, path);
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return null;
    }
  };
  const realDir = real(dir) ?? resolve(dir);
  const realFull = real(full);
  if (realFull !== null && !within(realDir, realFull)) return null;
  return full;
}

/** Whether `path` is `dir` or under it (both absolute). */
export function within(dir: string, path: string): boolean {
  const rel = relative(dir, path);
  return rel === '' || (!isAbsolute(rel) && rel.split(sep)[0] !== '..');
}
