// npm run bench scan-restore: what each word's OCR confidence buys restoration, on scans we make.
// Each plan is printed to PDF (the committed fixture as it is; seeds through chromium), rasterised
// and degraded twice (scripts/formats/scan.ts): as an office scanner does at 300 dpi ("office",
// the formats bench's scan), and as an archive copy scanned at 200 dpi ("lowres": a little more
// skew and greyer paper, where the engine doubts more of its words); each scan is OCR'd once with
// tesseract vie and eng (printed plans and OCR'd pages kept in $CCHC_SCAN_RESTORE_DIR, by content
// hash, so a second run OCRs nothing; a temporary folder when unset). The OCR'd text
// is then parsed and restored twice, without and with the words' confidences (ParseOptions
// ocrConfidence), and scored with ../shared/tools/score.mjs against the plan's own text:
//   SER   syllable error rate of the restored text against the plan's text (markup and HTML of
//         both taken out first: table layout differs, and weighs on both variants alike);
//   tasks row recall, lead and deadline against the parse of the plan's text;
//   the restorer's changes, the words unreadable, and how many changes the confidences altered.
// Plans: fixtures/clean-plan.md, and the texts BENCH_SCAN_RESTORE_DOCS names (see DOCS), pooled by
// gold/INDEX.md's split (dev, holdout). Only texts that kept their marks make a gold text: seeds
// 000, 003 and 004 are OCR'd text themselves. Needs tesseract + pdftoppm, and chromium for ../shared texts.
import { execFileSync, spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from '../../src/pipeline.js';
import { defaultRestorer } from '../../src/default-restorer.js';
import { readInput } from '../../src/read/index.js';
import type { ReadDocument } from '../../src/read/types.js';
import type { CchcDocument } from '../../src/schema/document.js';
import { planHtml } from '../formats/plan-html.js';
import { printToPdf } from '../formats/print.js';
import { degrade, imagePdf, OFFICE_SCAN, rasterisePage, type Degradation, type Gray } from '../formats/scan.js';
import { score as textScore, type Score } from './text-score.js';
import { scoreTasks as scoreWith } from './score-tasks.js';
import { heldOutGoldIds, sharedDir } from './shared-texts.js';
import { cpuSeconds } from './measure.js';

const root = resolve(import.meta.dirname, '../..');
const scorer = join(sharedDir, 'tools/score.mjs');
const work = process.env.CCHC_SCAN_RESTORE_DIR ?? mkdtempSync(join(tmpdir(), 'cchc-bench-scan-restore-'));
const cacheDir = join(work, 'ocr-cache');

const has = (command: string, args: string[]) => spawnSync(command, args, { stdio: 'ignore' }).error === undefined;

interface Plan {
  name: string;
  markdown: string;
  pdf: string;
  /** gold/INDEX.md's split: holdout documents are measured, never tuned on. */
  split: 'dev' | 'holdout';
}

/**
 * Texts to print and scan, by id: "seeds:001", "plans:<file>" (../shared). Seed 001 and two real
 * plans from other sources by default; BENCH_SCAN_RESTORE_DOCS lists others ("" for the fixture alone).
 */
const DOCS = process.env.BENCH_SCAN_RESTORE_DOCS ?? 'seeds:001,plans:lvn-120-QD-BTC-2014.txt,plans:e2m-Public_341-KH-STTTT-DakNong.txt';

function plans(): Plan[] {
  const list: Plan[] = [
    {
      name: 'clean-plan',
      markdown: readFileSync(join(root, 'fixtures/clean-plan.md'), 'utf8'),
      pdf: join(root, 'fixtures/pdf/clean-plan.pdf'),
      split: 'dev',
    },
  ];
  const wanted = DOCS.split(',').filter(Boolean);
  if (!wanted.length) return list;
  if (!existsSync(sharedDir) || !has('chromium', ['--version'])) {
    console.log(`(shared texts left out: ${existsSync(sharedDir) ? 'chromium not installed' : `no ../shared at ${sharedDir}`})`);
    return list;
  }
  const holdout = heldOutGoldIds();
  for (const id of wanted) {
    const [kind, name] = [id.slice(0, id.indexOf(':')), id.slice(id.indexOf(':') + 1)];
    const dir = join(sharedDir, kind);
    const file = kind === 'seeds' ? readdirSync(dir).find((f) => f.startsWith(`${name}_`)) : name;
    if (!file || !existsSync(join(dir, file))) {
      console.log(`(${id} not found: left out)`);
      continue;
    }
    const markdown = readFileSync(join(dir, file), 'utf8');
    const pdf = join(work, `${id.replace(/\W+/gu, '-')}.pdf`);
    if (!existsSync(pdf)) printToPdf(planHtml(markdown, id), pdf);
    list.push({ name: id, markdown, pdf, split: holdout.has(id) ? 'holdout' : 'dev' });
  }
  return list;
}

const pageCount = (pdf: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1] ?? 0);

const QUALITIES: Array<{ name: string; dpi: number; degradation: Degradation }> = [
  { name: 'office', dpi: 300, degradation: OFFICE_SCAN },
  { name: 'lowres', dpi: 200, degradation: { skew: 0.5, blur: 1, speckle: 0.002, paper: 225, seed: 5 } },
];

/** The plan's pages as a scan: an image-only PDF of its pages rasterised and degraded. */
function scanOf(plan: Plan, quality: (typeof QUALITIES)[number]): Buffer {
  const pages: Gray[] = [];
  for (let p = 1; p <= pageCount(plan.pdf); p++) pages.push(degrade(rasterisePage(plan.pdf, p, quality.dpi), quality.degradation));
  return imagePdf(pages, quality.dpi);
}

/** Text as the scorer should see it: HTML tags and entities and Markdown table pipes out (they would count as syllables "p", "amp"). */
const plain = (text: string) =>
  text
    .replace(/<[^>]+>/gu, ' ')
    .replace(/&[a-z]+;/gu, ' ')
    .replace(/[|*\\]/gu, ' ');

const scoreTasks = (pred: CchcDocument, gold: CchcDocument, label: string) => scoreWith(pred, gold, label, { scorer: scorer, work });

const ser = (s: Score) => (s.gold ? ((100 * s.edits) / s.gold).toFixed(2) : '?');

export async function run(): Promise<void> {
  if (!has('tesseract', ['--version']) || !has('pdftoppm', ['-v'])) {
    console.log('(tesseract or pdftoppm not installed: left out)');
    return;
  }
  if (!existsSync(scorer)) console.log(`(score.mjs not found at ${scorer}: figures left out)`);
  mkdirSync(cacheDir, { recursive: true });
  const restorer = defaultRestorer();
  console.log(
    'plan | scan | OCR | confidences | SER raw OCR % | SER restored % | changes (altered by confidences) | unreadable | tasks | row recall | lead | deadline',
  );
  const totals = new Map<string, { raw: Score; restored: Score }>();
  // OCR's cost: pages read afresh (not from the cache), wall and CPU seconds (ours and tesseract's).
  const cost = new Map<string, { pages: number; wall: number; cpu: number }>();
  for (const plan of plans()) {
    const gold = parse(plan.markdown, { input: 'markdown' });
    for (const quality of QUALITIES) {
      const scan = scanOf(plan, quality);
      for (const language of ['vie', 'eng']) {
        let fresh = 0;
        const [wall0, cpu0] = [performance.now(), cpuSeconds()];
        const read = await readInput(scan, {
          path: `${plan.name}.pdf`,
          ocr: { language, cacheDir, onPage: (_done, _total, cached) => void (fresh += cached ? 0 : 1) },
        });
        if (fresh) {
          const cpu1 = cpuSeconds();
          const spent = cost.get(`${quality.name} ${language}`) ?? { pages: 0, wall: 0, cpu: 0 };
          cost.set(`${quality.name} ${language}`, {
            pages: spent.pages + fresh,
            wall: spent.wall + (performance.now() - wall0) / 1000,
            cpu: spent.cpu + cpu1.self - cpu0.self + (cpu1.children ?? 0) - (cpu0.children ?? 0),
          });
        }
        if (read.kind !== 'document') continue;
        const raw = textScore(plain(read.text), plain(plan.markdown));
        const logs: string[][] = [];
        for (const withConfidence of [false, true]) {
          const ocrConfidence = withConfidence ? read.tokenConfidences : undefined;
          const restored = restorer.restore(read.text, { readByOcr: true, ocrConfidence });
          const restoredScore = textScore(plain(restored.text), plain(plan.markdown));
          const doc = parse(read.text, { input: read.layout, readByOcr: true, ocrConfidence, restorer });
          const s = scoreTasks(doc, gold, `${plan.name}-${quality.name}-${language}-${withConfidence}`);
          const log = restored.restoration.changes.map((c) => `${c.line}:${c.column}:${c.original}>${c.restored}`);
          logs.push(log);
          const altered = withConfidence ? symmetricDifference(logs[0]!, log) : 0;
          const key = `${plan.split} ${quality.name} ${language} ${withConfidence ? 'with' : 'without'}`;
          const total = totals.get(key) ?? { raw: { edits: 0, gold: 0 }, restored: { edits: 0, gold: 0 } };
          totals.set(key, {
            raw: { edits: total.raw.edits + raw.edits, gold: total.raw.gold + raw.gold },
            restored: { edits: total.restored.edits + restoredScore.edits, gold: total.restored.gold + restoredScore.gold },
          });
          console.log(
            `${plan.name} | ${quality.name} | ${language} | ${withConfidence ? 'with' : 'without'} | ${ser(raw)} | ${ser(restoredScore)} | ${log.length} (${altered}) | ${restored.restoration.unreadable?.length ?? 0} | ${doc.tasks.length}/${gold.tasks.length} | ${s.recall} | ${s.lead} | ${s.deadline}`,
          );
        }
        report(read, plan.name, language);
      }
    }
  }
  console.log('\npooled | SER raw OCR % | SER restored %');
  for (const [key, t] of totals) console.log(`${key} | ${ser(t.raw)} | ${ser(t.restored)}`);
  console.log('\nOCR cost (pages read afresh, not from the cache) | pages | wall s | CPU s | pages/s wall | pages/s CPU');
  for (const [key, c] of cost)
    console.log(
      `${key} | ${c.pages} | ${c.wall.toFixed(1)} | ${c.cpu.toFixed(1)} | ${(c.pages / c.wall).toFixed(3)} | ${(c.pages / c.cpu).toFixed(3)}`,
    );
}

/** Changes in one log and not the other. */
function symmetricDifference(a: string[], b: string[]): number {
  const left = new Set(a);
  const right = new Set(b);
  return a.filter((x) => !right.has(x)).length + b.filter((x) => !left.has(x)).length;
}

/** How many of the text's lines carry their words' confidences (every OCR'd line should). */
function report(read: ReadDocument, name: string, language: string): void {
  const lines = read.text.split('\n');
  const withWords = lines.filter((l) => l.trim()).length;
  const carried = (read.tokenConfidences ?? []).filter((c) => c !== null).length;
  if (carried !== withWords) console.log(`  (${name} ${language}: ${carried} of ${withWords} lines carry confidences)`);
}
