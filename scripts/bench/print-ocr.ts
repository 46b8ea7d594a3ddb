// A text printed onto page images and OCR'd with tesseract, as an office prints a plan and scans it
// back: the recipe of the OCR'd prints made for issue 15 (ImageMagick, lines wrapped at 90
// characters, 42 lines a page, a slight blur and tilt), the first pages only. Each page's OCR is
// cached by its content (printed lines, font, size, language), so a second run OCRs nothing.
// Needs ImageMagick (convert), tesseract with the language asked for, and the DejaVu/Liberation fonts.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Characters a printed line holds and lines a page holds. */
const LINE_WIDTH = 90;
const PAGE_LINES = 42;
/** The fonts an office prints in, with the size each is drawn at on the 1500×2000 page. */
const TYPEFACES = [
  { font: 'DejaVu-Serif', size: 24 },
  { font: 'Liberation-Serif', size: 26 },
  { font: 'DejaVu-Sans', size: 22 },
  { font: 'Liberation-Sans', size: 24 },
] as const;
/** Bumped whenever the recipe changes, so that the cache never serves another recipe's pages. */
const RECIPE = 1;

/**
 * The lines a print of `text` shows: no Markdown emphasis, heading marks, HTML tags or table pipes
 * (a pipe row's cells stand on one line, as a borderless table is read), wrapped at spaces to
 * LINE_WIDTH, runs of blank lines made one.
 */
export function printedLines(text: string): string[] {
  const out: string[] = [];
  const plain = text
    .normalize('NFC')
    .replace(/\*\*/gu, '')
    .replace(/<\/(?:p|tr|li|div|h\d)>|<br\s*\/?>/giu, '\n')
    .replace(/<[^>]*>/gu, ' ')
    .replace(/&nbsp;/gu, ' ')
    .replace(/&amp;/gu, '&');
  for (const raw of plain.split(/\r?\n/u)) {
    if (/^\s*\|?\s*:?-{3,}/u.test(raw) && /^[\s|:-]+$/u.test(raw)) continue;
    const line = raw
      .replace(/^#{1,6}\s+/u, '')
      .replace(/[|\t]/gu, '  ')
      .replace(/\s+$/u, '');
    if (!line.trim()) {
      if (out.length && out[out.length - 1] !== '') out.push('');
      continue;
    }
    let current = '';
    for (const word of line.trim().split(/\s+/u)) {
      if (current && current.length + 1 + word.length > LINE_WIDTH) {
        out.push(current);
        current = word;
      } else current = current ? `${current} ${word}` : word;
    }
    out.push(current);
  }
  return out;
}

/** The print's lines from `from` on, as `pages` pages at most. */
export function printedPages(lines: string[], pages: number, from = 0): string[][] {
  const out: string[][] = [];
  for (let p = from; out.length < pages && p < lines.length; p += PAGE_LINES) out.push(lines.slice(p, p + PAGE_LINES));
  return out;
}

/** Lines a page holds. */
export const pageLines = PAGE_LINES;

/** One of TYPEFACES for a document, chosen by its name (the same document, the same print). */
export function typefaceOf(name: string): (typeof TYPEFACES)[number] {
  const h = createHash('sha256').update(name).digest();
  return TYPEFACES[h[0]! % TYPEFACES.length]!;
}

/** ImageMagick's -annotate reads "%" and "\" as escapes and a leading "@" as a file name. */
const annotation = (lines: string[]) => lines.join('\n').replace(/\\/gu, '/').replace(/%/gu, '%%').replace(/^@/u, ' @');

/** Where the OCR of a page (its printed lines) in `language` is cached. */
export function cachedPage(lines: string[], name: string, language: string, cacheDir: string): string {
  const { font, size } = typefaceOf(name);
  const key = createHash('sha256').update(JSON.stringify({ RECIPE, lines, font, size, language })).digest('hex');
  return join(cacheDir, `${key}.${language}.txt`);
}

/**
 * The OCR text of each page (its printed lines) in `language`, from the cache in `cacheDir` or made
 * there: pages are drawn and OCR'd one at a time, tesseract niced and on one thread. `name` picks the typeface.
 */
export function ocrPrint(pages: string[][], name: string, language: string, cacheDir: string): string[] {
  mkdirSync(cacheDir, { recursive: true });
  const { font, size } = typefaceOf(name);
  const out: string[] = [];
  let work: string | null = null;
  try {
    for (const lines of pages) {
      const cached = cachedPage(lines, name, language, cacheDir);
      if (!existsSync(cached)) {
        work ??= mkdtempSync(join(tmpdir(), 'cchc-print-ocr-'));
        const image = join(work, 'page.png');
        execFileSync('convert', [
          '-size',
          '1500x2000',
          'xc:white',
          '-font',
          font,
          '-pointsize',
          String(size),
          '-fill',
          'black',
          '-annotate',
          '+50+70',
          annotation(lines),
          '-blur',
          '0x0.5',
          '-rotate',
          '0.2',
          '-background',
          'white',
          '-flatten',
          image,
        ]);
        execFileSync('nice', ['-n', '10', 'tesseract', image, join(work, 'page'), '-l', language], {
          stdio: 'ignore',
          env: { ...process.env, OMP_THREAD_LIMIT: '1' },
        });
        writeFileSync(cached, readFileSync(join(work, 'page.txt'), 'utf8'));
      }
      out.push(readFileSync(cached, 'utf8'));
    }
  } finally {
    if (work) rmSync(work, { recursive: true, force: true });
  }
  return out;
}
