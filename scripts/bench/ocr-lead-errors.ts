// Every wrong lead of the table-scan simulator's appendices, side by side with its gold and the
// source lines of the row: what `npm run bench ocr-tables` counts as lead < 1, to classify by cause.
// `npx tsx scripts/bench/ocr-lead-errors.ts [split] [field]` (split: dev, default; field: lead or
// cooperating). Reads CCHC_SIM_DIR (default /work/data-ocrtables). Never run on `test` while tuning.
import { readFileSync } from 'node:fs';
import { parse } from '../../src/pipeline.js';
import { judge, scorerFunctions } from './score-matching.js';
import { simulatedPrints } from './simulated-tables.js';

const split = process.argv[2] ?? 'dev';
const field = (process.argv[3] ?? 'lead') as 'lead' | 'cooperating';

async function main(): Promise<void> {
  const s = await scorerFunctions();
  let wrong = 0,
    matched = 0;
  for (const lang of ['eng', 'vie'] as const) {
    for (const { name, file, textPath, goldPath } of simulatedPrints(split, [lang])) {
      const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as { tasks: Array<Record<string, unknown>> };
      const text = readFileSync(textPath);
      const lines = text.toString('utf8').split('\n');
      const doc = parse(text, { path: file });
      const judged = await judge(doc as unknown as Record<string, unknown>, gold);
      for (const t of judged.tasks) {
        if (t.goldIndex === null) continue;
        matched++;
        if (t.right[field]) continue;
        wrong++;
        const p = doc.tasks[t.predIndex]!;
        const g = gold.tasks[t.goldIndex]!;
        const f1 = s.setF1(s.names(p[field]), s.names(g[field]));
        console.log(
          `\n### ${lang} ${name} ${p.ordinal} f1=${f1.toFixed(2)} conf=${p.fields?.[field].confidence.toFixed(2)} reader=${p.reader}`,
        );
        console.log(`  gold: ${JSON.stringify(g[field])}`);
        console.log(`  pred: ${JSON.stringify(p[field].map((a) => a.name))}`);
        console.log(`  lines ${p.source.startLine}-${p.source.endLine}:`);
        for (const d of doc.diagnostics)
          if (d.line !== null && d.line >= p.source.startLine && d.line <= p.source.endLine && /lead|agency|ocr-/u.test(d.ruleId))
            console.log(`  diag ${d.ruleId}: ${d.message}`);
        for (let i = p.source.startLine - 1; i < Math.min(p.source.endLine, p.source.startLine + 14); i++) console.log(`   | ${lines[i]}`);
      }
    }
  }
  console.log(`\n${split} ${field}: ${wrong} wrong of ${matched} matched rows`);
}

void main();
