// Channel training data from many kinds of scan: corpus text printed onto small page images with
// several fonts, sizes and line lengths, each page degraded in one named kind of scan, and OCR'd
// with tesseract eng and vie. Output goes OUTSIDE the repository (default /work/ocr-data-channel):
// the text is corpus text and never enters the project.
//   nice -n 10 npx tsx scripts/make-scan-pages.ts [pagesPerKind=40] [outDir=/work/ocr-data-channel]
// Writes per page NAME.clean.txt (the lines printed), NAME.eng.txt, NAME.vie.txt, and one row of
// pages.tsv (name, kind, font, size, line length, lines, degradation, corpus id), so that figures can
// be grouped by kind (scripts/learn-channel.ts takes each kind as a source; npm run bench channel-loso).
// Needs: apt-get install imagemagick tesseract-ocr tesseract-ocr-vie fonts-dejavu-core fonts-liberation2
// Skips the language model's held-out documents, the documents of ../shared/ocr-pairs, those of
// scripts/make-ocr-pairs.ts (another stride through the corpus) and any sharing a line with a seed.
// Same arguments, same pages: every choice comes from one seeded random source. Pages already made
// are kept (a run that was stopped goes on where it was).
import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isHeldOut } from '../src/restore/lm/hash.js';
import { sharedDir } from '../tests/helpers/shared.js';
import { seededRandom } from './seeded-random.js';

/** The kinds of scan, each one degradation (LOSO holds one kind out at a time). */
export const SCAN_KINDS = ['blur', 'speckle', 'jpeg', 'skew', 'lowres', 'thin', 'thick'] as const;
export type ScanKind = (typeof SCAN_KINDS)[number];

const FONT_DIRS = ['/usr/share/fonts/truetype/dejavu', '/usr/share/fonts/truetype/liberation2'];
/** Fonts with Vietnamese glyphs; the Times-like serif (what most plans are printed in) counts thrice. */
const FONTS = [
  'LiberationSerif-Regular.ttf',
  'LiberationSerif-Regular.ttf',
  'LiberationSerif-Regular.ttf',
  'DejaVuSerif.ttf',
  'DejaVuSans.ttf',
  'LiberationSans-Regular.ttf',
  'DejaVuSerifCondensed.ttf',
  'DejaVuSansCondensed.ttf',
  'LiberationSerif-Bold.ttf',
  'LiberationMono-Regular.ttf',
];
/** Rendering scale: pages are drawn this many times larger, stroke-width changes made there, then scaled down. */
const SCALE = 2;
const MARGIN = 36;

function fontPath(name: string): string {
  for (const dir of FONT_DIRS) if (existsSync(join(dir, name))) return join(dir, name);
  throw new Error(`font ${name} not found in ${FONT_DIRS.join(', ')}`);
}

/**
 * Lines of `text` wrapped at spaces to at most `width` characters (a longer word stands alone); the
 * text's first line to at most `firstWidth`.
 */
export function wrap(text: string, width: number, firstWidth = width): string[] {
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line && line.length + 1 + word.length > (out.length ? width : firstWidth)) {
        out.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    if (line) out.push(line);
  }
  return out;
}

/** The printable prose of a corpus document: no Markdown emphasis, tags, table rows or characters ImageMagick reads as escapes. */
function printable(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\*\*/g, '')
    .replace(/<[^>]*>/g, ' ')
    .split('\n')
    .filter((l) => !l.includes('|') && /\p{L}/u.test(l))
    .map((l) =>
      l
        .replace(/[\\%@]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter(Boolean)
    .join('\n');
}

export interface Page {
  name: string;
  kind: ScanKind;
  font: string;
  size: number;
  width: number;
  lines: string[];
  degradation: string[];
  /** Written as JPEG (the jpeg kind), else PNG. */
  jpegQuality?: number;
  docId: string;
}

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const between = (random: () => number, lo: number, hi: number) => lo + random() * (hi - lo);
const fixed = (x: number) => x.toFixed(2);

/** ImageMagick operators for a kind: [at drawing scale, after scaling down]. */
function degradation(kind: ScanKind, random: () => number): { big: string[]; small: string[]; jpegQuality?: number } {
  const tilt = fixed(between(random, -0.3, 0.3));
  const base = ['-rotate', tilt, '-blur', `0x${fixed(between(random, 0.3, 0.6))}`];
  switch (kind) {
    case 'blur':
      return { big: [], small: ['-rotate', tilt, '-blur', `0x${fixed(between(random, 0.8, 1.1))}`] };
    case 'speckle':
      return { big: [], small: [...base, '-attenuate', fixed(between(random, 0.15, 0.4)), '+noise', 'Impulse'] };
    case 'jpeg':
      return { big: [], small: base, jpegQuality: Math.round(between(random, 6, 18)) };
    case 'skew': {
      const angle = between(random, 0.8, 2.2) * (random() < 0.5 ? -1 : 1);
      return { big: [], small: ['-rotate', fixed(angle), '-blur', `0x${fixed(between(random, 0.3, 0.6))}`] };
    }
    case 'lowres':
      return { big: [], small: [...base, '-resize', `${Math.round(between(random, 45, 62))}%`] };
    case 'thin':
      return { big: ['-morphology', 'Dilate', `Disk:${fixed(between(random, 1.0, 1.6))}`], small: base };
    case 'thick':
      return { big: ['-morphology', 'Erode', `Disk:${fixed(between(random, 1.2, 2.0))}`], small: base };
  }
}

/** Renders and degrades one page into `image` (PNG, or JPEG for the jpeg kind: name it so). */
export function renderPage(page: Page, big: string[], small: string[], image: string): void {
  const lineHeight = Math.round(page.size * 1.17);
  const charWidth = page.font.includes('Mono') ? 0.6 : page.font.includes('Condensed') ? 0.5 : 0.55;
  const width = Math.round((2 * MARGIN + page.width * page.size * charWidth) * SCALE);
  const height = Math.round((2 * MARGIN + page.lines.length * lineHeight + page.size) * SCALE);
  const args = [
    '-size',
    `${width}x${height}`,
    'xc:white',
    '-font',
    fontPath(page.font),
    '-pointsize',
    String(page.size * SCALE),
    '-fill',
    'black',
    '-annotate',
    `+${MARGIN * SCALE}+${(MARGIN + page.size) * SCALE}`,
    page.lines.join('\n'),
    ...big,
    '-resize',
    `${100 / SCALE}%`,
    '-background',
    'white',
    ...small,
    '-flatten',
    '-type',
    'Grayscale',
    ...(page.jpegQuality ? ['-quality', String(page.jpegQuality)] : []),
    image,
  ];
  execFileSync('convert', args, { stdio: ['ignore', 'ignore', 'inherit'] });
}

/** Renders, degrades and OCRs one page into outDir. */
function makePage(page: Page, big: string[], small: string[], work: string, outDir: string): void {
  const prefix = join(outDir, page.name);
  const image = join(work, page.jpegQuality ? 'page.jpg' : 'page.png');
  renderPage(page, big, small, image);
  const env = { ...process.env, OMP_THREAD_LIMIT: '1' };
  for (const lang of ['eng', 'vie']) {
    execFileSync('tesseract', [image, join(work, lang), '-l', lang], { stdio: 'ignore', env });
    writeFileSync(`${prefix}.${lang}.txt`, readFileSync(join(work, `${lang}.txt`), 'utf8'));
  }
  writeFileSync(`${prefix}.clean.txt`, page.lines.join('\n') + '\n');
}

/** Lines of the seeds long enough to recognise a document that holds one of them. */
function seedLines(): Set<string> {
  const lines = new Set<string>();
  const dir = join(sharedDir, 'seeds');
  for (const f of readdirSync(dir)) {
    for (const l of readFileSync(join(dir, f), 'utf8').normalize('NFC').split('\n')) if (l.trim().length >= 50) lines.add(l.trim());
  }
  return lines;
}

function* candidateDocuments(): Generator<{ id: string; text: string }> {
  const used = new Set(
    readFileSync(join(sharedDir, 'ocr-pairs/list.tsv'), 'utf8')
      .split('\n')
      .map((l) => l.split('\t')[3])
      .filter(Boolean),
  );
  const seeds = seedLines();
  const corpusDir = join(sharedDir, 'corpus');
  const files = readdirSync(corpusDir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort();
  const docs = files.map((f) => readFileSync(join(corpusDir, f), 'utf8').split('\n').filter(Boolean));
  // Round robin over the corpus files (every source and kind of document), strides of 7 from lines
  // 3, 5, 2, 4 and 6: make-ocr-pairs.ts takes lines 0, 7, 14, … of the files and the channel-loso
  // bench's clean text lines 1, 8, …, so none of them share a document.
  for (const offset of [3, 5, 2, 4, 6]) {
    for (let i = offset; ; i += 7) {
      let any = false;
      for (const lines of docs) {
        if (i >= lines.length) continue;
        any = true;
        const doc = JSON.parse(lines[i]!) as { id: string; text: string };
        if (isHeldOut(doc.id) || used.has(doc.id) || used.has(doc.id.split('/').pop()!)) continue;
        if (doc.text.split('\n').some((l) => seeds.has(l.trim().normalize('NFC')))) continue;
        yield doc;
      }
      if (!any) break;
    }
  }
}

export interface PlannedPage {
  page: Page;
  /** ImageMagick operators at drawing scale and after scaling down. */
  big: string[];
  small: string[];
}

/**
 * Every page in the order they are made, round n of each kind in turn (`SCAN_KINDS`), from one
 * seeded random source: the same pages each time. A page with under 5 lines is yielded too (the
 * draws happen all the same); callers skip it.
 */
export function* plannedPages(): Generator<PlannedPage> {
  const random = seededRandom(16_2026);
  const documents = candidateDocuments();
  for (let n = 0; ; n++) {
    for (const kind of SCAN_KINDS) {
      const next = documents.next();
      if (next.done) throw new Error('the corpus ran out of documents');
      const doc = next.value;
      const font = pick(random, FONTS);
      const size = Math.round(between(random, 17, 26));
      const width = Math.round(between(random, 55, 100));
      const lineCount = Math.round(between(random, 18, 32));
      const all = wrap(printable(doc.text), width);
      const start = Math.floor(random() * Math.max(1, all.length - lineCount));
      const { big, small, jpegQuality } = degradation(kind, random);
      const name = `s-${kind}-${String(n).padStart(3, '0')}`;
      const lines = all.slice(start, start + lineCount);
      const page: Page = {
        name,
        kind,
        font,
        size,
        width,
        lines,
        degradation: [...big, ...small],
        docId: doc.id,
        ...(jpegQuality ? { jpegQuality } : {}),
      };
      yield { page, big, small };
    }
  }
}

function main(): void {
  const pagesPerKind = Number(process.argv[2] ?? 40);
  const outDir = process.argv[3] ?? '/work/ocr-data-channel';
  mkdirSync(outDir, { recursive: true });
  const listPath = join(outDir, 'pages.tsv');
  const done = new Set(
    existsSync(listPath)
      ? readFileSync(listPath, 'utf8')
          .split('\n')
          .map((l) => l.split('\t')[0])
      : [],
  );
  if (!existsSync(listPath)) appendFileSync(listPath, 'name\tkind\tfont\tsize\tlineLength\tlines\tdegradation\tcorpusId\n');
  const work = mkdtempSync(join(tmpdir(), 'cchc-scan-pages-'));
  let made = 0;
  let planned = 0;
  try {
    // Every page is planned whether or not it exists already, so a resumed run makes the same pages.
    for (const { page, big, small } of plannedPages()) {
      if (planned++ >= pagesPerKind * SCAN_KINDS.length) break;
      if (done.has(page.name) || page.lines.length < 5) continue;
      makePage(page, big, small, work, outDir);
      const described = [...page.degradation, ...(page.jpegQuality ? [`jpeg ${page.jpegQuality}`] : [])].join(' ');
      appendFileSync(
        listPath,
        [page.name, page.kind, page.font.replace(/\.ttf$/, ''), page.size, page.width, page.lines.length, described, page.docId].join(
          '\t',
        ) + '\n',
      );
      made++;
      if (made % 20 === 0) process.stderr.write(`${made} pages\n`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  process.stderr.write(`${made} new pages in ${outDir}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
