// OCR'd pages kept on disk by content: the key is a hash of the page's source (the file's sha256
// and the page number, or an image's own hash), the language and the engine's version, so an
// interrupted batch resumes without OCR'ing the same page again.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Rule } from '../layout/geometry.js';
import type { OcrBox } from './tesseract.js';

export interface CachedPage {
  width: number;
  height: number;
  boxes: OcrBox[];
  rules: Rule[];
}

export function pageKey(parts: Array<string | number>): string {
  return createHash('sha256').update(parts.join('\0')).digest('hex');
}

export async function readCached(dir: string | undefined, key: string): Promise<CachedPage | null> {
  if (!dir) return null;
  try {
    return JSON.parse(await readFile(join(dir, `${key}.json`), 'utf8')) as CachedPage;
  } catch {
    return null;
  }
}

export async function writeCached(dir: string | undefined, key: string, page: CachedPage): Promise<void> {
  if (!dir) return;
  await mkdir(dir, { recursive: true });
  const path = join(dir, `${key}.json`);
  const temp = `${path}.${process.pid}.tmp`;
  await writeFile(temp, JSON.stringify(page));
  await rename(temp, path);
}
