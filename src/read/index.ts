// read: a file's bytes and path → what the pipeline parses. Text files (any encoding) pass as
// bytes, for decode; Word files, PDFs and images are made text here, by the reader their
// signature (or, failing that, their extension) names.
import { sniffSignature } from '../decode/binary.js';
import { docxToMarkdown, DocxError, looksLikeDocx } from './docx.js';
import { readDoc, looksLikeOle } from './doc.js';
import { readPdfTextLayer } from './pdf/index.js';
import { ocrImage, ocrPdf, type OcrOptions } from './ocr/index.js';
import { ReadError, type Read, type ReadDocument } from './types.js';

export interface ReadOptions {
  path?: string | null;
  ocr?: OcrOptions;
}

export type InputKind = 'text' | 'docx' | 'doc' | 'pdf' | 'image';

const IMAGE_EXTENSION = /\.(png|jpe?g|tiff?)$/i;

/** What a file is, from its first bytes, else its extension. */
export function inputKind(bytes: Uint8Array, path: string | null): InputKind {
  const signature = sniffSignature(bytes) ?? '';
  if (signature.startsWith('a PDF') || (bytes.length < 5 && /\.pdf$/i.test(path ?? ''))) return 'pdf';
  if (/^an? (PNG|JPEG|TIFF) image/.test(signature)) return 'image';
  if (looksLikeDocx(path, bytes)) return 'docx';
  if (looksLikeOle(bytes) || /\.doc$/i.test(path ?? '')) return 'doc';
  if (bytes.length === 0 && IMAGE_EXTENSION.test(path ?? '')) return 'image';
  return 'text';
}

export async function readInput(bytes: Uint8Array, options: ReadOptions = {}): Promise<Read> {
  const path = options.path ?? null;
  switch (inputKind(bytes, path)) {
    case 'text':
      return { kind: 'text-file' };
    case 'docx':
      return readDocx(bytes);
    case 'doc':
      return readDoc(bytes, path);
    case 'pdf': {
      if (bytes.length === 0) throw new ReadError('an empty PDF file (0 bytes)', { code: 'empty' });
      const layer = await readPdfTextLayer(bytes);
      return layer.kind === 'text' ? layer.document : ocrPdf(bytes, layer.pages, options.ocr);
    }
    case 'image':
      return ocrImage(bytes, options.ocr);
  }
}

async function readDocx(bytes: Uint8Array): Promise<ReadDocument> {
  let word;
  try {
    word = await docxToMarkdown(bytes);
  } catch (error) {
    if (error instanceof DocxError) throw new ReadError(error.message, { code: 'corrupt', cause: error });
    throw error;
  }
  if (!word.text.trim()) {
    throw new ReadError(word.images ? 'a Word file holding only images (needs OCR first)' : 'the Word file holds no text', {
      code: 'no-text',
    });
  }
  return { kind: 'document', format: 'docx', text: word.text, layout: 'markdown', lines: word.lines, encoding: 'docx' };
}

export type { LayoutLine } from './layout-line.js';
export type { TokenConfidences } from './token-confidences.js';
export { ReadError, type Read, type ReadDocument, type ReadFormat, type PagePlace, type OcrWord } from './types.js';
export { docxToMarkdown } from './docx.js';
export { engines, type Engines } from './ocr/engines.js';
export type { OcrOptions } from './ocr/index.js';
