// What the OCR'd-table readers said of a row, as evidence on its fields (src/extract/confidence/reader-doubt.ts).
// Rows and diagnostics here are written for the test, shaped like an OCR'd appendix's messages.
import { describe, expect, it } from 'vitest';
import { readerDoubtFeatures } from '../../src/extract/confidence/reader-doubt.js';
import { fieldFeatures } from '../../src/extract/confidence/features.js';
import type { Diagnostic, Task } from '../../src/schema/document.js';

function row(startLine: number, endLine: number, reader = 'ocr-ruled-table'): Task {
  return {
    id: `PL-02/${startLine}`,
    appendix: '02',
    ordinal: String(startLine),
    content: 'Rà soát, đơn giản hóa thủ tục hành chính liên quan đến quy hoạch.',
    target: null,
    products: [],
    lead: [{ name: 'Sở Tài chính', id: null, canonical: null, level: null }],
    cooperating: [],
    deadline: null,
    confidence: 0.65,
    reader,
    source: { startLine, endLine },
  };
}
const note = (ruleId: string, line: number, endLine: number, message: string): Diagnostic => ({
  message,
  ruleId: `cchc-segment:${ruleId}`,
  severity: 'info',
  line,
  column: 1,
  endLine,
});
const diagnostics = [
  note('ocr-cell-unread', 10, 14, "Phụ lục 02, row 3: products, cooperating not recovered from the OCR'd table"),
  note('ocr-lead-uncertain', 12, 14, 'Phụ lục 02, row 3: lead Sở Tài chính read from "S6 Tai chinh": it may be another body'),
];

describe('readerDoubtFeatures: the reader’s own doubt about a row', () => {
  it('names the cells the reader could not recover, field by field, and its doubt about the lead', () => {
    const f = readerDoubtFeatures(row(10, 14), diagnostics);
    expect([f.products['ocr:cell-unread'], f.cooperating['ocr:cell-unread'], f.deadline['ocr:cell-unread']]).toEqual([1, 1, 0]);
    expect(f.lead['ocr:lead-doubted']).toBe(1);
    expect(f.products['ocr:lead-doubted']).toBeUndefined();
  });
  it('reads only the diagnostics about the row’s own lines', () => {
    const f = readerDoubtFeatures(row(15, 20), diagnostics);
    expect([f.products['ocr:cell-unread'], f.lead['ocr:lead-doubted']]).toEqual([0, 0]);
  });
  it('says nothing of a typed row', () => {
    expect(readerDoubtFeatures(row(10, 14, 'flat-table'), diagnostics).lead['ocr:lead-doubted']).toBe(0);
  });
  it('reaches the fields through the document’s diagnostics', () => {
    const task = row(10, 14);
    const lines = Array.from({ length: 20 }, () => 'dòng');
    expect(fieldFeatures(task, { restored: [], lines, tasks: [task], diagnostics }).lead['ocr:lead-doubted']).toBe(1);
    expect(fieldFeatures(task, { restored: [], lines, tasks: [task] }).lead['ocr:lead-doubted']).toBe(0);
  });
});
