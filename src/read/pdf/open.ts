// Opening a PDF with PDF.js (through unpdf, which bundles a build of PDF.js that runs in Node
// without a worker or a canvas), with a one-line reason for each way a PDF can be unreadable.
import type { PDFDocumentProxy } from 'unpdf/pdfjs';
import { ReadError } from '../types.js';
import { messageOf } from '../../errors.js';

/**
 * PDF.js moves font and path data with ArrayBuffer.prototype.transferToFixedLength (ES2024),
 * which Node 20 lacks: without it every page's drawing commands (fonts, table rules) fail.
 */
function polyfillTransfer(): void {
  const proto = ArrayBuffer.prototype as ArrayBuffer & { transferToFixedLength?: (length?: number) => ArrayBuffer };
  if (proto.transferToFixedLength) return;
  Object.defineProperty(ArrayBuffer.prototype, 'transferToFixedLength', {
    configurable: true,
    writable: true,
    value(this: ArrayBuffer, length?: number): ArrayBuffer {
      const copy = new ArrayBuffer(length ?? this.byteLength);
      new Uint8Array(copy).set(new Uint8Array(this, 0, Math.min(copy.byteLength, this.byteLength)));
      return copy;
    },
  });
}

export async function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  polyfillTransfer();
  // Loaded on first use: the PDF reader is large and text inputs never need it.
  const { getDocumentProxy } = await import('unpdf');
  let pdf: PDFDocumentProxy;
  try {
    // PDF.js takes the buffer over; it gets a copy so the caller's bytes stay usable.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, isEvalSupported: false, stopAtErrors: false });
  } catch (error) {
    throw pdfError(error);
  }
  if (pdf.numPages === 0) {
    await pdf.destroy();
    throw new ReadError('a PDF with no pages', { code: 'no-pages' });
  }
  return pdf;
}

function pdfError(error: unknown): ReadError {
  const name = error instanceof Error ? error.name : '';
  const message = messageOf(error).split('\n')[0];
  if (name === 'PasswordException') {
    return new ReadError('an encrypted PDF (it needs a password to open)', { code: 'encrypted', cause: error });
  }
  if (/no pages|page tree|pages count/i.test(message ?? ''))
    return new ReadError('a PDF with no pages', { code: 'no-pages', cause: error });
  return new ReadError(`a corrupt PDF (${message})`, { code: 'corrupt', cause: error });
}
