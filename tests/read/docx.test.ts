// Word files: layout lines read from the document tree (paragraphs, list items, table rows whose
// cells keep their list items apart, merged cells repeated), printed as Markdown text line for line.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { docxToMarkdown } from '../../src/read/docx.js';
import { convert as convertDocument } from '../../src/convert.js';
import { makeDocx, zip } from '../../scripts/docx-writer.js';
import { fixturePath } from '../helpers/shared.js';

describe('docx → layout lines and their printout', () => {
  it('keeps a table as rows of cells, with list items and merged cells', async () => {
    const docx = makeDocx([
      { kind: 'p', text: 'PHỤ LỤC', bold: true },
      { kind: 'p', text: '1. Nhiệm vụ trọng tâm' },
      {
        kind: 'table',
        rows: [
          ['STT', 'Nội dung', 'Chủ trì', 'Phối hợp'],
          ['1', 'Rà soát văn bản', { merge: 'restart', items: ['Sở Tư pháp'] }, ['- Sở Nội vụ', '- Văn phòng UBND tỉnh']],
          ['2', 'Kiểm tra & báo cáo <định kỳ>', { merge: 'continue', items: [] }, 'Các sở, ngành'],
        ],
      },
    ]);
    const { text, lines } = await docxToMarkdown(docx);
    const printed = text.split('\n');
    expect(printed.length).toBe(lines.length);
    expect(lines.map((l) => l.line)).toEqual(printed.map((_, i) => i + 1));
    const said = lines.filter((l) => l.text);
    expect(said[0]).toMatchObject({ text: 'PHỤ LỤC', emphasis: true });
    expect(printed[said[0]!.line - 1]).toBe('**PHỤ LỤC**');
    expect(said[1]).toMatchObject({ text: '1. Nhiệm vụ trọng tâm', emphasis: false });
    expect(printed[said[1]!.line - 1]).toBe('1\\. Nhiệm vụ trọng tâm'); // printed as text, not a Markdown list
    const rows = said.slice(2).map((l) => l.cells);
    expect(printed[said[4]!.line - 1]).toBe('2\tKiểm tra &amp; báo cáo &lt;định kỳ&gt;\tSở Tư pháp\tCác sở, ngành');
    expect(said[4]!.text).toBe('2\tKiểm tra & báo cáo <định kỳ>\tSở Tư pháp\tCác sở, ngành');
    expect(rows).toEqual([
      [['STT'], ['Nội dung'], ['Chủ trì'], ['Phối hợp']],
      [['1'], ['Rà soát văn bản'], ['Sở Tư pháp'], ['Sở Nội vụ', 'Văn phòng UBND tỉnh']],
      [['2'], ['Kiểm tra & báo cáo <định kỳ>'], ['Sở Tư pháp'], ['Các sở, ngành']],
    ]);
  });

  it('reads the words of the document, not Markdown it would print as', async () => {
    const docx = makeDocx([
      { kind: 'p', text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' },
      { kind: 'p', text: '---------------' },
      { kind: 'p', text: 'Kiểm tra *định kỳ* <hằng quý> theo mẫu_01' },
      { kind: 'table', rows: [['1', 'Báo cáo **quý**', 'Sở Nội vụ']] },
    ]);
    const { lines } = await docxToMarkdown(docx);
    const said = lines.filter((l) => l.text);
    expect(said.map((l) => l.text).slice(1, 3)).toEqual(['---------------', 'Kiểm tra *định kỳ* <hằng quý> theo mẫu_01']);
    expect(said[3]!.cells).toEqual([['1'], ['Báo cáo **quý**'], ['Sở Nội vụ']]);
  });

  it('converts the fixture decision to the same plan as its text version', async () => {
    const fromWord = await convertDocument(readFileSync(fixturePath('encodings/decision.docx')), { path: 'decision.docx' });
    const fromText = await convertDocument(readFileSync(fixturePath('encodings/decision.txt')), { path: 'decision.txt' });
    expect(fromWord.source).toMatchObject({ format: 'docx', encoding: 'docx', path: 'decision.docx' });
    expect(fromWord.decision.number).toBe(fromText.decision.number);
    expect(fromWord.decision.articles.map((a) => a.text)).toEqual(fromText.decision.articles.map((a) => a.text));
    const row = (t: (typeof fromText.tasks)[number]) => [
      t.content,
      t.lead.map((a) => a.name),
      t.cooperating.map((a) => a.name),
      t.deadline?.text,
    ];
    expect(fromWord.tasks.map(row)).toEqual(fromText.tasks.map(row));
    expect(fromWord.targets.map((t) => t.text)).toEqual(fromText.targets.map((t) => t.text));
  });

  it('refuses a zip that is not a Word file, and a Word file holding no text', async () => {
    await expect(convertDocument(zip([['a.txt', 'x']]), { path: 'a.docx' })).rejects.toThrow(/a zip archive that is not a Word document/);
    await expect(convertDocument(makeDocx([]), { path: 'blank.docx' })).rejects.toThrow(/the Word file holds no text/);
  });
});
