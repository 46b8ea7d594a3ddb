// Lead right per print of the table-scan simulator, with the header's column order: where the
// lead figure of `npm run bench ocr-tables` is lost, layout by layout (scorer's own test).
// `npx tsx scripts/bench/ocr-lead-by-print.ts [split]` (default dev). Reads CCHC_SIM_DIR.
// Never run on `test` while tuning.
import { readFileSync } from 'node:fs';
import { parse } from '../../src/pipeline.js';
import { findHeader } from '../../src/segment/ocr/ruled-header.js';
import { judge } from './score-matching.js';
import { simulatedPrints } from './simulated-tables.js';

const split = process.argv[2] ?? 'dev';

async function main(): Promise<void> {
  let right = 0,
    matched = 0;
  for (const { name, lang, file, textPath, goldPath } of simulatedPrints(split)) {
    const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as { tasks: Array<Record<string, unknown>> };
    const text = readFileSync(textPath);
    const doc = parse(text, { path: file });
    const judged = await judge(doc as unknown as Record<string, unknown>, gold);
    const ok = judged.tasks.filter((t) => t.goldIndex !== null && t.right.lead).length;
    right += ok;
    matched += judged.matched;
    const header = findHeader(text.toString('utf8').split('\n'));
    const readers = [...new Set(doc.tasks.map((t) => t.reader))].join(',');
    console.log(
      `${lang} ${name}: lead ${ok}/${judged.matched} (gold ${gold.tasks.length}) [${header?.columns.join(' ') ?? 'no header'}${header?.cellByCell ? ' cell-by-cell' : ''}] ${readers}`,
    );
  }
  console.log(`${split}: lead ${right}/${matched} = ${(right / matched).toFixed(3)}`);
}

void main();
