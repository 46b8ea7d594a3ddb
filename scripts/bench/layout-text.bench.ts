// Task tables in text laid out at character columns (`pdftotext -layout`), through
// ../shared/tools/score.mjs:
//   - the table-scan simulator's appendices kept as layout text (SIM_LAYOUT_TEXT=1
//     scripts/simulate-table-scans.ts: dev gold only, cells at the top or in the middle of their
//     rows), one folder a seed, each scored apart (tune on one, report the other);
//   - the plans of the development set that are such text, against their gold.
// Pooled figures: row recall and precision, lead, deadline, content, and the readers used.
// `npm run bench layout-text` — CCHC_LAYOUT_TEXT_DIRS (comma-separated, default
// /work/data-layouttext,/work/data-layouttext-s3), CCHC_LAYOUT_TEXT_VERBOSE=1 prints every appendix.
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parse } from '../../src/pipeline.js';
import { pooledTaskLine, scoreHere, type TaskScore } from './score-here.js';
import { sharedDir } from './shared-texts.js';

const verbose = Boolean(process.env.CCHC_LAYOUT_TEXT_VERBOSE);
const dirs = (process.env.CCHC_LAYOUT_TEXT_DIRS ?? '/work/data-layouttext,/work/data-layouttext-s3').split(',').filter(Boolean);
/** Development plans that are `pdftotext -layout` text, with their gold (gold/<name>.tasks.json). */
const PLANS = ['e2m-Public_341-KH-STTTT-DakNong.txt'];

const pooled = (scores: TaskScore[]) => pooledTaskLine(scores, 'docs');

async function scored(out: string, name: string, textPath: string, goldPath: string, readers: Map<string, number>): Promise<TaskScore> {
  let doc;
  try {
    doc = parse(readFileSync(textPath), { path: textPath });
  } catch {
    // No decision structure found: nothing read, every gold row missed.
    doc = { tasks: [] as { reader: string }[] };
  }
  const used = [...new Set(doc.tasks.map((t) => t.reader))];
  for (const r of used) readers.set(r, (readers.get(r) ?? 0) + 1);
  const predPath = join(out, `${name}.json`);
  writeFileSync(predPath, JSON.stringify(doc));
  const s = (await scoreHere('tasks', predPath, goldPath)) as TaskScore;
  if (verbose) console.log(`  ${name} [${used.join(',')}]: ${JSON.stringify({ ...s, missed: s.missed?.length })}`);
  return s;
}

export async function run(): Promise<void> {
  const out = mkdtempSync(join(tmpdir(), 'cchc-layout-text-'));
  for (const root of dirs) {
    const dir = join(root, 'dev');
    if (!existsSync(dir)) {
      console.log(`${root}: no layout text (SIM_LAYOUT_TEXT=1 npx tsx scripts/simulate-table-scans.ts ${root} 18 0) — skipped`);
      continue;
    }
    const readers = new Map<string, number>();
    const scores: TaskScore[] = [];
    for (const f of readdirSync(dir)
      .filter((f) => f.endsWith('.layout.txt'))
      .sort()) {
      const name = f.slice(0, -'.layout.txt'.length);
      scores.push(await scored(out, `${basename(root)}-${name}`, join(dir, f), join(dir, `${name}.tasks.json`), readers));
    }
    console.log(`${basename(root)} dev: ${pooled(scores)} | readers ${[...readers].map(([r, n]) => `${r} ${n}`).join(', ')}`);
  }
  const readers = new Map<string, number>();
  const plans = PLANS.filter((p) => existsSync(join(sharedDir, 'plans', p)));
  if (!plans.length) return console.log(`plans: ${join(sharedDir, 'plans')} has none of ${PLANS.join(', ')} — skipped`);
  const gold = (p: string) => join(import.meta.dirname, '../../gold', `plans-${p.replace(/\.txt$/u, '')}.tasks.json`);
  const scores: TaskScore[] = [];
  for (const p of plans) scores.push(await scored(out, p, join(sharedDir, 'plans', p), gold(p), readers));
  console.log(`plans: ${pooled(scores)} | readers ${[...readers].map(([r, n]) => `${r} ${n}`).join(', ')}`);
}
