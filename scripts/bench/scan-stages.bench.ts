// npm run bench scan-stages: where a scanned page's CPU goes, stage by stage, as the reader runs
// them (src/read/ocr/index.ts): pdftoppm rasterising, our pixel work (reading the page, finding
// and painting out its borders, writing it for tesseract), tesseract's run over the pages, its run
// over the doubtful words and empty cells, then layout + segmentation + extraction + restoration
// (convert() again with the OCR cache warm). CPU seconds a page, ours and the engines' (from /proc),
// so the figures hold whatever else the machine runs. Plan: the fixture plan scanned at 300 dpi
// (scripts/formats/scan.ts), or BENCH_STAGE_PDF (an image-only PDF). Needs tesseract + pdftoppm.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { convert } from '../../src/convert.js';
import type { Rule } from '../../src/read/layout/geometry.js';
import { gridCells } from '../../src/read/layout/tables.js';
import { rasterise, readPgm, readTiff, writeTiff } from '../../src/read/ocr/raster.js';
import { rereadPages } from '../../src/read/ocr/reread.js';
import { imageRules } from '../../src/read/ocr/rules.js';
import { tesseractMany } from '../../src/read/ocr/tesseract.js';
import { degrade, imagePdf, rasterisePage } from '../formats/scan.js';
import { cpuSeconds } from './measure.js';

const root = resolve(import.meta.dirname, '../..');
const DPI = 300;

export async function run(): Promise<void> {
  const has = (command: string, args: string[]) => spawnSync(command, args, { stdio: 'ignore' }).error === undefined;
  if (!has('tesseract', ['--version']) || !has('pdftoppm', ['-v'])) {
    console.log('(tesseract or pdftoppm not installed: left out)');
    return;
  }
  const work = mkdtempSync(join(tmpdir(), 'cchc-bench-stages-'));
  let pdf = process.env.BENCH_STAGE_PDF;
  if (!pdf) {
    const fixture = join(root, 'fixtures/pdf/clean-plan.pdf');
    pdf = join(work, 'scan.pdf');
    writeFileSync(
      pdf,
      imagePdf(
        [1, 2].map((p) => degrade(rasterisePage(fixture, p, DPI))),
        DPI,
      ),
    );
  }
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1] ?? 0);
  const cacheDir = join(work, 'cache');
  for (const language of ['vie', 'eng']) {
    const spent: Record<string, number> = {};
    const stage = async <T>(name: string, fn: () => Promise<T> | T): Promise<T> => {
      const from = cpuSeconds();
      const out = await fn();
      const to = cpuSeconds();
      spent[name] = (spent[name] ?? 0) + (to.self - from.self) + ((to.children ?? 0) - (from.children ?? 0));
      return out;
    };
    const read = { language, timeoutMs: 120_000 };
    const images: string[] = [];
    const rules: Rule[][] = [];
    for (let page = 1; page <= pages; page++) {
      const raw = await stage('pdftoppm', () => rasterise(pdf, page, DPI, work, 120_000));
      const path = join(work, `page-${page}-read.tif`);
      rules.push(
        await stage('ours: pixels, borders', async () => {
          const gray = await readPgm(raw);
          const found = imageRules(gray, DPI);
          await writeTiff(path, gray);
          return found;
        }),
      );
      images.push(path);
    }
    const list = join(work, 'pages.txt');
    writeFileSync(list, images.join('\n') + '\n');
    const words = await stage('tesseract: pages', () => tesseractMany(list, images.length, read));
    const toReread = await Promise.all(
      images.map(async (image, i) => ({ boxes: words[i]!, image: await readTiff(image), cells: gridCells(rules[i]!, DPI / 72) })),
    );
    await stage('tesseract: doubtful words', () => rereadPages(toReread, work, read));
    const bytes = readFileSync(pdf);
    await convert(bytes, { path: 'scan.pdf', ocr: { language, cacheDir } });
    await stage('ours: layout, parse, restoration', () => convert(bytes, { path: 'scan.pdf', ocr: { language, cacheDir } }));
    const total = Object.values(spent).reduce((a, b) => a + b, 0);
    console.log(`\n${language}, ${pages} page(s) at ${DPI} dpi: CPU s a page (share)`);
    for (const [name, seconds] of Object.entries(spent))
      console.log(`${name.padEnd(34)} ${(seconds / pages).toFixed(2)}  (${((100 * seconds) / total).toFixed(0)}%)`);
    console.log(`${'all'.padEnd(34)} ${(total / pages).toFixed(2)}  = ${(pages / total).toFixed(2)} pages/s on one core`);
  }
}
