// OCR'd task tables (issue 16, item 4), through ../shared/tools/score.mjs:
//   - the table-scan simulator's appendices (scripts/simulate-table-scans.ts), dev and test split
//     apart (test: made from the held-out gold, never read while tuning), each OCR'd with tesseract
//     eng (read with restoration, as the pipeline's auto mode does) and vie;
//   - seed 004 against its gold (../shared/gold/004.tasks.json); seed 000 has no gold to hand:
//     its rows per appendix and fields filled are printed, to compare before and after.
// Pooled figures: row recall and precision, lead, deadline, content (similarity ≥ 0.9), and
// the table reader that read each appendix.
// `npm run bench ocr-tables` — CCHC_SIM_DIR (default /work/data-ocrtables), CCHC_OCR_TABLES_VERBOSE=1
// prints every appendix, CCHC_OCR_TABLES_SPLIT=dev scores only that split. Other draws of the
// simulator (CCHC_SIM_DRAWS, default every `<CCHC_SIM_DIR>-s<N>` folder) are scored on their dev split
// too, printed apart under their folder's name: layouts drawn apart from the ones tuned on.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parse } from '../../src/pipeline.js';
import { pooledTaskLine, type TaskScore } from './score-here.js';
import { sharedDir } from './shared-texts.js';
import { SIM_DIR, otherDraws, simulatedPrints, simulatedSplitDir } from './simulated-tables.js';

const scorer = join(sharedDir, 'tools/score.mjs');
const verbose = Boolean(process.env.CCHC_OCR_TABLES_VERBOSE);
const onlySplit = process.env.CCHC_OCR_TABLES_SPLIT;

function score(pred: string, gold: string): TaskScore {
  const run = spawnSync(process.execPath, [scorer, 'tasks', pred, gold], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`score.mjs tasks failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as TaskScore;
}

function pooled(scores: TaskScore[]): string {
  const sum = (f: (s: TaskScore) => number) => scores.reduce((a, s) => a + f(s), 0);
  const gold = sum((s) => s.gold);
  // Fields over all gold rows (a missed row counts as wrong), beside the scorer's per matched row.
  const ofGold = (k: 'lead' | 'deadline' | 'content') => (gold ? sum((s) => s[k] * s.matched) / gold : 0).toFixed(2);
  return `${pooledTaskLine(scores, 'appendices')} || of all gold rows: lead ${ofGold('lead')} deadline ${ofGold('deadline')} content ${ofGold('content')}`;
}

/**
 * `root`: the simulator's folder; a draw other than $CCHC_SIM_DIR's (otherDraws) is scored on its dev
 * split only and printed under its folder's name.
 */
function simulated(out: string, root = SIM_DIR): void {
  const draw = root === SIM_DIR ? '' : `${basename(root)} `;
  for (const split of draw ? ['dev'] : ['dev', 'test']) {
    if (onlySplit && onlySplit !== split) continue;
    if (!simulatedSplitDir(split, root)) {
      console.log(`${draw}${split}: no simulated tables in ${join(root, split)} (npx tsx scripts/simulate-table-scans.ts) — skipped`);
      continue;
    }
    for (const lang of ['eng', 'vie'] as const) {
      const scores: TaskScore[] = [];
      const readers = new Map<string, number>();
      for (const { name, file, textPath, goldPath } of simulatedPrints(split, [lang], root)) {
        const doc = parse(readFileSync(textPath), { path: file });
        const used = [...new Set(doc.tasks.map((t) => t.reader))];
        for (const r of used) readers.set(r, (readers.get(r) ?? 0) + 1);
        const predPath = join(out, `${draw.trim() || 'sim'}-${split}-${lang}-${name}.json`);
        writeFileSync(predPath, JSON.stringify(doc));
        const s = score(predPath, goldPath);
        scores.push(s);
        if (verbose) console.log(`  ${draw}${split} ${lang} ${name} [${used.join(',')}]: ${JSON.stringify(s)}`);
      }
      if (scores.length)
        console.log(`${draw}${split} ${lang}: ${pooled(scores)} | readers ${[...readers].map(([r, n]) => `${r} ${n}`).join(', ')}`);
    }
  }
}

function seeds(out: string): void {
  const seedDir = join(sharedDir, 'seeds');
  if (!existsSync(seedDir)) return console.log(`seeds: ${seedDir} not found — skipped`);
  const seed = (n: string) =>
    join(
      seedDir,
      readdirSync(seedDir).find((f) => f.startsWith(`${n}_`))!,
    );
  const gold004 = join(sharedDir, 'gold/004.tasks.json');
  const doc004 = parse(readFileSync(seed('004')), { path: seed('004') });
  writeFileSync(join(out, 'seed-004.json'), JSON.stringify(doc004));
  if (existsSync(gold004)) console.log(`seed 004: ${pooled([score(join(out, 'seed-004.json'), gold004)])}`);
  const doc000 = parse(readFileSync(seed('000')), { path: seed('000') });
  const filled = (k: 'lead' | 'deadline' | 'products') => doc000.tasks.filter((t) => (Array.isArray(t[k]) ? t[k].length : t[k])).length;
  const flagged = doc000.diagnostics.filter((d) => d.ruleId.includes('ocr-')).length;
  const counts = new Map<string, number>();
  for (const t of doc000.tasks) counts.set(t.appendix, (counts.get(t.appendix) ?? 0) + 1);
  const perAppendix = [...counts].map(([label, n]) => `${label}:${n}`).join(' ');
  console.log(
    `seed 000 (no gold): rows ${doc000.tasks.length} (${perAppendix}) | lead filled ${filled('lead')} | deadline ${filled('deadline')} | products ${filled('products')} | ocr diagnostics ${flagged}`,
  );
}

export async function run(): Promise<void> {
  const out = mkdtempSync(join(tmpdir(), 'cchc-ocr-tables-'));
  simulated(out);
  for (const root of otherDraws()) simulated(out, root);
  seeds(out);
}
