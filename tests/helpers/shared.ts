// Where the shared material (seeds, gold, corpus) lives: ../shared beside the
// repository, or $CCHC_SHARED. Tests that need it say so when it is absent.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const sharedDir = process.env.CCHC_SHARED ?? resolve(repoRoot, '../shared');
export const hasShared = existsSync(join(sharedDir, 'seeds'));

export function sharedMissingNote(what: string): string {
  return `${what}: ../shared not found at ${sharedDir} (set CCHC_SHARED) — skipped`;
}

/** Path of a seed by its number ("001"). */
export function seedPath(number: string): string {
  const dir = join(sharedDir, 'seeds');
  const name = readdirSync(dir).find((f) => f.startsWith(`${number}_`));
  if (!name) throw new Error(`seed ${number} not found in ${dir}`);
  return join(dir, name);
}

export function readShared(relative: string): string {
  return readFileSync(join(sharedDir, relative), 'utf8');
}

export function fixturePath(name: string): string {
  return join(repoRoot, 'fixtures', name);
}
