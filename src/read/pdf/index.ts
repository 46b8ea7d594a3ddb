// A PDF → text for the pipeline. Pages with a text layer are read from their glyph positions;
// a PDF without one (a scan) goes to OCR when the engines are installed (read/ocr/), and says
// what to install when they are not.
import { writeMarkdown } from '../layout/write.js';
import { ReadError, type ReadDocument } from '../types.js';
import { openPdf } from './open.js';
import { pageBoxes, type TextLayerPage } from './text-layer.js';
import { messageOf } from '../../errors.js';

/** Fewer characters than this on average per page: the PDF is a scan, whatever text it carries. */
const SCAN_CHARS_PER_PAGE = 40;

export type PdfLayer = { kind: 'text'; document: ReadDocument } | { kind: 'scan'; pages: number };

export async function readPdfTextLayer(bytes: Uint8Array): Promise<PdfLayer> {
  const pdf = await openPdf(bytes);
  try {
    const { getResolvedPDFJS } = await import('unpdf');
    const { OPS } = await getResolvedPDFJS();
    const pages: TextLayerPage[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      let page;
      try {
        page = await pdf.getPage(n);
      } catch (error) {
        throw new ReadError(`a corrupt PDF (page ${n} cannot be read: ${messageOf(error)})`, { code: 'corrupt', cause: error });
      }
      pages.push(await pageBoxes(page, OPS as Record<string, number>));
      page.cleanup();
    }
    const chars = pages.reduce((n, p) => n + p.chars, 0);
    if (chars < SCAN_CHARS_PER_PAGE * pages.length) return { kind: 'scan', pages: pages.length };
    const { text, places } = writeMarkdown(pages, { joinPageBreaks: true, borderlessTables: true });
    return {
      kind: 'text',
      document: { kind: 'document', format: 'pdf', text, layout: 'markdown', encoding: 'pdf text layer', places, pages: pages.length },
    };
  } finally {
    await pdf.destroy();
  }
}
