// Every dev gold task whose deadline the parse gets wrong, beside what it read, with a rough cause
// (below); the count per cause goes to stderr. Dev split only (held-out gold is never looked at).
//   npx tsx scripts/deadline-misses.ts [regexp-on-gold-name] > misses.jsonl
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from '../src/pipeline.js';
import { judge, scorerFunctions } from './bench/score-matching.js';
import { sourceText } from './bench/shared-texts.js';

const goldDir = resolve(import.meta.dirname, '../gold');
const only = new RegExp(process.argv[2] ?? '', 'u');

type Any = Record<string, unknown>;

const TABLES = new Set(['T1', 'T1m']);
const squash = (text: string | null) =>
  (text ?? '')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .replace(/^[\s.;,]+|[\s.;,]+$/gu, '');

/** A rough cause of a wrong deadline, from the gold's and the parse's texts and the layout family. */
function causeOf(family: string, gold: string | null, pred: string | null): string {
  const g = squash(gold),
    p = squash(pred);
  const table = TABLES.has(family);
  if (!g) return 'a deadline read where the gold has none';
  if (!p) {
    if (table) return 'table: the deadline cell not read';
    if (/thường xuyên|định kỳ/u.test(g)) return 'body: an ongoing or periodic word not read';
    if (/trong năm|trong tháng|vào ngày|chậm nhất|trước ngày/u.test(g)) return 'body: a bound date phrase not read';
    return 'body: another phrase not read (a time of day, a span after an event)';
  }
  if (p.includes(g)) {
    if (p.startsWith(`hoàn thành ${g}`)) return 'body: "hoàn thành" kept before the date';
    return table || family === 'B1' ? 'table: the cell runs on into other cells or rows' : 'body: the phrase runs on';
  }
  if (g.startsWith(p)) return table ? 'table: the cell cut short' : 'body: what follows the date cut off (a recurrence, a parenthesis)';
  if (g.split(';')[0]!.trim() === p) return 'a second deadline dropped';
  return 'another cell or phrase taken';
}

const causes = new Map<string, number>();
const s = await scorerFunctions();
for (const file of readdirSync(goldDir)
  .filter((f) => f.endsWith('.tasks.json') && only.test(f))
  .sort()) {
  const gold = JSON.parse(readFileSync(join(goldDir, file), 'utf8')) as {
    source: string;
    split?: string;
    families?: { primary?: string };
    tasks: Any[];
  };
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
    const family = gold.families?.primary ?? '?';
    const golden = (g.deadline as string | null | undefined) ?? null;
    const read = s.textOf(p.deadline) || null;
    const cause = causeOf(family, golden, read);
    causes.set(cause, (causes.get(cause) ?? 0) + 1);
    console.log(
      JSON.stringify({
        doc: file.replace('.tasks.json', ''),
        family,
        ordinal: g.ordinal,
        gold: golden,
        pred: read,
        cause,
        content: String(p.content ?? '').slice(0, 400),
      }),
    );
  }
}
const total = [...causes.values()].reduce((a, b) => a + b, 0);
for (const [cause, count] of [...causes].sort((a, b) => b[1] - a[1])) console.error(`${String(count).padStart(4)}  ${cause}`);
console.error(`${String(total).padStart(4)}  wrong deadlines of matched dev tasks`);
