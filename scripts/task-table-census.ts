// Which shared texts print a flat task table (LAYOUTS.md §4) that no gold file holds yet: a header
// opened by "STT"/"TT" alone on its line whose next lines name a task column and an agency column
// ("Nội dung" … "Cơ quan chủ trì"), found by the header's words, not by the reader (so a table the
// reader misses is counted too). Tables of administrative procedures (TTHC lists, the steps of an
// internal procedure: "Bước 1" rows, "Đơn vị/người thực hiện"), of spending norms and of a research
// task's forms (people, pay, sites) are counted apart: they assign no tasks. The count is of
// documents, not of tables. Prints ids only; held-out documents are not read.
//   npx tsx scripts/task-table-census.ts
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { corpusDocuments, heldOutGoldIds, sharedDir } from './bench/shared-texts.js';

const ORDINAL_HEADER = /^(?:STT|TT|Số TT|Số thứ tự)$/iu;
const TASK_COLUMN = /nội dung|nhiệm vụ|công việc|hoạt động|giải pháp/iu;
const AGENCY_COLUMN = /chủ trì|phối hợp|thực hiện|trách nhiệm|phụ trách/iu;
const NOT_TASKS = /thủ tục|TTHC|^Mã\b|^Bước\b|người thực hiện|địa điểm|định mức|mức chi|thù lao|đơn vị tính/iu;
const HEADER_LINES = 8;

type Kind = 'task table' | 'procedures or norms';

function tableKinds(text: string): Kind[] {
  const lines = text.split('\n').map((l) => l.trim());
  const kinds: Kind[] = [];
  lines.forEach((line, i) => {
    if (!ORDINAL_HEADER.test(line)) return;
    const header = lines.slice(i + 1, i + 1 + HEADER_LINES);
    const joined = header.join(' ');
    if (!TASK_COLUMN.test(joined) || !AGENCY_COLUMN.test(joined)) return;
    const below = lines.slice(i + 1, i + 1 + 2 * HEADER_LINES);
    kinds.push(below.some((l) => NOT_TASKS.test(l)) ? 'procedures or norms' : 'task table');
  });
  return kinds;
}

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
