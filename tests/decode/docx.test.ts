// Word files: paragraphs become lines, tables stay tables (one tab-separated
// line a row, list items kept in their cell, merged cells repeated).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { docxToMarkdown } from '../../src/read/docx.js';
import { convert as convertDocument } from '../../src/convert.js';
import { makeDocx, zip } from '../../scripts/docx-writer.js';
import { splitTabRow } from '../../src/segment/tab-row.js';
import { fixturePath } from '../helpers/shared.js';

describe('docx → Markdown lines', () => {
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
    const { text } = await docxToMarkdown(docx);
    const lines = text.split('\n').filter(Boolean);
    expect(lines[0]).toBe('**PHỤ LỤC**');
    expect(lines[1]).toBe('1\\. Nhiệm vụ trọng tâm'); // stays "1." for the segmenter, not a Markdown list
    const rows = lines.slice(2).map(splitTabRow);
    expect(rows).toEqual([
      [['STT'], ['Nội dung'], ['Chủ trì'], ['Phối hợp']],
      [['1'], ['Rà soát văn bản'], ['Sở Tư pháp'], ['Sở Nội vụ', 'Văn phòng UBND tỉnh']],
      [['2'], ['Kiểm tra & báo cáo <định kỳ>'], ['Sở Tư pháp'], ['Các sở, ngành']],
    ]);
  });

  it('converts the fixture decision to the same plan as its text version', async () => {
    const fromWord = await convertDocument(readFileSync(fixturePath('encodings/decision.docx')), { path: 'decision.docx' });
    const fromText = await convertDocument(readFileSync(fixturePath('encodings/decision.txt')), { path: 'decision.txt' });
    expect(fromWord.source).toMatchObject({ format: 'docx', encoding: 'docx', path: 'decision.docx' });
    expect(fromWord.decision.number).toBe(fromText.decision.number);
    expect(fromWord.decision.articles.map((a) => a.text)).toEqual(fromText.decision.articles.map((a) => a.text));
    const row = (t: (typeof fromText.tasks)[number]) => [t.content, t.lead.map((a) => a.name), t.cooperating.map((a) => a.name), t.deadline?.text];
    expect(fromWord.tasks.map(row)).toEqual(fromText.tasks.map(row));
    expect(fromWord.targets.map((t) => t.text)).toEqual(fromText.targets.map((t) => t.text));
  });

  it('refuses a zip that is not a Word file, and a Word file holding no text', async () => {
    await expect(convertDocument(zip([['a.txt', 'x']]), { path: 'a.docx' })).rejects.toThrow(/a zip archive that is not a Word document/);
    await expect(convertDocument(makeDocx([]), { path: 'blank.docx' })).rejects.toThrow(/the Word file holds no text/);
  });
});
