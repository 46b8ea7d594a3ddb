// tesseract as a subprocess: an image file → its words with boxes and confidences (TSV output),
// so that lines, paragraphs and table cells come from the geometry rather than from its text.
import { execFile } from 'node:child_process';
import { ReadError } from '../types.js';
import { TESSERACT } from './engines.js';

export interface OcrBox {
  text: string;
  left: number;
  top: number;
  width: number;
  height: number;
  /** 0–100. */
  confidence: number;
  /** tesseract's own block/paragraph/line, "b.p.l". */
  line: string;
}

export interface TesseractOptions {
  language: string;
  timeoutMs: number;
  signal?: AbortSignal;
  /** Page segmentation: 3 finds the page's blocks itself (the default), 7 reads one line. */
  psm?: number;
}

export async function tesseract(image: string, options: TesseractOptions): Promise<OcrBox[]> {
  return (await run(image, options)).flat();
}

/** Several images listed in a file, one tesseract run: each image's words. */
export async function tesseractMany(list: string, count: number, options: TesseractOptions): Promise<OcrBox[][]> {
  const pages = await run(list, options);
  return Array.from({ length: count }, (_, i) => pages[i] ?? []);
}

/**
 * Everything given to tesseract besides its input: the one place its options are set, and part of
 * the OCR cache's key (cache.ts), so a changed option cannot reuse pages read with the old one.
 */
export function tesseractArgs(options: Pick<TesseractOptions, 'language' | 'psm'>): string[] {
  // No second reading of each line as white on black (tessedit_do_invert): plans are dark ink on
  // light paper, and that reading costs a tenth of the page's time.
  return ['-l', options.language, '--psm', String(options.psm ?? 3), '-c', 'tessedit_do_invert=0', 'tsv'];
}

/** Bump when parseTsv keeps or reads a field differently: part of the OCR cache's key. */
export const TSV_READER_VERSION = 1;

function run(input: string, options: TesseractOptions): Promise<OcrBox[][]> {
  return new Promise((resolve, reject) => {
    execFile(
      TESSERACT(),
      [input, 'stdout', ...tesseractArgs(options)],
      { timeout: options.timeoutMs, maxBuffer: 64 * 1024 * 1024, signal: options.signal, env: { ...process.env, OMP_THREAD_LIMIT: '1' } },
      (error, stdout, stderr) => {
        if (error) {
          const killed = (error as { killed?: boolean }).killed || error.name === 'AbortError';
          if (killed) reject(new ReadError(`OCR of a page took longer than ${Math.round(options.timeoutMs / 1000)} s (gave up)`, { code: 'timeout', cause: error }));
          else reject(new ReadError(`tesseract failed: ${(stderr || error.message).trim().split('\n').pop()}`, { code: 'corrupt', cause: error }));
          return;
        }
        resolve(parseTsv(stdout));
      },
    );
  });
}

/** tesseract's TSV: level, page, block, par, line, word, left, top, width, height, conf, text; by page. */
export function parseTsv(tsv: string): OcrBox[][] {
  const pages: OcrBox[][] = [];
  for (const row of tsv.split('\n').slice(1)) {
    const f = row.split('\t');
    if (f.length < 12 || f[0] !== '5') continue;
    const text = f.slice(11).join('\t').trim();
    if (!text) continue;
    const page = Number(f[1]) - 1;
    (pages[page] ??= []).push({
      text,
      left: Number(f[6]),
      top: Number(f[7]),
      width: Number(f[8]),
      height: Number(f[9]),
      confidence: Math.max(0, Number(f[10])),
      line: `${f[2]}.${f[3]}.${f[4]}`,
    });
  }
  return pages;
}
