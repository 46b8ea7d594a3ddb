// PDFs with a text layer: the project's plan printed to PDF by a browser (fixtures/pdf/clean-plan.pdf,
// made by scripts/make-format-fixtures.ts) reads as the same plan as its Markdown, with the table
// rows rebuilt from the glyph positions and the borders, and every source naming its page.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { convert } from '../../src/convert.js';
import { parse } from '../../src/pipeline.js';
import { fixturePath } from '../helpers/shared.js';

const pdfBytes = readFileSync(fixturePath('pdf/clean-plan.pdf'));
const row = (t: {
  content: string;
  products: string[];
  lead: { name: string }[];
  cooperating: { name: string }[];
  deadline: { text: string } | null;
}) => [t.content, t.products, t.lead.map((a) => a.name), t.cooperating.map((a) => a.name), t.deadline?.text ?? null];

describe('PDF with a text layer', async () => {
  const fromPdf = await convert(pdfBytes, { path: 'clean-plan.pdf' });
  const fromMarkdown = parse(readFileSync(fixturePath('clean-plan.md')), { path: 'clean-plan.md' });

  it('gives the same tasks and header as the Markdown it was printed from', () => {
    expect(fromPdf.tasks.map(row)).toEqual(fromMarkdown.tasks.map(row));
    expect(fromPdf.tasks).toHaveLength(4);
    const header = (d: typeof fromPdf) => ({
      ...d.decision,
      source: null,
      legalBases: d.decision.legalBases.map((b) => b.text),
      articles: d.decision.articles.map((a) => a.text),
    });
    expect(header(fromPdf)).toEqual(header(fromMarkdown));
    expect(fromPdf.targets.map((t) => t.text)).toEqual(fromMarkdown.targets.map((t) => t.text));
  });

  it('records the PDF as the source, with its pages', () => {
    expect(fromPdf.source).toMatchObject({
      path: 'clean-plan.pdf',
      format: 'pdf',
      encoding: 'pdf text layer',
      pages: 2,
      bytes: pdfBytes.length,
    });
  });

  it('names the page and the line on it where each task starts', () => {
    // The appendix tables are on page 2, the decision's articles on page 1.
    for (const task of fromPdf.tasks) expect(task.source.pages?.start.page).toBe(2);
    expect(fromPdf.decision.articles[0]!.source.pages?.start).toEqual({ page: 1, line: expect.any(Number) });
    const lines = fromPdf.tasks.map((t) => t.source.pages!.start.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });

  it("keeps a cell's bullets apart and a table row on one line", () => {
    const second = fromPdf.tasks[1]!;
    expect(second.products).toEqual(['Nghị quyết của HĐND tỉnh', 'Báo cáo kết quả thực hiện']);
    expect(second.cooperating.map((a) => a.name)).toEqual(['Sở Tài chính', 'Sở Văn hóa, Thể thao và Du lịch']);
  });
});

describe('PDFs that cannot be read', () => {
  it('says a PDF is encrypted', async () => {
    await expect(convert(readFileSync(fixturePath('pdf/encrypted.pdf')), { path: 'locked.pdf' })).rejects.toThrow(
      /^locked\.pdf: an encrypted PDF \(it needs a password to open\)$/,
    );
  });

  it('says a PDF has no pages', async () => {
    await expect(convert(readFileSync(fixturePath('pdf/no-pages.pdf')), { path: 'empty.pdf' })).rejects.toThrow(
      /^empty\.pdf: a PDF with no pages$/,
    );
  });

  it('says a PDF is corrupt when its body is garbage or cut off', async () => {
    const cut = pdfBytes.subarray(0, 2000);
    await expect(convert(cut, { path: 'cut.pdf' })).rejects.toThrow(/^cut\.pdf: a corrupt PDF/);
    await expect(convert(Buffer.from('%PDF-1.7\nnot really a pdf at all'), { path: 'junk.pdf' })).rejects.toThrow(
      /^junk\.pdf: a corrupt PDF \(/,
    );
  });

  it('says a 0-byte .pdf is empty', async () => {
    await expect(convert(new Uint8Array(0), { path: 'zero.pdf' })).rejects.toThrow(/^zero\.pdf: an empty PDF file \(0 bytes\)$/);
  });
});
