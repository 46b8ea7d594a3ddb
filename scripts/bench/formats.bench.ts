// npm run bench formats: the read stage on PDFs and scans of plans whose text we hold, figures only.
//   1. text-layer PDF (the plan printed by chromium) vs its text: task F1 by ../shared/tools/score.mjs
//      (the text's own parse as gold), header fields equal, pages/s;
//   2. the same PDF rasterised at 300 dpi and degraded as a scan, OCR'd with tesseract vie and eng: row
//      recall, lead and deadline against the text's parse, side by side with the plain tesseract text of
//      the same pages read by the OCR'd-text route (parse of text, restoration on); pages/s; and the
//      same OCR restored without the words' confidences (as before they reached the restorer);
//   3. peak RSS of a child process converting a scan of BENCH_SCAN_PAGES pages (default 50), its
//      pages stored as a scanner stores them (greyscale JPEG), and the CPU it took a page.
// Scan speed is given twice: wall seconds a page (what the user waits on a shared machine) and CPU
// seconds a page, ours and tesseract's/pdftoppm's (what a page costs on one core).
// Plans: fixtures/clean-plan.md, and seed 001 (Markdown) when ../shared is there. Needs chromium for
// printing other plans than the committed fixture, and tesseract + pdftoppm for 2 and 3.
// With chromium, 1 also reads each plan printed as other offices print it (MADE_PRINTS: rows that
// page breaks cut, columns reordered, tables without borders), and counts the table rows that
// seeds without tables (000, 002–004) get with unruled tables looked for. BENCH_FORMATS=text runs 1 only.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { convert } from '../../src/convert.js';
import { readInput } from '../../src/read/index.js';
import { parse } from '../../src/pipeline.js';
import type { CchcDocument } from '../../src/schema/document.js';
import { MADE_PRINTS, planHtml } from '../formats/plan-html.js';
import { printToPdf } from '../formats/print.js';
import { degrade, imagePdf, jpegPage, pdfOfImages, rasterisePage, type Gray } from '../formats/scan.js';
import { cpuSeconds, peakRssMb } from './measure.js';
import { scoreTasks as scoreWith } from './score-tasks.js';
import type { PageBoxes } from '../../src/read/layout/geometry.js';
import { writeMarkdown } from '../../src/read/layout/write.js';
import { openPdf } from '../../src/read/pdf/open.js';
import { pageBoxes } from '../../src/read/pdf/text-layer.js';

const root = resolve(import.meta.dirname, '../..');
const shared = process.env.CCHC_SHARED ?? resolve(root, '../shared');
const score = join(shared, 'tools/score.mjs');
const work = mkdtempSync(join(tmpdir(), 'cchc-bench-formats-'));

const has = (command: string, args: string[]) => spawnSync(command, args, { stdio: 'ignore' }).error === undefined;
const hasChromium = has('chromium', ['--version']);
const hasOcr = has('tesseract', ['--version']) && has('pdftoppm', ['-v']);

interface Plan {
  name: string;
  markdown: string;
  pdf: string;
  pages: number;
}

/** Each plan printed again in each made way (chromium only). */
function madePrints(list: Plan[]): Plan[] {
  if (!hasChromium) return [];
  return list.flatMap((plan) =>
    Object.entries(MADE_PRINTS).map(([how, options], i) => {
      const pdf = join(work, `${plan.name.replace(/\W+/g, '-')}-made-${i}.pdf`);
      printToPdf(planHtml(plan.markdown, plan.name, options), pdf);
      return { name: `${plan.name}, ${how}`, markdown: plan.markdown, pdf, pages: Number(/Pages:\s+(\d+)/.exec(pdfinfo(pdf))?.[1] ?? 0) };
    }),
  );
}

function plans(): Plan[] {
  const list: Plan[] = [];
  const fixture = join(root, 'fixtures/clean-plan.md');
  list.push({ name: 'clean-plan', markdown: readFileSync(fixture, 'utf8'), pdf: join(root, 'fixtures/pdf/clean-plan.pdf'), pages: 0 });
  const seeds = join(shared, 'seeds');
  if (hasChromium && existsSync(seeds)) {
    const seed = readdirSync(seeds).find((f) => f.startsWith('001_'));
    if (seed) {
      const markdown = readFileSync(join(seeds, seed), 'utf8');
      const pdf = join(work, 'seed-001.pdf');
      printToPdf(planHtml(markdown, 'seed 001'), pdf);
      list.push({ name: 'seed 001', markdown, pdf, pages: 0 });
    }
  } else console.log(`(seed 001 left out: ${hasChromium ? `no seeds at ${seeds}` : 'chromium not installed'})`);
  for (const plan of list) plan.pages = Number(/Pages:\s+(\d+)/.exec(pdfinfo(plan.pdf))?.[1] ?? 0);
  return list;
}

const pdfinfo = (pdf: string) => {
  try {
    return execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  } catch {
    return '';
  }
};

const scoreTasks = (pred: CchcDocument, gold: CchcDocument, label: string) => scoreWith(pred, gold, label, { scorer: score, work });

/** CPU a page since `from`: "4.1 (0.9 + 3.2)", and pages/s on one core. */
function cpuPerPage(from: ReturnType<typeof cpuSeconds>, pages: number): { text: string; pagesPerSecond: string } {
  const now = cpuSeconds();
  const ours = (now.self - from.self) / pages;
  if (now.children === null || from.children === null)
    return { text: `${ours.toFixed(2)} (ours; engines not measurable here)`, pagesPerSecond: '?' };
  const engines = (now.children - from.children) / pages;
  return {
    text: `${(ours + engines).toFixed(2)} (${ours.toFixed(2)} + ${engines.toFixed(2)})`,
    pagesPerSecond: (1 / (ours + engines)).toFixed(2),
  };
}

const f1 = (s: Record<string, number>) => {
  const { precision = 0, recall = 0 } = s;
  return precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : NaN;
};
const headerEqual = (a: CchcDocument, b: CchcDocument) =>
  (['number', 'date', 'place', 'title', 'signer', 'authority'] as const).filter((k) => a.decision[k] !== b.decision[k]);

/**
 * Seeds without task tables (000, 002–004), printed with their header and signature as two
 * columns: table rows written with unruled tables looked for and without (none should appear).
 */
async function falseTables(): Promise<void> {
  const seeds = join(shared, 'seeds');
  if (!hasChromium || !existsSync(seeds)) return;
  console.log('\n### unruled tables where there are none (seeds without tables, two-column header and signature)');
  console.log('seed | pages | table rows without / with unruled tables');
  const { getResolvedPDFJS } = await import('unpdf');
  const { OPS } = await getResolvedPDFJS();
  for (const seed of readdirSync(seeds)
    .filter((f) => /^00[0234]_/.test(f))
    .sort()) {
    const pdfPath = join(work, `plain-${seed}.pdf`);
    printToPdf(planHtml(readFileSync(join(seeds, seed), 'utf8'), seed, { twoColumnHeader: true, pageNumbers: true }), pdfPath);
    const pdf = await openPdf(readFileSync(pdfPath));
    const pages: PageBoxes[] = [];
    for (let n = 1; n <= pdf.numPages; n++) pages.push(await pageBoxes(await pdf.getPage(n), OPS as Record<string, number>));
    await pdf.destroy();
    const rows = (text: string) => text.split('\n').filter((line) => (line.match(/\t/g)?.length ?? 0) >= 2).length;
    console.log(
      `${seed.slice(0, 3)} | ${pages.length} | ${rows(writeMarkdown(pages, { joinPageBreaks: true }).text)} / ${rows(writeMarkdown(pages, { joinPageBreaks: true, borderlessTables: true }).text)}`,
    );
  }
}

export async function run(): Promise<void> {
  if (!existsSync(score)) console.log(`(score.mjs not found at ${score}: task figures left out)`);
  const list = plans();

  console.log('\n### text-layer PDF vs its text');
  console.log('plan | pages | tasks text/pdf | task F1 | content | lead | deadline | header fields differing | pages/s (convert)');
  for (const plan of [...list, ...madePrints(list)]) {
    const text = parse(plan.markdown, { input: 'markdown' });
    const bytes = readFileSync(plan.pdf);
    const runs: number[] = [];
    let doc: CchcDocument | null = null;
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      doc = await convert(bytes, { path: `${plan.name}.pdf` });
      runs.push(performance.now() - t0);
    }
    const s = scoreTasks(doc!, text, `${plan.name}-pdf`);
    const ms = Math.min(...runs);
    console.log(
      `${plan.name} | ${plan.pages} | ${text.tasks.length}/${doc!.tasks.length} | ${f1(s).toFixed(3)} | ${s.content} | ${s.lead} | ${s.deadline} | ${headerEqual(doc!, text).join(', ') || 'none'} | ${(plan.pages / (ms / 1000)).toFixed(1)}`,
    );
  }

  await falseTables();
  if (process.env.BENCH_FORMATS === 'text') return;
  if (!hasOcr) {
    console.log('\n(tesseract or pdftoppm not installed: scan figures left out)');
    console.log(`peak RSS: ${peakRssMb()} MB`);
    return;
  }
  console.log('\n### scanned PDF (300 dpi, skew 0.35°, blur, speckle) vs the text');
  console.log(
    'plan | route | tasks | row recall | lead | deadline | content | wall s/page | CPU s/page (ours + engines) | pages/s on one core',
  );
  for (const plan of list) {
    const text = parse(plan.markdown, { input: 'markdown' });
    const pages: Gray[] = [];
    for (let p = 1; p <= plan.pages; p++) pages.push(degrade(rasterisePage(plan.pdf, p, 300)));
    const scanPath = join(work, `${plan.name}-scan.pdf`);
    const scan = imagePdf(pages, 300);
    writeFileSync(scanPath, scan);
    for (const language of ['vie', 'eng']) {
      const t0 = performance.now();
      const cpu0 = cpuSeconds();
      const cacheDir = join(work, `ocr-cache-${language}`);
      const doc = await convert(scan, { path: `${plan.name}-scan.pdf`, ocr: { language, cacheDir } });
      const seconds = (performance.now() - t0) / 1000;
      const cpu = cpuPerPage(cpu0, plan.pages);
      const s = scoreTasks(doc, text, `${plan.name}-scan-${language}`);
      console.log(
        `${plan.name} | boxes+borders ${language} | ${doc.tasks.length} | ${s.recall} | ${s.lead} | ${s.deadline} | ${s.content} | ${(seconds / plan.pages).toFixed(1)} | ${cpu.text} | ${cpu.pagesPerSecond}`,
      );
      // The same OCR (from the cache just written), restored without the words' confidences: as before they reached the restorer.
      const read = await readInput(scan, { path: `${plan.name}-scan.pdf`, ocr: { language, cacheDir } });
      if (read.kind === 'document') {
        const blind = parse(read.text, { input: read.layout, readByOcr: true });
        const b = scoreTasks(blind, text, `${plan.name}-scan-${language}-blind`);
        console.log(
          `${plan.name} | boxes+borders ${language}, restored without OCR confidences | ${blind.tasks.length} | ${b.recall} | ${b.lead} | ${b.deadline} | ${b.content} | | |`,
        );
      }
    }
    // The same pages as plain tesseract text, read by the OCR'd-text route.
    const t0 = performance.now();
    const cpu0 = cpuSeconds();
    const plain = pages
      .map((_, i) => {
        const pgm = join(work, `${plan.name}-plain-${i}.pgm`);
        writeFileSync(pgm, Buffer.concat([Buffer.from(`P5\n${pages[i]!.width} ${pages[i]!.height}\n255\n`), pages[i]!.pixels]));
        return execFileSync('tesseract', [pgm, 'stdout', '-l', 'vie'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
      })
      .join('\n');
    let row = `${plan.name} | plain tesseract text vie | `;
    try {
      const doc = parse(plain, { path: `${plan.name}-plain.txt`, input: 'text' });
      const s = scoreTasks(doc, text, `${plan.name}-plain`);
      row += `${doc.tasks.length} | ${s.recall} | ${s.lead} | ${s.deadline} | ${s.content}`;
    } catch (error) {
      row += `failed: ${(error as Error).message}`;
    }
    const cpu = cpuPerPage(cpu0, plan.pages);
    console.log(`${row} | ${((performance.now() - t0) / 1000 / plan.pages).toFixed(1)} | ${cpu.text} | ${cpu.pagesPerSecond}`);
  }

  const count = Number(process.env.BENCH_SCAN_PAGES ?? 50);
  console.log(`\n### memory: one process converting a ${count}-page scan (greyscale JPEG pages, as scanners store them)`);
  const fixturePdf = join(root, 'fixtures/pdf/clean-plan.pdf');
  const two = [1, 2].map((p) => jpegPage(degrade(rasterisePage(fixturePdf, p, 300)), 300));
  const big = join(work, `scan-${count}.pdf`);
  writeFileSync(
    big,
    pdfOfImages(
      Array.from({ length: count }, (_, i) => two[i % 2]!),
      300,
    ),
  );
  const child = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '-e',
      `
    const { readFileSync } = await import('node:fs');
    const { convert } = await import(${JSON.stringify(join(root, 'src/convert.ts'))});
    const { cpuSeconds } = await import(${JSON.stringify(join(root, 'scripts/bench/measure.ts'))});
    const t0 = performance.now();
    const doc = await convert(readFileSync(${JSON.stringify(big)}), { path: 'scan.pdf' });
    const cpu = cpuSeconds();
    console.log(JSON.stringify({ tasks: doc.tasks.length, seconds: (performance.now() - t0) / 1000, rssMb: Math.round(process.resourceUsage().maxRSS / 1024), cpu }));
  `,
    ],
    { cwd: root, encoding: 'utf8' },
  );
  const result = child.stdout.trim().split('\n').pop() ?? '';
  try {
    const r = JSON.parse(result) as { tasks: number; seconds: number; rssMb: number; cpu: { self: number; children: number | null } };
    const cpu = r.cpu.self + (r.cpu.children ?? 0);
    console.log(
      `${count} pages (${(readFileSync(big).length / 1048576).toFixed(0)} MB PDF): ${r.tasks} tasks, ${r.seconds.toFixed(0)} s wall (${(count / r.seconds).toFixed(2)} pages/s), CPU ${(cpu / count).toFixed(2)} s/page (${(r.cpu.self / count).toFixed(2)} ours) = ${(count / cpu).toFixed(2)} pages/s on one core; peak RSS ${r.rssMb} MB (Node's own; tesseract runs in its own process)`,
    );
  } catch {
    console.log(`failed: ${child.stderr.split('\n').slice(-5).join(' ')}`);
  }
  console.log(`bench process peak RSS: ${peakRssMb()} MB`);
}
