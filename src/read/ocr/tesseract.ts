// tesseract as a subprocess: an image file → its words with boxes and confidences (TSV output),
// so that lines, paragraphs and table cells come from the geometry rather than from its text.
import { spawn } from 'node:child_process';
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

/**
 * Several images listed in a file, one tesseract run: each image's words. One run rather than one
 * an image, because starting tesseract and loading its model costs about as much as reading a
 * tenth of a page; the time limit still holds for each image.
 */
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

/** tesseract writes "Page N : <file>" on stderr as it starts each image of a list after the first. */
const NEXT_IMAGE = /^Page \d+ : /mu;

function run(input: string, options: TesseractOptions): Promise<OcrBox[][]> {
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted) return reject(new ReadError('OCR stopped', { code: 'timeout' }));
    const child = spawn(TESSERACT(), [input, 'stdout', ...tesseractArgs(options)], {
      env: { ...process.env, OMP_THREAD_LIMIT: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    let err = '';
    let outBytes = 0;
    let failure: ReadError | null = null;
    const stop = (reason: ReadError) => {
      failure ??= reason;
      child.kill('SIGKILL');
    };
    const tooLong = () =>
      stop(new ReadError(`OCR of a page took longer than ${Math.round(options.timeoutMs / 1000)} s (gave up)`, { code: 'timeout' }));
    // The limit is each image's: the clock starts again with each image of the list.
    let timer = setTimeout(tooLong, options.timeoutMs);
    const restartClock = () => {
      clearTimeout(timer);
      timer = setTimeout(tooLong, options.timeoutMs);
    };
    const aborted = () => stop(new ReadError('OCR stopped', { code: 'timeout' }));
    options.signal?.addEventListener('abort', aborted, { once: true });
    child.stdout.on('data', (chunk: Buffer) => {
      outBytes += chunk.length;
      if (outBytes > MAX_OUTPUT) stop(new ReadError('tesseract wrote more than 64 MB for one run (gave up)', { code: 'corrupt' }));
      else out.push(chunk);
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      if (NEXT_IMAGE.test(chunk)) restartClock();
      err = (err + chunk).slice(-4096);
    });
    const finish = () => {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', aborted);
    };
    child.on('error', (error) => {
      finish();
      reject(new ReadError(`tesseract could not be started: ${error.message}`, { code: 'missing-engine', cause: error }));
    });
    child.on('close', (code, signal) => {
      finish();
      if (failure) return reject(failure);
      if (code !== 0) {
        const cause = new Error(`tesseract exited with ${code ?? signal}: ${err.trim()}`);
        return reject(
          new ReadError(`tesseract failed: ${err.trim().split('\n').pop() || `exit ${code ?? signal}`}`, { code: 'corrupt', cause }),
        );
      }
      resolve(parseTsv(Buffer.concat(out).toString('utf8')));
    });
  });
}

const MAX_OUTPUT = 64 * 1024 * 1024;

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
