// The workbook: one document as well as several, three sheets, and sheets longer than a
// spread argument list (Math.max(...rows) overflowed the stack above about 125,000 rows).
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { tableRows, type Cell } from '../../src/emit/tables.js';
import { DOCUMENT_HEADER, toXlsx } from '../../src/emit/xlsx.js';
import { parse } from '../../src/pipeline.js';
import { fixturePath } from '../helpers/shared.js';

const doc = parse(readFileSync(fixturePath('clean-plan.txt')), { path: 'clean-plan.txt' });

async function open(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

describe('toXlsx', () => {
  it('takes one document as toCsv and toJson do, and gives the same workbook as [doc]', async () => {
    const one = await toXlsx(doc);
    expect(one.equals(await toXlsx([doc]))).toBe(true);
    const workbook = await open(one);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['tasks', 'targets', 'documents']);
    expect(workbook.getWorksheet('tasks')!.rowCount).toBe(1 + doc.tasks.length);
    expect(workbook.getWorksheet('tasks')!.getRow(2).getCell(1).value).toBe(doc.tasks[0]!.id);
  });

  it('writes a sheet of 130,000 rows', { timeout: 240_000 }, async () => {
    // Two columns: what counts is the number of rows.
    const tasks: Cell[][] = [['source_file', 'id']];
    for (let i = 0; i < 130_000; i++) tasks.push([`d${i}.txt`, `PL-01/${i}`]);
    const bytes = await toXlsx({ tasks, targets: tableRows('targets', [], true), documents: [DOCUMENT_HEADER] });
    const workbook = await open(bytes);
    expect(workbook.getWorksheet('tasks')!.rowCount).toBe(130_001);
    expect(workbook.getWorksheet('tasks')!.getRow(130_001).getCell(1).value).toBe('d129999.txt');
  });
});
