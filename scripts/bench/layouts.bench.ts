// Layout readers against the development gold (issue 15), through ../shared/tools/score.mjs:
//   per family and pooled, on the tuned part (dev) and the held-out part apart: task recall and
//   precision, lead, cooperating and deadline accuracy; header number/date/signer;
//   gold-free, over every official document of the corpus: the share with number, date and signer
//   found (the number also checked against the one the corpus title prints), and for plan-like
//   documents the share yielding at least one task; and the same shares of the documents that print the field.
// `npm run bench layouts` — CCHC_LAYOUTS_VERBOSE=1 prints every document's line, CCHC_LAYOUTS_ONLY=<regexp> reads only the gold files it matches, CCHC_LAYOUTS_GOLD_ONLY=1 skips the census,
// CCHC_LAYOUTS_STRIPPED=1 reads unaccented copies of the gold texts (below), CCHC_LAYOUTS_OCR=vie|eng
// OCR'd prints of their first pages (below),
// CCHC_LAYOUTS_PERTURB=<kind>[,<kind>…]|all reads rewritten copies of the dev texts (./perturb.ts), each kind
// alone, against the dev texts as printed: how brittle the readers are to layouts they were not tuned on.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from '../../src/pipeline.js';
import { goldOnPages, printWindow } from './gold-on-pages.js';
import { PERTURBATIONS, perturbationKinds } from './perturb.js';
import { ocrPrint, printedLines } from './print-ocr.js';
import { scoreHere, type TaskScore } from './score-here.js';
import { corpusDocuments, documentType, isOfficial, isPlanLike, sharedDir, sourceText } from './shared-texts.js';

const goldDir = resolve(import.meta.dirname, '../../gold');
const scorer = join(sharedDir, 'tools/score.mjs');
const verbose = Boolean(process.env.CCHC_LAYOUTS_VERBOSE);
// CCHC_LAYOUTS_STRIPPED=1: every gold text loses its diacritics first, through the shared tool
// (../shared/tools/strip.mjs), and is parsed with restoration as usual (auto): how the readers do
// on unaccented copies of the same plans, once restored.
const stripped = Boolean(process.env.CCHC_LAYOUTS_STRIPPED);
// Held-out texts are never rewritten: a perturbed run reads the dev part only.
const perturb = process.env.CCHC_LAYOUTS_PERTURB;
// CCHC_LAYOUTS_ONLY=<regexp>: only the gold files whose names match (a quick look at a few documents).
const only = new RegExp(process.env.CCHC_LAYOUTS_ONLY ?? '', 'u');
// CCHC_LAYOUTS_OCR=vie|eng: every gold text is printed onto page images, CCHC_LAYOUTS_OCR_PAGES
// pages of it (3 when unset: the first, and those where its tasks begin, ./gold-on-pages.ts), and OCR'd with tesseract in that language
// (./print-ocr.ts; the OCR cached in CCHC_LAYOUTS_OCR_DIR, a temporary folder when unset), then
// parsed as a plain .txt (restore auto). The gold is cut to what those pages print (./gold-on-pages.ts),
// and the same pages' text, not OCR'd, is parsed and scored too: "printed" is what the wrapped
// lines and the cut cost, "ocr" what the OCR costs on top of that.
const ocrLanguage = process.env.CCHC_LAYOUTS_OCR ?? '';
const ocrPages = Number(process.env.CCHC_LAYOUTS_OCR_PAGES ?? 3);
// CCHC_LAYOUTS_SPLIT=dev|holdout: that part of the gold alone.
const onlySplit = process.env.CCHC_LAYOUTS_SPLIT ?? '';
const ocrDir = process.env.CCHC_LAYOUTS_OCR_DIR ?? (ocrLanguage ? mkdtempSync(join(tmpdir(), 'cchc-layouts-ocr-')) : '');

function stripDiacritics(text: string): string {
  const run = spawnSync(process.execPath, [join(sharedDir, 'tools/strip.mjs')], { input: text, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (run.status !== 0) throw new Error(`strip.mjs failed: ${run.stderr}`);
  return run.stdout;
}

interface Gold {
  source: string;
  split: 'dev' | 'holdout';
  families?: { primary?: string };
  decision: { number: string | null; date: string | null; signer: string | null };
  tasks: unknown[];
}

interface DecisionScore {
  number: boolean;
  date: boolean;
  signer: boolean;
}
interface Row {
  name: string;
  split: string;
  family: string;
  /** "clean" or "stripped" (the whole text), or "printed" and "ocr" (the first pages). */
  variant: string;
  tasks: TaskScore;
  decision: DecisionScore;
  /** The header fields the scored text prints (all, but for the first pages of a print). */
  shown: DecisionScore;
}

function score(mode: 'tasks' | 'decision', pred: string, gold: string): unknown {
  const run = spawnSync(process.execPath, [scorer, mode, pred, gold], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`score.mjs ${mode} failed: ${run.stderr}`);
  return JSON.parse(run.stdout);
}

function pooled(rows: Row[]): string {
  const sum = (f: (r: Row) => number) => rows.reduce((s, r) => s + f(r), 0);
  const gold = sum((r) => r.tasks.gold),
    pred = sum((r) => r.tasks.pred),
    matched = sum((r) => r.tasks.matched);
  const field = (k: 'lead' | 'cooperating' | 'deadline' | 'content') => (matched ? sum((r) => r.tasks[k] * r.tasks.matched) / matched : 0);
  const share = (k: keyof DecisionScore) =>
    `${rows.filter((r) => r.shown[k] && r.decision[k]).length}/${rows.filter((r) => r.shown[k]).length}`;
  const f = (x: number) => x.toFixed(2);
  return `${rows.length} docs | gold ${gold} | pred ${pred} | recall ${f(gold ? matched / gold : 1)} | precision ${f(pred ? matched / pred : gold ? 0 : 1)} | lead ${f(field('lead'))} | coop ${f(field('cooperating'))} | deadline ${f(field('deadline'))} | content ${f(field('content'))} | number ${share('number')} | date ${share('date')} | signer ${share('signer')}`;
}

function parsed(text: string, name: string): unknown {
  try {
    return parse(text, { path: `${name}.txt` });
  } catch (error) {
    return { decision: {}, tasks: [], error: (error as Error).message };
  }
}

/** One scored text: the parse of `text` against the gold at `goldPath`. */
type Scoring = typeof scoreHere;

async function scored(
  text: string,
  gold: Gold,
  goldPath: string,
  name: string,
  variant: string,
  out: string,
  shown: DecisionScore,
  scoring: Scoring,
): Promise<Row> {
  const predPath = join(out, `${name}.${variant}.json`);
  writeFileSync(predPath, JSON.stringify(parsed(text, name)));
  const row: Row = {
    name,
    split: gold.split ?? 'dev',
    family: gold.families?.primary ?? '?',
    variant,
    tasks: (await scoring('tasks', predPath, goldPath)) as TaskScore,
    decision: (await scoring('decision', predPath, goldPath)) as DecisionScore,
    shown,
  };
  if (verbose) console.log(`${row.split} ${row.family} ${variant} ${name}: ${JSON.stringify(row.tasks)} ${JSON.stringify(row.decision)}`);
  return row;
}

async function goldScores(
  rewrite: (text: string) => string = (text) => text,
  splits: readonly string[] = ['dev', 'holdout'],
  scoring: Scoring = async (mode, pred, gold) => score(mode, pred, gold),
): Promise<Row[]> {
  const out = mkdtempSync(join(tmpdir(), 'cchc-layouts-'));
  const rows: Row[] = [];
  const all: DecisionScore = { number: true, date: true, signer: true };
  for (const file of readdirSync(goldDir)
    .filter((f) => f.endsWith('.tasks.json') && only.test(f))
    .sort()) {
    const goldPath = join(goldDir, file);
    const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as Gold;
    const name = file.replace('.tasks.json', '');
    if (!splits.includes(gold.split ?? 'dev')) continue;
    if (onlySplit && (gold.split ?? 'dev') !== onlySplit) continue;
    const text = sourceText(gold.source);
    if (text === null) {
      console.log(`${name}: text not found in ${sharedDir} — skipped`);
      continue;
    }
    if (!ocrLanguage) {
      const input = rewrite(stripped ? stripDiacritics(text) : text);
      rows.push(await scored(input, gold, goldPath, name, stripped ? 'stripped' : 'clean', out, all, scoring));
      continue;
    }
    const pages = printWindow(printedLines(text), gold.tasks, ocrPages);
    const printed = pages.map((page) => page.join('\n')).join('\n');
    const cut = goldOnPages(gold, printed);
    const cutPath = join(out, `${name}.gold.json`);
    writeFileSync(cutPath, JSON.stringify(cut.gold));
    rows.push(await scored(printed, gold, cutPath, name, 'printed', out, cut.shown, scoring));
    const ocr = ocrPrint(pages, name, ocrLanguage, ocrDir).join('\n');
    rows.push(await scored(ocr, gold, cutPath, name, 'ocr', out, cut.shown, scoring));
  }
  return rows;
}

const PRINTS_NUMBER = /(?:^|\s)Số\s*:?\s*\d+[\w./-]*[/-]\s*\p{L}/mu;
const PRINTS_DATE = /,\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}/u;
const PRINTS_SIGNER =
  /(?:^|\s)(?:(?:TM|KT|TL|Q)\.\s*)?(?:CHỦ TỊCH|THỦ TƯỚNG|BỘ TRƯỞNG|THỨ TRƯỞNG|GIÁM ĐỐC|CHÁNH ÁN|CỤC TRƯỞNG|TRƯỞNG BAN)(?:\s|$)|\(\s*Đã ký\s*\)/u;

function goldFree(): void {
  const docs = corpusDocuments().filter((d) => isOfficial(d.text));
  let number = 0,
    date = 0,
    signer = 0,
    titled = 0,
    numberAsTitle = 0,
    plans = 0,
    withTasks = 0,
    failed = 0;
  // The issue's header targets count the documents that print the field: a "Số: n/…" in the top,
  // a "<Place>, ngày D tháng M năm YYYY" in the top, a signing role or "(Đã ký)" in the last part.
  const prints = { number: 0, date: 0, signer: 0 },
    found = { number: 0, date: 0, signer: 0 };
  // Per document type: how many yield a task, and how many the parser says are no plan (genre.ts).
  const byType = new Map<string, { docs: number; tasks: number; notPlan: number }>();
  for (const doc of docs) {
    let parsed;
    try {
      parsed = parse(doc.text, { path: 'corpus.txt', restore: 'never' });
    } catch {
      failed++;
      continue;
    }
    const d = parsed.decision;
    const top = doc.text.slice(0, 2500),
      end = doc.text.slice(-3000);
    if (PRINTS_NUMBER.test(top)) {
      prints.number++;
      if (d.number) found.number++;
    }
    if (PRINTS_DATE.test(top)) {
      prints.date++;
      if (d.date) found.date++;
    }
    if (PRINTS_SIGNER.test(end)) {
      prints.signer++;
      if (d.signer) found.signer++;
    }
    if (d.number) number++;
    if (d.date) date++;
    if (d.signer) signer++;
    // The corpus title prints the number for most documents ("141/KH-UBND", "Quyết định 59/QĐ-BTNMT").
    const printed = doc.title.match(/\d[\w.]*\/[\w.\-/Đđ]+/u)?.[0];
    if (printed) {
      titled++;
      if (d.number && d.number.toLowerCase() === printed.toLowerCase()) numberAsTitle++;
    }
    const type = documentType(doc, d.number);
    const counts = byType.get(type) ?? { docs: 0, tasks: 0, notPlan: 0 };
    byType.set(type, counts);
    counts.docs++;
    if (parsed.tasks.length) counts.tasks++;
    if (parsed.diagnostics.some((m) => m.ruleId === 'cchc-segment:not-a-plan')) counts.notPlan++;
    if (isPlanLike(doc)) {
      plans++;
      if (parsed.tasks.length) withTasks++;
    }
  }
  const pct = (n: number, of: number) => `${n}/${of} (${((100 * n) / Math.max(1, of)).toFixed(1)}%)`;
  console.log(`official corpus documents: ${docs.length} (${failed} rejected)`);
  console.log(
    `  number found ${pct(number, docs.length)} | equal to the title's ${pct(numberAsTitle, titled)} | date ${pct(date, docs.length)} | signer ${pct(signer, docs.length)}`,
  );
  console.log(`  plan-like documents yielding a task: ${pct(withTasks, plans)}`);
  const types = [...byType.entries()].sort((a, b) => b[1].docs - a[1].docs);
  console.log(`  yielding a task, by document type: ${types.map(([t, c]) => `${t} ${c.tasks}/${c.docs}`).join(' | ')}`);
  console.log(`  read as no plan (a legal normative text), by type: ${types.map(([t, c]) => `${t} ${c.notPlan}/${c.docs}`).join(' | ')}`);
  console.log(
    `  of those that print it: number ${pct(found.number, prints.number)} | date ${pct(found.date, prints.date)} | signer ${pct(found.signer, prints.signer)}`,
  );
}

function figures(rows: Row[]) {
  const sum = (f: (r: Row) => number) => rows.reduce((s, r) => s + f(r), 0);
  const matched = sum((r) => r.tasks.matched);
  const field = (k: 'lead' | 'deadline') => (matched ? sum((r) => r.tasks[k] * r.tasks.matched) / matched : 0);
  return {
    recall:
      matched /
      Math.max(
        1,
        sum((r) => r.tasks.gold),
      ),
    precision:
      matched /
      Math.max(
        1,
        sum((r) => r.tasks.pred),
      ),
    lead: field('lead'),
    deadline: field('deadline'),
    headers: rows.filter((r) => r.decision.number && r.decision.date && r.decision.signer).length,
  };
}

/** Each kind alone against the dev texts as printed: pooled figures, their change, and the documents that lost tasks. */
async function perturbed(kinds: string[]): Promise<void> {
  const base = await goldScores(undefined, ['dev'], scoreHere);
  const b = figures(base);
  const f = (x: number) => x.toFixed(2);
  const delta = (x: number, y: number) => (Math.abs(x - y) < 0.005 ? '' : ` (${x > y ? '+' : ''}${(x - y).toFixed(2)})`);
  console.log(`dev texts as printed: ${pooled(base)}`);
  console.log(`\nkind | recall | precision | lead | deadline | number, date and signer`);
  console.log(`as printed | ${f(b.recall)} | ${f(b.precision)} | ${f(b.lead)} | ${f(b.deadline)} | ${b.headers}/${base.length}`);
  for (const kind of kinds) {
    const rows = await goldScores(PERTURBATIONS[kind], ['dev'], scoreHere);
    const p = figures(rows);
    const lost = rows
      .map((r, i) => ({ name: r.name, lost: base[i]!.tasks.matched - r.tasks.matched, lead: base[i]!.tasks.lead - r.tasks.lead }))
      .filter((d) => d.lost > 0 || d.lead > 0.05)
      .sort((x, y) => y.lost - x.lost || y.lead - x.lead)
      .map((d) => `${d.name} -${d.lost}${d.lead > 0.05 ? ` lead -${d.lead.toFixed(2)}` : ''}`);
    console.log(
      `${kind} | ${f(p.recall)}${delta(p.recall, b.recall)} | ${f(p.precision)}${delta(p.precision, b.precision)} | ${f(p.lead)}${delta(p.lead, b.lead)} | ${f(p.deadline)}${delta(p.deadline, b.deadline)} | ${p.headers}/${rows.length}` +
        (verbose && lost.length ? `\n    lost: ${lost.join('; ')}` : ''),
    );
  }
}

export async function run(): Promise<void> {
  if (perturb) return perturbed(perturbationKinds(perturb));
  if (stripped) console.log('input: each gold text with its diacritics stripped (../shared/tools/strip.mjs), restore auto');
  if (ocrLanguage)
    console.log(
      `input: ${ocrPages} pages of each gold text (the first, and those where its tasks begin) printed (./print-ocr.ts) and OCR'd with tesseract ${ocrLanguage} (OCR cache ${ocrDir}), restore auto; the gold cut to those pages`,
    );
  const rows = await goldScores();
  for (const variant of [...new Set(rows.map((r) => r.variant))]) {
    const ofVariant = rows.filter((r) => r.variant === variant);
    const label = ofVariant.length === rows.length ? '' : `${variant} `;
    for (const split of ['dev', 'holdout']) {
      const part = ofVariant.filter((r) => r.split === split);
      if (!part.length && onlySplit) continue;
      console.log(`\n${label}${split} (pooled): ${pooled(part)}`);
      for (const family of [...new Set(part.map((r) => r.family))].sort())
        console.log(`  ${family}: ${pooled(part.filter((r) => r.family === family))}`);
    }
    console.log(`\n${label}all (pooled): ${pooled(ofVariant)}\n`);
  }
  if (!process.env.CCHC_LAYOUTS_GOLD_ONLY && !stripped && !ocrLanguage) goldFree();
}
