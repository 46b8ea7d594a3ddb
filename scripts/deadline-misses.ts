// Every dev gold task whose deadline the parse gets wrong, beside what it read: the material for
// sorting the deadline misses by cause. Dev split only (held-out gold is never looked at).
//   npx tsx scripts/deadline-misses.ts [regexp-on-gold-name] > misses.jsonl
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from '../src/pipeline.js';
import { judge, scorerFunctions } from './bench/score-matching.js';
import { sourceText } from './bench/shared-texts.js';

const goldDir = resolve(import.meta.dirname, '../gold');
const only = new RegExp(process.argv[2] ?? '', 'u');

type Any = Record<string, unknown>;
const s = await scorerFunctions();
for (const file of readdirSync(goldDir).filter((f) => f.endsWith('.tasks.json') && only.test(f)).sort()) {
  const gold = JSON.parse(readFileSync(join(goldDir, file), 'utf8')) as { source: string; split?: string; families?: { primary?: string }; tasks: Any[] };
  if ((gold.split ?? 'dev') !== 'dev') continue;
  const text = sourceText(gold.source);
  if (text === null) continue;
  const doc = parse(text, { path: `${file}.txt` }) as unknown as Any;
  const pred = s.collectTasks(doc);
  const judged = await judge(doc, gold as { tasks: Any[] });
  for (const t of judged.tasks) {
    if (t.goldIndex === null || t.right.deadline) continue;
    const g = gold.tasks[t.goldIndex]!;
    const p = pred[t.predIndex]!;
    console.log(JSON.stringify({
      doc: file.replace('.tasks.json', ''),
      family: gold.families?.primary ?? '?',
      ordinal: g.ordinal,
      gold: g.deadline ?? null,
      pred: s.textOf(p.deadline) || null,
      content: String(p.content ?? '').slice(0, 400),
    }));
  }
}
