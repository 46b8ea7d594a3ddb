// Column roles of task tables the readers were not tuned on (issue 16 item 4, issue 15): each dev
// plan with a flat task table (LAYOUTS.md §4; ./task-table-headers.ts finds its header) keeps its
// text up to that table (the body says whether a table is the plan's), and its gold rows are printed after it again the ways real plans print
// task tables (./task-table-variants.ts): the columns in another order, headed in other words or
// over two rows, with a notes or funding column, one column for every agency; the rows under other
// group rows, numbered on across groups, a number spanning two rows, an elision line, products in
// the task text, agencies as "- " items or joined otherwise (LAYOUTS.md §4 "Variants seen", §10);
// one cell a line, wrapped as the web exports wrap, wrapped at the columns' widths as a PDF's text
// is, as a Markdown pipe table and as a Word file. Scored with ../shared/tools/score.mjs per layout
// and print: task recall and precision, lead and cooperating (set F1 over matched tasks), deadline. Held-out plans are never read. The texts are clean: restoration, which
// changes nothing on them, is not run (it would double the bench's time).
// `npm run bench table-roles` — CCHC_TABLE_ROLES_LAYOUTS=<name>[,…] and CCHC_TABLE_ROLES_PRINTS=<print>[,…]
// choose a part, CCHC_TABLE_ROLES_VERBOSE=1 prints each plan's line, CCHC_TABLE_ROLES_DUMP=<folder> keeps the rewritten texts.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { convert } from '../../src/convert.js';
import { parse } from '../../src/pipeline.js';
import { scoreHere, type TaskScore } from './score-here.js';
import { sourceText } from './shared-texts.js';
import { tableHeaders } from './task-table-headers.js';
import { LAYOUTS, PRINTS, rewritePlan, type GoldTask, type Print } from './task-table-variants.js';

const goldDir = resolve(import.meta.dirname, '../../gold');
const verbose = Boolean(process.env.CCHC_TABLE_ROLES_VERBOSE);
// CCHC_TABLE_ROLES_DUMP=<folder>: each rewritten text is written there too (outside the repo).
const dump = process.env.CCHC_TABLE_ROLES_DUMP;
const chosen = (setting: string | undefined, all: string[]) => (setting ? setting.split(',').map((s) => s.trim()) : all);

interface Plan {
  name: string;
  before: string;
  tasks: GoldTask[];
}

/** The dev plans with a flat task table: their text before its header, and their gold rows. */
function plans(): Plan[] {
  const out: Plan[] = [];
  for (const file of readdirSync(goldDir)
    .filter((f) => f.endsWith('.tasks.json'))
    .sort()) {
    const gold = JSON.parse(readFileSync(join(goldDir, file), 'utf8')) as { source: string; split?: string; tasks: GoldTask[] };
    if (gold.split === 'holdout') continue;
    const text = sourceText(gold.source);
    if (text === null) continue;
    const header = tableHeaders(text).find((h) => h.kind === 'task table');
    if (!header) continue;
    out.push({ name: file.replace('.tasks.json', ''), before: text.split('\n').slice(0, header.line).join('\n'), tasks: gold.tasks });
  }
  return out;
}

async function scorePlan(plan: Plan, layout: string, print: Print, work: string): Promise<TaskScore> {
  const { input, path, expected } = rewritePlan(plan.before, plan.tasks, LAYOUTS[layout]!, print);
  let predicted: unknown;
  try {
    predicted = typeof input === 'string' ? parse(input, { path, restore: 'never' }) : await convert(input, { path, restore: 'never' });
  } catch (error) {
    predicted = { tasks: [], error: (error as Error).message };
  }
  const label = `${plan.name}.${layout}.${print}`;
  if (typeof input === 'string' && dump) writeFileSync(join(dump, `${label}.txt`), input);
  const predPath = join(work, `${label}.pred.json`),
    goldPath = join(work, `${label}.gold.json`);
  writeFileSync(predPath, JSON.stringify(predicted));
  writeFileSync(goldPath, JSON.stringify({ tasks: expected }));
  const s = (await scoreHere('tasks', predPath, goldPath)) as TaskScore;
  if (verbose) console.log(`  ${label}: ${s.matched}/${s.gold} pred ${s.pred} lead ${s.lead} coop ${s.cooperating} deadline ${s.deadline}`);
  return s;
}

export async function run(): Promise<void> {
  // CCHC_TABLE_ROLES_PLANS=<regexp>: only the plans whose names match.
  const all = plans().filter((p) => new RegExp(process.env.CCHC_TABLE_ROLES_PLANS ?? '', 'u').test(p.name));
  const work = mkdtempSync(join(tmpdir(), 'cchc-table-roles-'));
  const layouts = chosen(process.env.CCHC_TABLE_ROLES_LAYOUTS, Object.keys(LAYOUTS));
  const prints = chosen(process.env.CCHC_TABLE_ROLES_PRINTS, PRINTS) as Print[];
  console.log(`dev plans with a flat task table: ${all.length} (${all.reduce((n, p) => n + p.tasks.length, 0)} gold rows)`);
  console.log(`\nlayout | print | recall | precision | lead | cooperating | deadline`);
  const f = (x: number) => x.toFixed(2);
  const totals = new Map<Print, { n: number; lead: number; cooperating: number }>();
  for (const layout of layouts) {
    for (const print of prints) {
      const scores: TaskScore[] = [];
      for (const plan of all) scores.push(await scorePlan(plan, layout, print, work));
      const sum = (g: (s: TaskScore) => number) => scores.reduce((n, s) => n + g(s), 0);
      const matched = sum((s) => s.matched);
      const field = (k: 'lead' | 'cooperating' | 'deadline') => (matched ? sum((s) => s[k] * s.matched) / matched : 0);
      console.log(
        `${layout} | ${print} | ${f(
          matched /
            Math.max(
              1,
              sum((s) => s.gold),
            ),
        )} | ${f(
          matched /
            Math.max(
              1,
              sum((s) => s.pred),
            ),
        )} | ${f(field('lead'))} | ${f(field('cooperating'))} | ${f(field('deadline'))}`,
      );
      const t = totals.get(print) ?? { n: 0, lead: 0, cooperating: 0 };
      totals.set(print, { n: t.n + 1, lead: t.lead + field('lead'), cooperating: t.cooperating + field('cooperating') });
    }
  }
  console.log(`\nmean over layouts | print | lead | cooperating`);
  for (const [print, t] of totals) console.log(`${t.n} layouts | ${print} | ${f(t.lead / t.n)} | ${f(t.cooperating / t.n)}`);
}
