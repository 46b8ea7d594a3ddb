// The table-scan simulator (issue 16, item 4): task tables of the gold documents printed as ruled
// tables through a browser, scanned poorly and OCR'd, each with the gold of what it prints.
//   npx tsx scripts/simulate-table-scans.ts [outDir=/work/data-ocrtables] [dev=18] [test=9]
//   SIM_SEED=N draws other layouts and rows (dev seed N, test seed N + 1000; default 16), for
//   more development material beside the benches' folder.
// For each appendix: rows of one gold document (dev gold → `dev/`, held-out gold → `test/`), a
// layout drawn from a seeded random source (font, size, column order and headers, column widths,
// row padding, page orientation), then chromium --print-to-pdf, pdftoppm, ImageMagick's convert
// (blur, noise, JPEG, a slight skew) and tesseract (eng: the marks lost, as the old scans; vie).
// Writes NAME.eng.txt, NAME.vie.txt and NAME.tasks.json (../shared/gold/FORMAT.md) per appendix.
// Generated text is gold/corpus text and stays outside the repository.
//   SIM_LAYOUT_TEXT=1 keeps each appendix's PDF as `pdftotext -layout` prints it (NAME.layout.txt:
//   words at character columns, as archives converted from PDF hold them) and skips the raster and
//   OCR steps; its cells sit at the top or in the middle of their rows (drawn apart from the layout,
//   so a seed's tables and layouts are the OCR draws'), as Word and PDF tables print them. Dev only:
//   npx tsx scripts/simulate-table-scans.ts /work/data-layouttext 18 0
// Needs: chromium, poppler-utils, imagemagick, tesseract-ocr, tesseract-ocr-vie. Runs one job at a
// time under nice, tesseract on one thread.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { seededRandom } from './seeded-random.js';

const outDir = resolve(process.argv[2] ?? '/work/data-ocrtables');
const wanted = { dev: Number(process.argv[3] ?? 18), test: Number(process.argv[4] ?? 9) };
const goldDir = resolve(import.meta.dirname, '../gold');
const langs = (process.env.SIM_LANGS ?? 'eng,vie').split(',');
const seed = Number(process.env.SIM_SEED ?? 16);
const layoutText = Boolean(process.env.SIM_LAYOUT_TEXT);

interface GoldTask {
  ordinal: string;
  content: string;
  products?: string[];
  lead?: string[];
  cooperating?: string[];
  deadline?: string | null;
}
interface Gold {
  split: 'dev' | 'holdout';
  tasks: GoldTask[];
}

type Column = 'stt' | 'content' | 'lead' | 'cooperating' | 'deadline' | 'products';

const HEADERS: Record<Column, string[]> = {
  stt: ['TT', 'STT', 'Số TT'],
  content: ['Nội dung thực hiện', 'Nhiệm vụ', 'Nội dung công việc', 'Nhiệm vụ, giải pháp', 'Tên nhiệm vụ'],
  lead: ['Cơ quan chủ trì', 'Đơn vị chủ trì', 'Cơ quan chủ trì thực hiện', 'Đơn vị thực hiện'],
  cooperating: ['Cơ quan phối hợp', 'Đơn vị phối hợp', 'Cơ quan phối hợp thực hiện'],
  deadline: ['Thời gian hoàn thành', 'Thời hạn hoàn thành', 'Thời gian thực hiện', 'Tiến độ'],
  products: ['Sản phẩm', 'Sản phẩm/Kết quả', 'Kết quả, sản phẩm', 'Sản phẩm dự kiến'],
};
const ORDERS: Column[][] = [
  ['stt', 'content', 'lead', 'cooperating', 'deadline', 'products'],
  ['stt', 'content', 'products', 'lead', 'cooperating', 'deadline'],
  ['stt', 'content', 'lead', 'cooperating', 'products', 'deadline'],
  ['stt', 'content', 'deadline', 'lead', 'cooperating', 'products'],
  ['stt', 'lead', 'content', 'cooperating', 'deadline', 'products'],
  ['stt', 'content', 'lead', 'deadline', 'cooperating'],
  ['stt', 'content', 'products', 'lead', 'deadline'],
];
const FONTS = ['Liberation Serif', 'Nimbus Roman', 'DejaVu Serif', 'Liberation Sans', 'DejaVu Sans', 'Liberation Sans Narrow', 'P052'];
/**
 * Layout text takes a font that has the Vietnamese letters: with one that lacks them, chromium
 * prints each such letter in a fallback font, and pdftotext sets it apart from its word.
 */
const VIETNAMESE_FONT: Record<string, string> = {
  'Nimbus Roman': 'Liberation Serif',
  P052: 'DejaVu Serif',
  'Liberation Sans Narrow': 'DejaVu Sans Condensed',
};
const TITLES = ['CÁC NHIỆM VỤ TRỌNG TÂM', 'DANH MỤC NHIỆM VỤ', 'KẾ HOẠCH TRIỂN KHAI CÁC NHIỆM VỤ', 'PHÂN CÔNG NHIỆM VỤ'];
const LABELS = ['01', '02', 'I', 'II', '1', '2', '03', 'III'];

/** The longest a content cell is printed: a page holds a few rows. */
const MAX_CONTENT = 420;

function shortened(text: string): string {
  if (text.length <= MAX_CONTENT) return text;
  const cut = text.lastIndexOf(' ', MAX_CONTENT);
  return text.slice(0, cut > 0 ? cut : MAX_CONTENT).replace(/[,;:]$/u, '');
}

const escape = (s: string) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

interface Layout {
  order: Column[];
  headers: string[];
  widths: number[];
  font: string;
  size: number;
  padding: number;
  landscape: boolean;
  dpi: number;
  blur: number;
  noise: number;
  quality: number;
  skew: number;
  productsAsList: boolean;
  /** Where a body cell's text sits in its row (layout text only; the scans keep theirs at the top). */
  valign: VerticalAlign;
}

/** Every cell at the top, every cell in the middle, or only the number and deadline cells in the middle. */
type VerticalAlign = 'top' | 'middle' | 'centred-numbers';
const VALIGNS: VerticalAlign[] = ['top', 'middle', 'centred-numbers'];

function drawLayout(random: () => number): Layout {
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]!;
  const order = pick(ORDERS);
  const landscape = random() < 0.6;
  const widths = order.map((c) => (c === 'stt' ? 4 + random() * 3 : c === 'content' ? 28 + random() * 20 : 11 + random() * 9));
  return {
    order,
    headers: order.map((c) => pick(HEADERS[c])),
    widths: widths.map((w) => Math.round((100 * w) / widths.reduce((a, b) => a + b, 0))),
    font: pick(FONTS),
    size: 11 + Math.floor(random() * 4),
    padding: 2 + Math.floor(random() * 8),
    landscape,
    dpi: pick([150, 200, 200, 300]),
    blur: Math.round(random() * 10) / 10,
    noise: Math.round(random() * 4) / 10,
    quality: 25 + Math.floor(random() * 60),
    skew: Math.round((random() - 0.5) * 8) / 10,
    productsAsList: random() < 0.5,
    valign: 'top',
  };
}

function cellHtml(column: Column, task: GoldTask, number: number, layout: Layout): string {
  const list = (items: string[]) =>
    items.length > 1 || layout.productsAsList ? items.map((i) => `- ${escape(i)}`).join('<br>') : escape(items.join(''));
  switch (column) {
    case 'stt':
      return String(number);
    case 'content':
      return escape(task.content);
    case 'lead':
      return escape((task.lead ?? []).join(', '));
    case 'cooperating':
      return list(task.cooperating ?? []);
    case 'deadline':
      return escape(task.deadline ?? '');
    case 'products':
      return list(task.products ?? []);
  }
}

function html(label: string, title: string, tasks: GoldTask[], layout: Layout): string {
  const head = layout.headers.map((h, i) => `<th style="width:${layout.widths[i]}%">${escape(h)}</th>`).join('');
  const body = tasks
    .map(
      (t, i) =>
        `<tr>${layout.order.map((c) => `<td${c === 'stt' || c === 'deadline' ? ' class="c"' : ''}>${cellHtml(c, t, i + 1, layout)}</td>`).join('')}</tr>`,
    )
    .join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><style>
@page { size: A4 ${layout.landscape ? 'landscape' : 'portrait'}; margin: 15mm; }
body { font-family: '${layout.font}'; font-size: ${layout.size}pt; }
h1, h2, p.k { text-align: center; margin: 2pt; }
h1 { font-size: ${layout.size + 1}pt; } h2 { font-size: ${layout.size}pt; }
table { border-collapse: collapse; width: 100%; margin-top: 8pt; }
th, td { border: 1px solid black; padding: ${layout.padding}pt 3pt; vertical-align: ${layout.valign === 'middle' ? 'middle' : 'top'}; text-align: left; }
th { text-align: center; vertical-align: middle; } td.c { text-align: center;${layout.valign === 'top' ? '' : ' vertical-align: middle;'} }
</style></head><body>
<h1>PHỤ LỤC ${label}</h1><h2>${escape(title)}</h2><p class="k"><i>(Kèm theo Kế hoạch số 123/KH-UBND ngày 15 tháng 3 năm 2024)</i></p>
<table><thead><tr>${head}</tr></thead><tbody>
${body}
</tbody></table></body></html>`;
}

function run(command: string, args: string[]): string {
  return execFileSync('nice', ['-n', '10', command, ...args], {
    encoding: 'utf8',
    env: { ...process.env, OMP_THREAD_LIMIT: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 300_000,
  });
}

function printPdf(work: string, page: string): void {
  writeFileSync(join(work, 'page.html'), page);
  run('/usr/bin/chromium', [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--no-pdf-header-footer',
    `--print-to-pdf=${join(work, 'page.pdf')}`,
    `file://${join(work, 'page.html')}`,
  ]);
}

function scan(work: string, page: string, layout: Layout): string {
  printPdf(work, page);
  run('pdftoppm', ['-r', String(layout.dpi), '-gray', '-png', join(work, 'page.pdf'), join(work, 'p')]);
  const pages = readdirSync(work)
    .filter((f) => /^p-\d+\.png$/u.test(f))
    .sort();
  for (const p of pages) {
    const args = [join(work, p), '-background', 'white', '-rotate', String(layout.skew)];
    if (layout.blur) args.push('-blur', `0x${layout.blur}`);
    if (layout.noise) args.push('-attenuate', String(layout.noise), '+noise', 'Gaussian');
    args.push('-colorspace', 'Gray', '-quality', String(layout.quality), join(work, p.replace('.png', '.jpg')));
    run('convert', args);
  }
  return pages.map((p) => p.replace('.png', '.jpg')).join('\n');
}

/** The appendix printed to PDF and its text laid out at character columns (`pdftotext -layout`). */
function writeLayoutText(dir: string, name: string, page: string): void {
  const target = join(dir, `${name}.layout.txt`);
  if (existsSync(target)) return;
  const work = join(dir, '..', 'work', name);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  printPdf(work, page);
  run('pdftotext', ['-layout', join(work, 'page.pdf'), target]);
  rmSync(work, { recursive: true, force: true });
}

function main() {
  const golds = readdirSync(goldDir)
    .filter((f) => f.endsWith('.tasks.json'))
    .sort()
    .map((f) => ({ name: f.replace('.tasks.json', ''), gold: JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as Gold }))
    // Rows that name a lead: a task table's rows (LAYOUTS.md T1), whatever family the document's are.
    .map((g) => ({ ...g, rows: g.gold.tasks.filter((t) => t.lead?.length && t.content.length >= 20) }))
    .filter((g) => g.rows.length >= 4);
  for (const split of ['dev', 'test'] as const) {
    if (!wanted[split]) continue;
    // One seeded source a split: a split's appendices stay the same whatever the other's count.
    const random = seededRandom(split === 'dev' ? seed : seed + 1000);
    // The cells' vertical alignment from a source of its own: the other draws stay the OCR data's.
    const alignRandom = seededRandom((split === 'dev' ? seed : seed + 1000) + 7919);
    const sources = golds.filter((g) => (g.gold.split === 'holdout') === (split === 'test'));
    const dir = join(outDir, split);
    mkdirSync(dir, { recursive: true });
    for (let n = 0; n < wanted[split]; n++) {
      const source = sources[n % sources.length]!;
      const layout = drawLayout(random);
      const align = VALIGNS[Math.floor(alignRandom() * VALIGNS.length)]!;
      if (layoutText) {
        layout.valign = align;
        layout.font = VIETNAMESE_FONT[layout.font] ?? layout.font;
      }
      const count = 5 + Math.floor(random() * 6);
      const from = Math.floor(random() * Math.max(1, source.rows.length - count));
      const tasks = source.rows.slice(from, from + count).map((t) => ({ ...t, content: shortened(t.content) }));
      const label = LABELS[n % LABELS.length]!;
      const title = TITLES[Math.floor(random() * TITLES.length)]!;
      const name = `${split}-${String(n).padStart(2, '0')}`;
      const gold = {
        source: `simulated:${name}`,
        split,
        from: source.name,
        layout,
        tasks: tasks.map((t, i) => ({
          appendix: label,
          ordinal: String(i + 1),
          content: t.content,
          products: layout.order.includes('products') ? (t.products ?? []) : [],
          lead: t.lead ?? [],
          cooperating: layout.order.includes('cooperating') ? (t.cooperating ?? []) : [],
          deadline: layout.order.includes('deadline') ? (t.deadline ?? null) : null,
        })),
      };
      writeFileSync(join(dir, `${name}.tasks.json`), JSON.stringify(gold, null, 1));
      if (layoutText) {
        writeLayoutText(dir, name, html(label, title, gold.tasks, layout));
        process.stderr.write(
          `${name}: ${source.name}, ${tasks.length} rows, ${layout.font} ${layout.size}pt, ${layout.valign}, ${layout.order.join('|')}\n`,
        );
        continue;
      }
      const missing = langs.filter((l) => !existsSync(join(dir, `${name}.${l}.txt`)));
      if (!missing.length) continue;
      const work = join(outDir, 'work', name);
      rmSync(work, { recursive: true, force: true });
      mkdirSync(work, { recursive: true });
      const images = scan(work, html(label, title, gold.tasks, layout), layout).split('\n');
      for (const lang of missing) {
        const text = images.map((img) => run('tesseract', [join(work, img), '-', '-l', lang])).join('\n');
        writeFileSync(join(dir, `${name}.${lang}.txt`), text);
      }
      rmSync(work, { recursive: true, force: true });
      process.stderr.write(
        `${name}: ${source.name}, ${tasks.length} rows, ${images.length} page(s), ${layout.font} ${layout.size}pt, ${layout.order.join('|')}\n`,
      );
    }
  }
}

main();
