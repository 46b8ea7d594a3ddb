// Which optional engines are installed: tesseract (OCR) with its languages, and poppler's
// pdftoppm (to rasterise PDF pages). Asked once per process; `cchc doctor` prints the answer.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface Engine {
  present: boolean;
  version: string | null;
  path: string;
}

export interface Engines {
  /** `tessdata`: the folder its language models are in, as `--list-langs` names it (null when unsaid). */
  tesseract: Engine & { languages: string[]; tessdata: string | null };
  pdftoppm: Engine;
}

/** Environment variables that point at other binaries (tests, unusual installs). */
export const TESSERACT = () => process.env.CCHC_TESSERACT ?? 'tesseract';
export const PDFTOPPM = () => process.env.CCHC_PDFTOPPM ?? 'pdftoppm';

let cached: Promise<Engines> | null = null;

export function engines(): Promise<Engines> {
  cached ??= probe();
  return cached;
}

/** Ask again on the next call (after PATH or CCHC_TESSERACT / CCHC_PDFTOPPM changed). */
export function resetEngines(): void {
  cached = null;
}

async function probe(): Promise<Engines> {
  const [tesseract, listed, pdftoppm] = await Promise.all([
    version(TESSERACT(), ['--version']),
    run(TESSERACT(), ['--list-langs'], { timeout: 10_000 })
      .then(({ stdout }) => stdout)
      .catch(() => ''),
    version(PDFTOPPM(), ['-v']),
  ]);
  // 'List of available languages in "/usr/share/tesseract-ocr/5/tessdata/" (3):', then one a line.
  const [head = '', ...rest] = listed.split('\n');
  const languages = listed ? rest.map((l) => l.trim()).filter(Boolean) : [];
  const tessdata = /"([^"]+)"/.exec(head)?.[1] ?? null;
  return {
    tesseract: { present: tesseract !== null, version: tesseract, path: TESSERACT(), languages, tessdata },
    pdftoppm: { present: pdftoppm !== null, version: pdftoppm, path: PDFTOPPM() },
  };
}

async function version(command: string, args: string[]): Promise<string | null> {
  try {
    const { stdout, stderr } = await run(command, args, { timeout: 10_000 });
    const first = `${stdout}\n${stderr}`.split('\n').find((l) => /\d+\.\d+/.test(l));
    return first?.match(/\d+\.\d+(?:\.\d+)?/)?.[0] ?? 'unknown';
  } catch (error) {
    // pdftoppm -v exits 99 on some versions but prints its version.
    const text = `${(error as { stdout?: string }).stdout ?? ''}${(error as { stderr?: string }).stderr ?? ''}`;
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || !/\d+\.\d+/.test(text)) return null;
    return text.match(/\d+\.\d+(?:\.\d+)?/)?.[0] ?? 'unknown';
  }
}

/** What to install, for an error message: Debian package names. */
export const INSTALL_HINT = 'install them with: apt-get install tesseract-ocr tesseract-ocr-vie poppler-utils';
