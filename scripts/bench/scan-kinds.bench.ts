// npm run bench scan-kinds: cchc's own OCR path on poor scans, one kind of scan at a time.
// Pages of corpus text are made again as scripts/make-scan-pages.ts makes them (its seeded plan and
// its ImageMagick degradations: blur, speckle, jpeg, skew, lowres, thin, thick), from rounds past
// those the channel learned from (the first 20), so no page here was trained on. Each page image is
// read by readInput (rasterising, tesseract, cchc's second readings) and restored as parse restores
// OCR'd text (readByOcr, the words' confidences), then scored with ../shared/tools/score.mjs against
// the lines printed: SER raw OCR and restored, per kind and language, and OCR's cost (pages a second
// of wall time and of CPU, tesseract's included).
//   CCHC_SCAN_KINDS_DIR   where page images and the OCR cache go (a temporary folder when unset;
//                         corpus text, so never inside the repository)
//   CCHC_SCAN_KINDS_PAGES pages a kind (5)   CCHC_SCAN_KINDS_LANGS languages (eng,vie)
//   CCHC_SCAN_KINDS_ONLY  kinds to run, comma-separated (all)
// Each page's gold, OCR and restored text are left in the folder (<page>.clean.txt, .<language>.ocr.txt,
// .<language>.restored.txt) for a closer look at what was lost.
// Needs ImageMagick's convert, the DejaVu and Liberation fonts, tesseract and ../shared.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { defaultRestorer } from '../../src/default-restorer.js';
import { readInput } from '../../src/read/index.js';
import { OCR_READER_VERSION } from '../../src/read/ocr/recipe.js';
import { plannedPages, renderPage, SCAN_KINDS, type PlannedPage } from '../make-scan-pages.js';
import { cpuSeconds } from './measure.js';
import { sharedDir } from './shared-texts.js';
import { add, score, ZERO, type Score } from './text-score.js';

/** make-scan-pages.ts made rounds 0–19 for the channel's training data: these come after. */
const FIRST_ROUND = 20;
const perKind = Number(process.env.CCHC_SCAN_KINDS_PAGES ?? 5);
const languages = (process.env.CCHC_SCAN_KINDS_LANGS ?? 'eng,vie').split(',').filter(Boolean);
const only = new Set((process.env.CCHC_SCAN_KINDS_ONLY ?? SCAN_KINDS.join(',')).split(','));
const work = process.env.CCHC_SCAN_KINDS_DIR ?? mkdtempSync(join(tmpdir(), 'cchc-bench-scan-kinds-'));

const has = (command: string, args: string[]) => spawnSync(command, args, { stdio: 'ignore' }).error === undefined;

/** The pages to read: `perKind` of each kind from round FIRST_ROUND on, rendered once into `work`. */
function pages(): Array<PlannedPage & { image: string }> {
  const out: Array<PlannedPage & { image: string }> = [];
  const rounds = FIRST_ROUND + perKind;
  let planned = 0;
  for (const plan of plannedPages()) {
    if (planned++ >= rounds * SCAN_KINDS.length) break;
    const { page, big, small } = plan;
    if (planned <= FIRST_ROUND * SCAN_KINDS.length || page.lines.length < 5 || !only.has(page.kind)) continue;
    const image = join(work, `${page.name}.${page.jpegQuality ? 'jpg' : 'png'}`);
    if (!existsSync(image)) renderPage(page, big, small, image);
    out.push({ ...plan, image });
  }
  return out;
}

/** Markup out, as the scorer should see the text (table pipes, emphasis). */
const plain = (text: string) => text.replace(/<[^>]+>/gu, ' ').replace(/[|*\\#]/gu, ' ');
const ser = (s: Score) => (s.gold ? ((100 * s.edits) / s.gold).toFixed(2) : '?');

export async function run(): Promise<void> {
  if (!existsSync(join(sharedDir, 'corpus')) || !has('convert', ['-version']) || !has('tesseract', ['--version'])) {
    console.log('(needs ../shared/corpus, ImageMagick convert and tesseract: left out)');
    return;
  }
  mkdirSync(work, { recursive: true });
  const cacheDir = join(work, 'ocr-cache');
  const restorer = defaultRestorer();
  console.log(`OCR reader ${OCR_READER_VERSION}; pages and cache in ${work}`);
  console.log('page | language | SER raw % | SER restored % | seconds');
  const totals = new Map<string, { raw: Score; restored: Score }>();
  const cost = new Map<string, { pages: number; wall: number; cpu: number }>();
  for (const { page, image } of pages()) {
    const gold = page.lines.join('\n') + '\n';
    writeFileSync(join(work, `${page.name}.clean.txt`), gold);
    for (const language of languages) {
      let fresh = false;
      const [wall0, cpu0] = [performance.now(), cpuSeconds()];
      const read = await readInput(readFileSync(image), {
        path: image,
        ocr: { language, cacheDir, onPage: (_d, _t, cached) => void (fresh = !cached) },
      });
      const wall = (performance.now() - wall0) / 1000;
      const cpu1 = cpuSeconds();
      if (fresh) {
        const spent = cost.get(`${page.kind} ${language}`) ?? { pages: 0, wall: 0, cpu: 0 };
        cost.set(`${page.kind} ${language}`, {
          pages: spent.pages + 1,
          wall: spent.wall + wall,
          cpu: spent.cpu + cpu1.self - cpu0.self + (cpu1.children ?? 0) - (cpu0.children ?? 0),
        });
      }
      if (read.kind !== 'document') continue;
      const restored = restorer.restore(read.text, { readByOcr: true, ocrConfidence: read.tokenConfidences });
      writeFileSync(join(work, `${page.name}.${language}.ocr.txt`), read.text);
      writeFileSync(join(work, `${page.name}.${language}.restored.txt`), restored.text);
      const raw = score(plain(read.text), gold);
      const fixed = score(plain(restored.text), gold);
      for (const key of [`${page.kind} ${language}`, `all ${language}`]) {
        const t = totals.get(key) ?? { raw: ZERO, restored: ZERO };
        totals.set(key, { raw: add(t.raw, raw), restored: add(t.restored, fixed) });
      }
      console.log(`${page.name} | ${language} | ${ser(raw)} | ${ser(fixed)} | ${fresh ? wall.toFixed(1) : 'cached'}`);
    }
  }
  console.log('\nkind | language | SER raw % | SER restored % | syllables');
  for (const [key, t] of totals) console.log(`${key.replace(' ', ' | ')} | ${ser(t.raw)} | ${ser(t.restored)} | ${t.raw.gold}`);
  console.log('\nOCR cost (pages read afresh) | pages | wall s | CPU s | pages/s wall | pages/s CPU');
  for (const [key, c] of cost)
    console.log(
      `${key} | ${c.pages} | ${c.wall.toFixed(1)} | ${c.cpu.toFixed(1)} | ${(c.pages / c.wall).toFixed(3)} | ${(c.pages / c.cpu).toFixed(3)}`,
    );
}
