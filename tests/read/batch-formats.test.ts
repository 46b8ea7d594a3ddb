// A batch over an archive as it really is: text, Word (.docx and .doc), a PDF with a text layer, a
// scanned page, and every kind of unreadable file. Each input is converted or listed with its own
// reason; scans' OCR'd pages are cached in the output folder, so a forced re-run reads no page twice.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBatch, silentProgress } from '../../src/batch/index.js';
import { OCR_CACHE } from '../../src/batch/run.js';
import { degrade, png, rasterisePage } from '../../scripts/formats/scan.js';
import { fixturePath } from '../helpers/shared.js';
import { hasOcrEngines } from '../helpers/ocr-engines.js';

const hasOcr = hasOcrEngines;
if (!hasOcr)
  console.warn(
    'batch of mixed formats: tesseract or pdftoppm not installed — the scanned page is expected to fail, naming what to install',
  );

const EXPECTED: Record<string, { status: RegExp; reason?: RegExp; format?: string; tasks?: number }> = {
  'text/decision.txt': { status: /^converted/, format: 'text', tasks: 3 },
  'word/decision.docx': { status: /^converted/, format: 'docx', tasks: 3 },
  'word/decision.doc': { status: /^converted/, format: 'doc', tasks: 3 },
  'pdf/clean-plan.pdf': { status: /^converted/, format: 'pdf', tasks: 4 },
  'scan/page-2.png': hasOcr ? { status: /^converted/, format: 'image', tasks: 4 } : { status: /^failed$/, reason: /OCR needs tesseract/ },
  'bad/locked.pdf': { status: /^failed$/, reason: /^an encrypted PDF \(it needs a password to open\)$/ },
  'bad/no-pages.pdf': { status: /^failed$/, reason: /^a PDF with no pages$/ },
  'bad/cut-off.pdf': { status: /^failed$/, reason: /^a corrupt PDF/ },
  'bad/empty.png': { status: /^failed$/, reason: /^an empty image file \(0 bytes\)$/ },
  'bad/stamp.png': { status: /^failed$/, reason: /^an image too small to OCR \(64×16 pixels/ },
  'bad/letter.doc': { status: /^failed$/, reason: /^a \.doc file that is really RTF/ },
  'bad/page.doc': { status: /^failed$/, reason: /^a \.doc file that is really a web page/ },
};

function makeArchive(): string {
  const root = mkdtempSync(join(tmpdir(), 'cchc-formats-'));
  const put = (file: string, data: string | Uint8Array) => {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), data);
  };
  put('text/decision.txt', readFileSync(fixturePath('encodings/decision.txt')));
  put('word/decision.docx', readFileSync(fixturePath('encodings/decision.docx')));
  put('word/decision.doc', readFileSync(fixturePath('doc/decision.doc')));
  const pdf = readFileSync(fixturePath('pdf/clean-plan.pdf'));
  put('pdf/clean-plan.pdf', pdf);
  // The appendix page of the plan, scanned (or, without poppler, any page-sized image).
  put(
    'scan/page-2.png',
    hasOcr
      ? png(degrade(rasterisePage(fixturePath('pdf/clean-plan.pdf'), 2, 300)))
      : png({ width: 600, height: 800, pixels: new Uint8Array(480_000).fill(255) }),
  );
  put('bad/locked.pdf', readFileSync(fixturePath('pdf/encrypted.pdf')));
  put('bad/no-pages.pdf', readFileSync(fixturePath('pdf/no-pages.pdf')));
  put('bad/cut-off.pdf', pdf.subarray(0, 3000));
  put('bad/empty.png', '');
  put('bad/stamp.png', png({ width: 64, height: 16, pixels: new Uint8Array(1024).fill(255) }));
  put('bad/letter.doc', '{\\rtf1\\ansi QUYET DINH\\par }');
  put('bad/page.doc', '<html><body><p>QUYẾT ĐỊNH</p></body></html>');
  return root;
}

describe('cchc batch over mixed formats', { timeout: 240_000 }, async () => {
  const archive = makeArchive();
  const out = mkdtempSync(join(tmpdir(), 'cchc-formats-out-'));
  const pages: Array<[string, number, number, boolean]> = [];
  const recorder = {
    ...silentProgress,
    page: (file: string, done: number, total: number, cached: boolean) => void pages.push([file, done, total, cached]),
  };
  const first = await runBatch({ inputs: [archive], out, jobs: 2, progress: recorder });

  it('converts every readable format and lists every other file with its reason', () => {
    const byFile = Object.fromEntries(first.report.inputs.map((o) => [o.file, o]));
    expect(Object.keys(byFile).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const [file, expected] of Object.entries(EXPECTED)) {
      const outcome = byFile[file]!;
      expect(outcome.status, file).toMatch(expected.status);
      if (expected.reason) expect(outcome.reason, file).toMatch(expected.reason);
      if (expected.format) expect(outcome.format, file).toBe(expected.format);
      if (expected.tasks) expect(outcome.tasks, file).toBe(expected.tasks);
    }
  });

  it.skipIf(!hasOcr)("tells each OCR'd page from the worker threads, and only for scans", () => {
    expect(pages).toEqual([['scan/page-2.png', 1, 1, false]]);
  });

  it.skipIf(!hasOcr)("caches the OCR'd page in the output folder and reads it back when forced to convert again", async () => {
    expect(readdirSync(join(out, OCR_CACHE)).filter((f) => f.endsWith('.json'))).toHaveLength(1);
    const before = readFileSync(join(out, 'scan/page-2.png.json'), 'utf8');
    const again = await runBatch({ inputs: [join(archive, 'scan')], out: join(out, 'again'), jobs: 1, force: true, inProcess: true });
    expect(again.report.totals.converted + again.report.totals.convertedWithWarnings).toBe(1);
    // Another output folder has its own cache; the same folder reads the page back:
    const cachedPages: boolean[] = [];
    const cached = await runBatch({
      inputs: [archive],
      out,
      jobs: 1,
      force: true,
      inProcess: true,
      progress: { ...silentProgress, page: (_f, _d, _t, fromCache) => void cachedPages.push(fromCache) },
    });
    expect(cachedPages).toEqual([true]);
    expect(cached.report.inputs.find((o) => o.file === 'scan/page-2.png')?.tasks).toBe(4);
    expect(readFileSync(join(out, 'scan/page-2.png.json'), 'utf8')).toBe(before);
  });
});
