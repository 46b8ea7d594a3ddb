// Scans: the project's plan PDF rasterised at 300 dpi by pdftoppm, degraded as an office scanner
// does it (skew, blur, speckle, grey paper; scripts/formats/scan.ts) and wrapped as an image-only
// PDF, then read back by OCR. The table rows come from the borders found in the pixels and the
// word boxes tesseract gives, so the tasks come out as from the PDF's text. Needs tesseract (vie)
// and poppler's pdftoppm; without them these tests skip with a note (and .ci/run installs them).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convert } from '../../src/convert.js';
import { parse } from '../../src/pipeline.js';
import { degrade, imagePdf, png, rasterisePage } from '../../scripts/formats/scan.js';
import { fixturePath } from '../helpers/shared.js';

const has = (command: string, args: string[]) => {
  try {
    execFileSync(command, args, { stdio: 'pipe' });
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ENOENT' && (error as { status?: number }).status !== 127;
  }
};
const hasEngines = has('tesseract', ['--version']) && has('pdftoppm', ['-v']);
if (!hasEngines)
  console.warn('OCR tests: tesseract or pdftoppm not installed (apt-get install tesseract-ocr tesseract-ocr-vie poppler-utils) — skipped');

const row = (t: { content: string; lead: { name: string }[]; deadline: { text: string } | null }) => [
  t.content,
  t.lead.map((a) => a.name),
  t.deadline?.text ?? null,
];

describe.skipIf(!hasEngines)('scanned PDF (OCR)', { timeout: 240_000 }, async () => {
  const planPdf = fixturePath('pdf/clean-plan.pdf');
  const pages = [1, 2].map((n) => degrade(rasterisePage(planPdf, n, 300)));
  const scan = imagePdf(pages, 300);
  const cacheDir = mkdtempSync(join(tmpdir(), 'cchc-ocr-cache-'));
  const progress: Array<[number, number, boolean]> = [];
  const fromScan = await convert(scan, {
    path: 'scan.pdf',
    ocr: { cacheDir, onPage: (done, total, cached) => progress.push([done, total, cached]) },
  });
  const fromMarkdown = parse(readFileSync(fixturePath('clean-plan.md')), { path: 'clean-plan.md' });

  it('finds every task row of the ruled tables, with its lead agency and deadline', () => {
    expect(fromScan.tasks).toHaveLength(fromMarkdown.tasks.length);
    // Every lead agency; OCR may lose a space between two words ("Trungtâm").
    const leads = (doc: typeof fromScan) => doc.tasks.map((t) => t.lead.map((a) => a.name.replace(/\s+/gu, '')));
    expect(leads(fromScan)).toEqual(leads(fromMarkdown));
    expect(fromScan.tasks.map((t) => t.deadline?.kind)).toEqual(fromMarkdown.tasks.map((t) => t.deadline?.kind));
    expect(fromScan.tasks.map((t) => t.content)).toEqual(fromMarkdown.tasks.map((t) => t.content));
    // OCR misreads a character here and there ("Quý 1/2024" for "Quý II/2024"); half the rows come out exactly.
    const exact = fromScan.tasks.filter((t, i) => JSON.stringify(row(t)) === JSON.stringify(row(fromMarkdown.tasks[i]!))).length;
    expect(exact).toBeGreaterThanOrEqual(2);
  });

  it('reads the header as from the text', () => {
    expect(fromScan.decision.number).toBe('218/QĐ-UBND');
    expect(fromScan.decision.date).toBe('2024-01-15');
    expect(fromScan.decision.articles).toHaveLength(3);
  });

  it('records the OCR as the source, pages and confidence included', () => {
    expect(fromScan.source).toMatchObject({ format: 'pdf', encoding: expect.stringMatching(/^ocr tesseract (vie|eng)$/), pages: 2 });
    for (const task of fromScan.tasks) expect(task.source.pages?.start.page).toBe(2);
    expect(fromScan.diagnostics.find((d) => d.ruleId === 'read:ocr-confidence')?.message).toMatch(
      /words on 2 page\(s\), mean confidence \d+/,
    );
  });

  it("keeps OCR'd pages in the cache by content, and reads them back instead of OCR'ing again", async () => {
    expect(progress).toEqual([
      [1, 2, false],
      [2, 2, false],
    ]);
    expect(readdirSync(cacheDir).filter((f) => f.endsWith('.json'))).toHaveLength(2);
    const again: boolean[] = [];
    const second = await convert(scan, { path: 'scan.pdf', ocr: { cacheDir, onPage: (_d, _t, cached) => again.push(cached) } });
    expect(again).toEqual([true, true]);
    expect(second.tasks).toEqual(fromScan.tasks);
  });

  it('OCRs an image of a page (PNG), and refuses one too small to read or empty', async () => {
    const image = png(pages[0]!);
    const doc = await convert(image, { path: 'page-1.png' });
    expect(doc.source).toMatchObject({ format: 'image', pages: 1 });
    expect(doc.decision.number).toBe('218/QĐ-UBND');
    const tiny = png({ width: 60, height: 20, pixels: new Uint8Array(1200).fill(255) });
    await expect(convert(tiny, { path: 'stamp.png' })).rejects.toThrow(
      /^stamp\.png: an image too small to OCR \(60×20 pixels; at least 200×40\)$/,
    );
    await expect(convert(new Uint8Array(0), { path: 'blank.jpg' })).rejects.toThrow(/^blank\.jpg: an empty image file \(0 bytes\)$/);
  });
});

describe('scans without the OCR engines', () => {
  it('says what to install', async () => {
    const previous = process.env.CCHC_TESSERACT;
    process.env.CCHC_TESSERACT = '/nonexistent/tesseract';
    try {
      const { readInput } = await import('../../src/read/index.js');
      const { resetEngines } = await import('../../src/read/ocr/engines.js');
      resetEngines();
      const image = png({ width: 400, height: 300, pixels: new Uint8Array(120_000).fill(255) });
      await expect(readInput(image, { path: 'page.png' })).rejects.toThrow(
        /a PNG image: OCR needs tesseract, not installed; install them with: apt-get install tesseract-ocr tesseract-ocr-vie poppler-utils/,
      );
    } finally {
      if (previous === undefined) delete process.env.CCHC_TESSERACT;
      else process.env.CCHC_TESSERACT = previous;
      (await import('../../src/read/ocr/engines.js')).resetEngines();
    }
  });
});
