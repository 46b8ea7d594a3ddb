// Which CSV cells get the apostrophe that makes a spreadsheet keep them as text.
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/emit/csv.js';
import { needsTextMark, spreadsheetCell } from '../../src/emit/spreadsheet.js';
import { parse } from '../../src/pipeline.js';
import { parseCsv } from '../helpers/csv-reader.js';
import { readFileSync } from 'node:fs';
import { fixturePath } from '../helpers/shared.js';

describe('spreadsheet cells', () => {
  it('marks what starts a formula (OWASP: =, +, -, @, tab, carriage return)', () => {
    for (const text of ['=HYPERLINK("http://x","y")', "=cmd|' /C calc'!A0", '+1', '-1', '@SUM(A1)', '\t=1', '\r=1']) {
      expect(spreadsheetCell(text), JSON.stringify(text)).toBe(`'${text}`);
    }
  });

  it('marks text a spreadsheet reads as a number, a date, a time or a truth value', () => {
    for (const text of ['01', '1.10', '1.2.3', '30/6/2022', '01/1', '12/2023', '01:1', '1,5', '1e5', '(5)', '50%', 'TRUE', 'sai']) {
      expect(needsTextMark(text), text).toBe(true);
    }
  });

  it('leaves words, ids, whole numbers, ISO dates and numbers alone', () => {
    for (const text of ['PL-01/1.a', 'KH/II.2.a', 'Phụ lục 01', 'Quý I/2023', '1287/QĐ-UBND', '1', '12', '2013-12-31', 'Sở Tư pháp', '']) {
      expect(needsTextMark(text), text).toBe(false);
    }
    expect(spreadsheetCell(0.85)).toBe(0.85);
    expect(spreadsheetCell(null)).toBe(null);
    expect(needsTextMark('1'.repeat(100_000) + 'x')).toBe(false); // a long cell is not run through the patterns
  });

  it('writes ids and appendix labels no spreadsheet reinterprets, no id starting with "/"', async () => {
    const doc = parse(readFileSync(fixturePath('clean-plan.txt')), { path: 'clean-plan.txt' });
    const rows = parseCsv(await toCsv(doc));
    expect(rows[0]!.slice(0, 3)).toEqual(['id', 'appendix', 'ordinal']);
    for (const row of rows.slice(1)) {
      expect(row[0]).toMatch(/^(PL-[^/]+|KH)\//u);
      expect(row[1]).toMatch(/^Phụ lục \S+$/u);
      expect(needsTextMark(row[0]!)).toBe(false);
    }
  });
});
