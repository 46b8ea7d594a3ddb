// Every output is written to a temporary file beside it and renamed into
// place, so a run killed half-way never leaves a half-written output; the
// next run removes the temporary files left behind.
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

const TEMP_MARK = '.cchc-tmp-';

export const tempPathFor = (path: string) =>
  join(dirname(path), `${TEMP_MARK}${randomBytes(6).toString('hex')}-${path.slice(dirname(path).length + 1)}`);

export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = tempPathFor(path);
  try {
    await writeFile(temp, data);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** Remove temporary files an interrupted run left under dir; returns how many. */
export async function removeStaleTemps(dir: string): Promise<number> {
  let removed = 0;
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true, recursive: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    if (entry.isFile() && entry.name.startsWith(TEMP_MARK)) {
      await rm(join(entry.parentPath, entry.name), { force: true });
      removed++;
    }
  }
  return removed;
}
