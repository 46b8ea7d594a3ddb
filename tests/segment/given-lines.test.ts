// A Word file's layout lines follow what decoding and restoration did to their printout: each
// restored word lands in the paragraph or cell item it was printed from, at the same occurrence.
import { describe, expect, it } from 'vitest';
import { docxToMarkdown } from '../../src/read/docx.js';
import { givenLines } from '../../src/segment/given-lines.js';
import { convert } from '../../src/convert.js';
import { makeDocx } from '../../scripts/docx-writer.js';
import type { RestoredWord } from '../../src/schema/document.js';

const word = async () =>
  docxToMarkdown(
    makeDocx([
      { kind: 'p', text: 'Ke hoach cai cach hanh chinh' },
      { kind: 'table', rows: [['1', 'Ra soat van ban & bao cao', 'So Tu phap', ['- So Noi vu', '- So Tu phap']]] },
    ]),
  );

/** The change log and restored text for words at their printed columns: [line, word's nth occurrence, restored]. */
function restore(printed: string, edits: Array<[number, string, number, string]>): { restored: string; changes: RestoredWord[] } {
  const lines = printed.split('\n');
  const changes = edits.map(([line, original, nth, restored]) => {
    let column = -1;
    for (let k = 0; k <= nth; k++) column = lines[line - 1]!.indexOf(original, column + 1);
    return { line, column: column + 1, original, restored, confidence: 1 };
  });
  for (const c of [...changes].sort((a, b) => b.column - a.column)) {
    const l = lines[c.line - 1]!;
    lines[c.line - 1] = l.slice(0, c.column - 1) + c.restored + l.slice(c.column - 1 + c.original.length);
  }
  return { restored: lines.join('\n'), changes };
}

describe('given layout lines', () => {
  it('are taken as they are when nothing changed the text', async () => {
    const { text, lines } = await word();
    expect(givenLines(lines, { printed: text, decoded: text, restored: text, changes: [] })).toEqual(lines);
  });

  it('take each restored word where it was printed, in the text and the cell items', async () => {
    const { text, lines } = await word();
    const row = lines.find((l) => l.cells)!;
    // The second "So Tu phap" (in the list) is restored, the first is not; "Ra", "ban" in the cell.
    const { restored, changes } = restore(text, [
      [1, 'Ke', 0, 'Kế'],
      [row.line, 'Tu', 1, 'Tư'],
      [row.line, 'Ra', 0, 'Rà'],
      [row.line, 'ban', 0, 'bản'],
    ]);
    const fitted = givenLines(lines, { printed: text, decoded: text, restored, changes })!;
    expect(fitted[0]!.text).toBe('Kế hoach cai cach hanh chinh');
    const fittedRow = fitted.find((l) => l.cells)!;
    expect(fittedRow.cells).toEqual([['1'], ['Rà soat van bản & bao cao'], ['So Tu phap'], ['So Noi vu', 'So Tư phap']]);
    expect(fittedRow.text).toBe(
      row.text
        .replace('Ra ', 'Rà ')
        .replace('ban ', 'bản ')
        .replace(/Tu phap$/u, 'Tư phap'),
    );
    expect(lines.find((l) => l.cells)!.cells![1]).toEqual(['Ra soat van ban & bao cao']); // the reader's lines are left as they were
  });

  it('follow a change the log does not place, and are not taken where a change spans cells or decoding repaired the text', async () => {
    const { text, lines } = await word();
    const unlogged = givenLines(lines, { printed: text, decoded: text, restored: text.replace('Ke', 'Kế'), changes: [] });
    expect(unlogged![0]!.text).toBe('Kế hoach cai cach hanh chinh');
    expect(givenLines(lines, { printed: text, decoded: text, restored: text.replace('cao\tSo', 'cáo\tSở'), changes: [] })).toBeNull();
    expect(givenLines(lines, { printed: text, decoded: text.replace('Ke', 'Kê'), restored: text, changes: [] })).toBeNull();
  });

  it('are put in NFC where decoding put their printout in NFC', async () => {
    const { text, lines } = await docxToMarkdown(makeDocx([{ kind: 'p', text: 'Kế hoạch cải cách hành chính'.normalize('NFD') }]));
    expect(lines[0]!.text).not.toBe('Kế hoạch cải cách hành chính');
    const nfc = text.normalize('NFC');
    expect(givenLines(lines, { printed: text, decoded: nfc, restored: nfc, changes: [] })![0]!.text).toBe('Kế hoạch cải cách hành chính');
  });

  it('carry restoration into the tasks of a Word file that lost its marks', async () => {
    const doc = await convert(
      makeDocx([
        { kind: 'p', text: 'UY BAN NHAN DAN TINH BINH MINH', bold: true },
        { kind: 'p', text: 'So: 218/QD-UBND' },
        { kind: 'p', text: 'KE HOACH CAI CACH HANH CHINH NAM 2024', bold: true },
        { kind: 'p', text: 'Phu luc', bold: true },
        {
          kind: 'table',
          rows: [
            ['STT', 'Noi dung', 'Co quan chu tri', 'Co quan phoi hop', 'Thoi gian hoan thanh'],
            ['1', 'Ra soat, danh gia thu tuc hanh chinh', 'So Tu phap', 'Cac so, ban, nganh', 'Quy II'],
            ['2', 'Kiem tra cong tac cai cach hanh chinh', 'So Noi vu', 'Van phong UBND tinh', 'Thang 10'],
          ],
        },
      ]),
      { path: 'khong-dau.docx', restore: 'always' },
    );
    expect(doc.restoration.changes.length).toBeGreaterThan(10);
    expect(doc.tasks.map((t) => t.lead.map((a) => a.name))).toEqual([['Sở Tư pháp'], ['Sở Nội vụ']]);
    expect(doc.tasks[0]!.content).toMatch(/^Rà soát, đánh giá thủ tục hành chính/u);
  });
});
