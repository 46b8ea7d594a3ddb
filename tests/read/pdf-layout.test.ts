// A plan's tables as other offices print them, read from the text layer: rows that a page break
// cuts (the rest of the row at the next page's top, the header row printed again there) rejoin
// their row, and a table drawn without borders is read from its aligned columns. The PDFs are the
// project's plan (fixtures/clean-plan.md) printed by chromium in the made ways of
// scripts/formats/plan-html.ts (MADE_PRINTS), made by scripts/make-format-fixtures.ts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { convert } from '../../src/convert.js';
import { parse } from '../../src/pipeline.js';
import { borderlessTables } from '../../src/read/layout/borderless.js';
import type { PageBoxes, Run } from '../../src/read/layout/geometry.js';
import { writeMarkdown, type WriteOptions } from '../../src/read/layout/write.js';
import { openPdf } from '../../src/read/pdf/open.js';
import { pageBoxes } from '../../src/read/pdf/text-layer.js';
import { fixturePath } from '../helpers/shared.js';

type Task = Awaited<ReturnType<typeof convert>>['tasks'][number];
const row = (t: Task) => [t.content, t.products, t.lead.map((a) => a.name), t.cooperating.map((a) => a.name), t.deadline?.text ?? null];
const fromMarkdown = parse(readFileSync(fixturePath('clean-plan.md')), { path: 'clean-plan.md' });

async function pagesOf(name: string): Promise<PageBoxes[]> {
  const pdf = await openPdf(readFileSync(fixturePath(name)));
  const { getResolvedPDFJS } = await import('unpdf');
  const { OPS } = await getResolvedPDFJS();
  const pages: PageBoxes[] = [];
  for (let n = 1; n <= pdf.numPages; n++) pages.push(await pageBoxes(await pdf.getPage(n), OPS as Record<string, number>));
  await pdf.destroy();
  return pages;
}

const written = async (name: string, options: WriteOptions) => writeMarkdown(await pagesOf(name), options).text;
const tableRows = (text: string) =>
  text
    .split('\n')
    .filter((line) => (line.match(/\t/g)?.length ?? 0) >= 2)
    .map((line) => line.split('\t'));

describe('table rows that a page break cuts', () => {
  for (const name of ['pdf/made-rows-a5.pdf', 'pdf/made-rows-reordered.pdf']) {
    it(`${name}: the same tasks as the Markdown, each cut row whole`, async () => {
      const doc = await convert(readFileSync(fixturePath(name)), { path: name });
      expect(doc.tasks.map(row)).toEqual(fromMarkdown.tasks.map(row));
    });

    it(`${name}: no row is left without its number, no header row repeated`, async () => {
      const rows = tableRows(await written(name, { joinPageBreaks: true }));
      // Two tables: a header row and two numbered rows each.
      expect(rows.map((cells) => cells[0])).toEqual(['TT', '1.', '2.', 'TT', '1', '2']);
      // Today's reading without the join leaves the rest of a cut row as a row of its own.
      const unjoined = tableRows(await written(name, { joinPageBreaks: false }));
      expect(unjoined.some((cells) => cells[0] === '')).toBe(true);
    });
  }

  it('a joined row keeps the place where it starts: the page before the break', async () => {
    // made-rows-a5.pdf: task 2 of Phụ lục 01 starts at the foot of page 3 and ends on page 4.
    const doc = await convert(readFileSync(fixturePath('pdf/made-rows-a5.pdf')), { path: 'made-rows-a5.pdf' });
    const cut = doc.tasks[1]!;
    expect(cut.deadline?.text).toBe(fromMarkdown.tasks[1]!.deadline?.text);
    expect(cut.source.pages?.start.page).toBe(3);
    const starts = doc.tasks.map((t) => [t.source.pages!.start.page, t.source.pages!.start.line]);
    expect(starts).toEqual([...starts].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!));
  });

  it('changes nothing where no row is cut (the committed A4 print)', async () => {
    expect(await written('pdf/clean-plan.pdf', { joinPageBreaks: true })).toBe(await written('pdf/clean-plan.pdf', {}));
  });
});

describe('tables drawn without borders', () => {
  it('reads the unruled task tables as the ruled ones: the same tasks as the Markdown', async () => {
    const doc = await convert(readFileSync(fixturePath('pdf/made-borderless.pdf')), { path: 'made-borderless.pdf' });
    expect(doc.tasks.map(row)).toEqual(fromMarkdown.tasks.map(row));
  });

  it('joins the rest of a row cut by a page break: one row per number (made-borderless-rows-a5.pdf)', async () => {
    const name = 'pdf/made-borderless-rows-a5.pdf';
    const doc = await convert(readFileSync(fixturePath(name)), { path: name });
    expect(doc.tasks.map(row)).toEqual(fromMarkdown.tasks.map(row));
    const rows = tableRows(await written(name, { joinPageBreaks: true, borderlessTables: true }));
    expect(rows.map((cells) => cells[0])).toEqual(['TT', '1.', '2.', 'TT', '1', '2']);
  });

  it('leaves the two-column header and signature as paragraphs', async () => {
    const rows = tableRows(await written('pdf/made-borderless.pdf', { joinPageBreaks: true, borderlessTables: true }));
    expect(rows.map((cells) => cells[0])).toEqual(['TT', '1.', '2.', 'TT', '1', '2']);
    for (const cells of rows) expect(cells.join(' ')).not.toMatch(/Nơi nhận|CHỦ TỊCH|Số: 218|ngày 15 tháng 01|Phạm Quang Ngọc/u);
  });

  it('finds no unruled table in the ruled prints: their text is the same with the option on', async () => {
    for (const name of ['pdf/clean-plan.pdf', 'pdf/made-rows-a5.pdf', 'pdf/made-rows-reordered.pdf']) {
      const pages = await pagesOf(name);
      expect(writeMarkdown(pages, { joinPageBreaks: true, borderlessTables: true }).text, name).toBe(
        writeMarkdown(pages, { joinPageBreaks: true }).text,
      );
    }
  });

  it('keeps the two header columns apart where the left one fills its width: the header fields of the Markdown (made-borderless.pdf)', async () => {
    // "ỦY BAN NHÂN DÂN TỈNH NINH" ends 8 pt before "Ninh Bình, ngày…"; "BÌNH" under it leaves the gap.
    const doc = await convert(readFileSync(fixturePath('pdf/made-borderless.pdf')), { path: 'made-borderless.pdf' });
    for (const field of ['number', 'date', 'place', 'title', 'signer', 'authority'] as const)
      expect(doc.decision[field], field).toBe(fromMarkdown.decision[field]);
  });

  it('cuts a line at a narrow gap only where the line beside it shows a column starting there', () => {
    const word = (text: string, x0: number, x1: number, y0: number, bold = false): Run => ({
      text,
      x0,
      x1,
      y0,
      y1: y0 + 11,
      size: 11,
      bold,
    });
    const header = [
      word('ỦY BAN NHÂN DÂN TỈNH NINH', 95, 307.6, 68.5, true),
      word('Ninh Bình, ngày 15 tháng 01 năm', 315.6, 528.5, 68.5),
      word('BÌNH', 95, 129.6, 83.5, true),
      word('2024', 315.6, 343.6, 83.5),
    ];
    const page = (runs: Run[]): PageBoxes[] => [{ page: 1, width: 595, height: 842, runs, rules: [], unit: 1 }];
    // The right column's wrapped line continues its own paragraph, not the left column's line under it.
    expect(writeMarkdown(page(header)).text).toMatch(/^Ninh Bình, ngày 15 tháng 01 năm 2024$/mu);
    // The same gap in a justified line under a line without columns stays a word space.
    const body = [
      word('Căn cứ Luật Tổ chức chính quyền địa phương ngày', 95, 307.6, 68.5),
      word('19/6/2015;', 315.6, 528.5, 68.5),
      word('Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ', 95, 528.5, 83.5),
    ];
    expect(writeMarkdown(page(body)).text).toContain('ngày 19/6/2015; Luật sửa đổi');
  });

  it('joins a bold title wrapped before its year: a line of digits is as bold as they are', () => {
    // seed 001 printed on 150×190 mm: "Ban hành Kế hoạch cải cách hành chính năm" / "2023", both bold.
    const runs: Run[] = [
      { text: 'Ban hành Kế hoạch cải cách hành chính năm', x0: 90, x1: 363, y0: 120, y1: 129.8, size: 9.8, bold: true },
      { text: '2023', x0: 90, x1: 117.4, y0: 133.4, y1: 143.2, size: 9.8, bold: true },
    ];
    expect(writeMarkdown([{ page: 1, width: 425, height: 539, runs, rules: [], unit: 1 }]).text).toBe(
      '**Ban hành Kế hoạch cải cách hành chính năm 2023**\n\n',
    );
  });

  it('takes two aligned columns of numbered lines for a list, not a table', () => {
    // "1." | text, as a hanging indent lays out a numbered list: one gutter only.
    const runs: Run[] = [];
    ['1.', '2.', '3.', '4.'].forEach((number, i) => {
      const y0 = 100 + i * 14;
      runs.push({ text: number, x0: 60, x1: 70, y0, y1: y0 + 11, size: 11 });
      runs.push({ text: 'Sở Nội vụ chủ trì, phối hợp với các cơ quan liên quan', x0: 85, x1: 380, y0, y1: y0 + 11, size: 11 });
    });
    expect(borderlessTables(runs).tables).toEqual([]);
  });
});
