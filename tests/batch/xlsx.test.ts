// Spreadsheet outputs: `cchc parse --format xlsx` and the CSV BOM.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { fixturePath } from '../helpers/shared.js';

const dir = mkdtempSync(join(tmpdir(), 'cchc-xlsx-'));

describe('cchc parse --format xlsx', () => {
  it('writes a workbook with sheets tasks, targets, documents: header frozen, text wrapped, columns sized', async () => {
    const out = join(dir, 'plan.xlsx');
    const r = await runCli([
      'parse',
      fixturePath('encodings/decision.vni.txt'),
      fixturePath('encodings/decision.docx'),
      '--format',
      'xlsx',
      '--out',
      out,
    ]);
    expect(r.code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const names = workbook.worksheets.map((s) => s.name);
    expect(names).toEqual(['tasks', 'targets', 'documents']); // as --help and the README say
    const tasks = workbook.getWorksheet('tasks')!;
    expect(tasks.getRow(1).getCell(1).value).toBe('source_file');
    expect(tasks.rowCount).toBe(1 + 6);
    expect(tasks.getRow(2).getCell(5).value).toBe('Rà soát văn bản quy phạm pháp luật của tỉnh');
    expect(tasks.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const content = tasks.getColumn(5);
    expect(content.alignment?.wrapText).toBe(true);
    expect(content.width).toBeGreaterThan(tasks.getColumn(3).width!); // content is wider than appendix
    const documents = workbook.getWorksheet('documents')!;
    expect(documents.getRow(2).values).toEqual(expect.arrayContaining(['vni', '1287/QĐ-UBND', 'converted']));
  });

  it('writes the same bytes for the same input', async () => {
    const a = join(dir, 'a.xlsx');
    const b = join(dir, 'b.xlsx');
    await runCli(['parse', fixturePath('encodings/decision.txt'), '--format', 'xlsx', '--out', a]);
    await new Promise((resolve) => setTimeout(resolve, 2100)); // a zip time stamp has 2-second steps
    await runCli(['parse', fixturePath('encodings/decision.txt'), '--format', 'xlsx', '--out', b]);
    expect(readFileSync(a).equals(readFileSync(b))).toBe(true);
  });

  it('needs --out for a workbook, and starts CSV with a BOM on request', async () => {
    expect((await runCli(['parse', fixturePath('encodings/decision.txt'), '--format', 'xlsx'])).code).toBe(2);
    const csv = await runCli(['parse', fixturePath('encodings/decision.txt'), '--format', 'csv', '--bom']);
    expect(csv.stdout.startsWith('\uFEFFid,')).toBe(true);
  });
});
