// Which shared texts print a flat task table (LAYOUTS.md §4) that no gold file holds yet, found by
// the header's words (./bench/task-table-headers.ts); tables of procedures or norms are counted
// apart. The count is of documents, not of tables. Prints ids only; held-out documents are not read.
//   npx tsx scripts/task-table-census.ts
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { corpusDocuments, heldOutGoldIds, sharedDir } from './bench/shared-texts.js';
import { tableHeaders, type TableKind } from './bench/task-table-headers.js';

const tableKinds = (text: string): TableKind[] => tableHeaders(text).map((h) => h.kind);

const goldDir = resolve(import.meta.dirname, '../gold');
const inGold = new Set(
  readdirSync(goldDir)
    .filter((f) => f.endsWith('.tasks.json'))
    .map((f) => (JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as { source: string }).source),
);
const heldOut = heldOutGoldIds();

const texts: Array<{ id: string; text: string }> = [
  ...corpusDocuments(/^tvpl-/u).map((d) => ({ id: `corpus:${d.id}`, text: d.text })),
  ...readdirSync(join(sharedDir, 'plans'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({ id: `plans:${f}`, text: readFileSync(join(sharedDir, 'plans', f), 'utf8') })),
].filter((t) => !heldOut.has(t.id));

const rows = texts
  .map((t) => ({ id: t.id, kinds: tableKinds(t.text) }))
  .filter((r) => r.kinds.length)
  .map((r) => ({ ...r, tasks: r.kinds.includes('task table'), gold: inGold.has(r.id) }));
const count = (f: (r: (typeof rows)[number]) => boolean) => rows.filter(f).length;
console.log(`texts read (held out left aside): ${texts.length}`);
console.log(`with a flat task table: ${count((r) => r.tasks)} (in gold ${count((r) => r.tasks && r.gold)})`);
console.log(`with only procedure or norm tables: ${count((r) => !r.tasks)} (in gold ${count((r) => !r.tasks && r.gold)})`);
for (const r of rows.filter((r) => r.tasks && !r.gold)) console.log(`  task table, no gold: ${r.id}`);
