// OCR'd pages kept on disk by content: the key is a hash of the page's source (the file's sha256
// and the page number, or an image's own hash) and of the recipe it was read with (recipe.ts:
// engines, models, options, resolution, our reader's version), so an interrupted batch resumes
// without OCR'ing the same page again, and a page read another way is never reused.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Rule } from '../layout/geometry.js';
import type { OcrRecipe } from './recipe.js';
import type { OcrBox } from './tesseract.js';

export interface CachedPage {
  width: number;
  height: number;
  boxes: OcrBox[];
  rules: Rule[];
}

/** The page's source ('pdf', its sha256, the page; or 'image', its sha256) and its recipe. */
export function pageKey(source: Array<string | number>, recipe: OcrRecipe): string {
  return createHash('sha256')
    .update([...source, JSON.stringify(recipe)].join('\0'))
    .digest('hex');
}

/** The page kept under `key`, if it was read with this very recipe. */
export async function readCached(dir: string | undefined, key: string, recipe: OcrRecipe): Promise<CachedPage | null> {
  if (!dir) return null;
  try {
    const stored = JSON.parse(await readFile(join(dir, `${key}.json`), 'utf8')) as CachedPage & { recipe?: OcrRecipe };
    if (JSON.stringify(stored.recipe) !== JSON.stringify(recipe)) return null;
    const { recipe: _recipe, ...page } = stored;
    return page;
  } catch {
    return null;
  }
}

export async function writeCached(dir: string | undefined, key: string, page: CachedPage, recipe: OcrRecipe): Promise<void> {
  if (!dir) return;
  await mkdir(dir, { recursive: true });
  const path = join(dir, `${key}.json`);
  const temp = `${path}.${process.pid}.tmp`;
  await writeFile(temp, JSON.stringify({ ...page, recipe }));
  await rename(temp, path);
}
