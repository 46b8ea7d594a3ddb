// The wrong leads of the table-scan simulator's appendices counted by cause, over every draw
// (CCHC_SIM_DIR and the draws beside it, as `npm run bench ocr-tables` scores them): the column
// order the ruled reader used against the one the simulator printed (the gold's layout), and how
// the lead read differs from the gold's (empty, cut short, run long, another name, misspelt).
// `npx tsx scripts/bench/ocr-lead-causes.ts [split] [-v]` (split: dev, default; -v lists each).
// Never run on `test` while tuning.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parse, readDocument } from '../../src/pipeline.js';
import { findHeader, type Column } from '../../src/segment/ocr/ruled-header.js';
import { leadFirstByBody } from '../../src/segment/ocr/lead-first.js';
import { deadlinePlacedByBody } from '../../src/segment/ocr/deadline-column.js';
import { orderedByBody } from '../../src/segment/ocr/column-order.js';
import { fold } from '../../src/vietnamese/fold.js';
import { judge, scorerFunctions } from './score-matching.js';
import { SIM_DIR, otherDraws, simulatedPrints } from './simulated-tables.js';

const split = process.argv[2] && !process.argv[2].startsWith('-') ? process.argv[2] : 'dev';
const verbose = process.argv.includes('-v');

interface GoldDoc {
  from?: string;
  layout?: { order: Column[] };
  tasks: Array<Record<string, unknown>>;
}

const words = (s: string) =>
  fold(s)
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** The columns the ruled reader reads the table in (readRuledTable's), stt aside. */
function readerColumns(lines: string[]): Column[] | null {
  const header = findHeader(lines);
  if (!header) return null;
  const body = lines.slice(header.end);
  const read = (header.cellByCell ? header.columns : deadlinePlacedByBody(leadFirstByBody(header.columns, body), body)).filter(
    (c) => c !== 'stt',
  );
  return header.cellByCell ? read : orderedByBody(read, body);
}

/** Same order for the columns the table prints (a column the reader adds that the table lacks aside). */
function sameOrder(read: Column[], printed: Column[]): boolean {
  const p: Column[] = printed.filter((c) => c !== 'stt');
  return read.filter((c) => p.includes(c)).join(' ') === p.join(' ');
}

function cause(pred: string[], gold: string[], goldCoop: string[]): string {
  if (!pred.length) return 'empty';
  if (pred.length > 1 || gold.length > 1) return pred.length === gold.length ? 'list-other' : 'list-count';
  const p = words(pred[0]!),
    g = words(gold[0]!);
  if (p.join(' ') === g.join(' ')) return 'marks';
  const coop = new Set(goldCoop.flatMap(words));
  if (p.length > g.length && g.every((w, k) => p[k] === w)) {
    const extra = p.slice(g.length);
    return extra.every((w) => coop.has(w)) ? 'long+coop' : 'long+other';
  }
  if (p.length < g.length && p.every((w, k) => g[k] === w)) return 'short';
  if (g.every((w) => p.includes(w))) return 'holds+extra';
  const shared = p.filter((w) => g.includes(w)).length;
  if (shared / Math.max(p.length, g.length) >= 0.6) return 'near';
  if (p.every((w) => coop.has(w))) return 'coop-name';
  return 'other';
}

async function main(): Promise<void> {
  const s = await scorerFunctions();
  for (const root of [SIM_DIR, ...otherDraws()]) {
    const counts = new Map<string, number>();
    const docs = new Map<string, number>();
    let matched = 0,
      wrong = 0;
    for (const { name, lang, file, textPath, goldPath } of simulatedPrints(split, ['eng', 'vie'], root)) {
      const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as GoldDoc;
      const text = readFileSync(textPath);
      // The text as the reader sees it: restored where the OCR lost the marks.
      const lines = readDocument(text, { path: file }).text.split('\n');
      const doc = parse(text, { path: file });
      const judged = await judge(doc as unknown as Record<string, unknown>, gold);
      const read = readerColumns(lines);
      const printed = gold.layout?.order ?? [];
      for (const t of judged.tasks) {
        if (t.goldIndex === null) continue;
        matched++;
        if (t.right.lead) continue;
        wrong++;
        const p = doc.tasks[t.predIndex]!;
        const g = gold.tasks[t.goldIndex]!;
        const reader = p.reader === 'ocr-ruled-table' ? (read && !sameOrder(read, printed) ? 'ruled/order-wrong' : 'ruled') : p.reader;
        const why = `${reader} ${cause(
          p.lead.map((a) => a.name),
          s.names(g.lead),
          s.names(g.cooperating),
        )}`;
        counts.set(why, (counts.get(why) ?? 0) + 1);
        docs.set(`${why} :: ${gold.from ?? '?'}`, (docs.get(`${why} :: ${gold.from ?? '?'}`) ?? 0) + 1);
        if (verbose)
          console.log(
            `${basename(root)} ${lang} ${name} ${p.ordinal} [${why}] gold ${JSON.stringify(g.lead)} pred ${JSON.stringify(p.lead.map((a) => a.name))}${
              reader.endsWith('order-wrong') ? ` read ${read!.join(' ')} printed ${printed.join(' ')}` : ''
            }`,
          );
      }
    }
    console.log(`\n== ${basename(root)} ${split}: ${wrong} wrong leads of ${matched} matched rows`);
    for (const [why, n] of [...counts].sort((a, b) => b[1] - a[1])) {
      const from = [...docs].filter(([k]) => k.startsWith(`${why} ::`)).map(([k, m]) => `${k.split(' :: ')[1]} ${m}`);
      console.log(`${String(n).padStart(4)}  ${why}  (${from.join(', ')})`);
    }
  }
}

void main();
