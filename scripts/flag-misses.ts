// The wrong fields the field-confidence model leaves unflagged out of fold, beside what was read and what
// the gold holds, and the signs that fired on them; counts by field, by document and by sign go to stderr.
// Reads the out-of-fold ratings and the documents as read that scripts/build-field-confidence.ts wrote:
//   CCHC_CONFIDENCE_CACHE=/tmp/fc.json CCHC_CONFIDENCE_OOF=/tmp/oof.jsonl npx tsx scripts/build-field-confidence.ts
//   CCHC_CONFIDENCE_CACHE=/tmp/fc.json npx tsx scripts/flag-misses.ts /tmp/oof.jsonl [field] > misses.jsonl
// (with CCHC_CONFIDENCE_FOR=ocr on both for the simulator's OCR'd tables). Dev only: the fit never reads held-out gold.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { SIM_DIR } from './bench/simulated-tables.js';

type Any = Record<string, unknown>;
interface Rating {
  field: string;
  document: string;
  predIndex: number;
  goldIndex: number | null;
  right: boolean;
  confidence: number;
  threshold: number;
  features: Record<string, number>;
}

const [oofPath, onlyField] = process.argv.slice(2);
const cachePath = process.env.CCHC_CONFIDENCE_CACHE;
if (!oofPath || !cachePath) throw new Error('usage: CCHC_CONFIDENCE_CACHE=… npx tsx scripts/flag-misses.ts oof.jsonl [field]');
const ratings = readFileSync(oofPath, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as Rating);
const read = JSON.parse(readFileSync(cachePath, 'utf8')) as Array<{ source: string; doc: { tasks: Any[] } }>;
const docs = new Map(read.map((r) => [r.source, r.doc]));

// The gold of each document: the repository's dev gold by its source, or the simulator's appendix.
const goldDir = resolve(import.meta.dirname, '../gold');
const golds = new Map<string, { tasks: Any[] }>();
for (const file of readdirSync(goldDir).filter((f) => f.endsWith('.tasks.json'))) {
  const gold = JSON.parse(readFileSync(join(goldDir, file), 'utf8')) as { source: string; split?: string; tasks: Any[] };
  if ((gold.split ?? 'dev') === 'dev') golds.set(gold.source, gold);
}
// An appendix of another simulator draw (CCHC_CONFIDENCE_SIM_MORE) is named by its folder beside $CCHC_SIM_DIR: "sim:data-ocrtables-s3/dev-00.eng".
const goldOf = (source: string) => {
  const sim = /^sim:(?:(?<draw>[^/]+)\/)?(?<name>[^/]+)\.(?:eng|vie)$/u.exec(source);
  if (!sim) return golds.get(source);
  const root = sim.groups!.draw ? join(dirname(SIM_DIR), sim.groups!.draw) : SIM_DIR;
  return JSON.parse(readFileSync(join(root, 'dev', `${sim.groups!.name}.tasks.json`), 'utf8')) as { tasks: Any[] };
};

const valueOf = (task: Any | undefined, field: string): unknown => {
  if (!task) return null;
  const v = task[field];
  if (Array.isArray(v)) return v.map((x) => (typeof x === 'object' && x && 'name' in x ? (x as { name: string }).name : x));
  if (v && typeof v === 'object' && 'text' in v) return (v as { text: string }).text;
  return v ?? null;
};

const count = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
const byField = new Map<string, number>(),
  byDocument = new Map<string, number>(),
  bySign = new Map<string, number>(),
  signOnRight = new Map<string, number>();
for (const r of ratings) {
  if (onlyField && r.field !== onlyField) continue;
  const flagged = r.confidence < r.threshold;
  if (r.right) {
    for (const name of Object.keys(r.features)) count(signOnRight, name);
    continue;
  }
  if (flagged) continue;
  count(byField, r.field);
  count(byDocument, `${r.document} ${r.field}`);
  for (const name of Object.keys(r.features)) count(bySign, name);
  const pred = docs.get(r.document)?.tasks[r.predIndex];
  const gold = r.goldIndex === null ? undefined : goldOf(r.document)?.tasks[r.goldIndex];
  console.log(
    JSON.stringify({
      document: r.document,
      field: r.field,
      reader: pred?.reader,
      ordinal: pred?.ordinal,
      confidence: r.confidence,
      threshold: r.threshold,
      read: valueOf(pred, r.field),
      gold: r.goldIndex === null ? '(no gold task)' : valueOf(gold, r.field),
      content: String(pred?.content ?? '').slice(0, 160),
      signs: Object.keys(r.features).filter((n) => !n.startsWith('reader:')),
    }),
  );
}
const sorted = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1]);
console.error('unflagged wrong by field:', Object.fromEntries(sorted(byField)));
console.error('by document and field:', Object.fromEntries(sorted(byDocument).slice(0, 40)));
console.error(
  'signs on unflagged wrong (count; count on right values):',
  sorted(bySign)
    .slice(0, 40)
    .map(([n, c]) => `${n} ${c}; ${signOnRight.get(n) ?? 0}`)
    .join(' | '),
);
