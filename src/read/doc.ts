// Word 97–2003 files (.doc) → the Markdown form a .docx takes (read/docx.ts), through
// word-extractor (pure JavaScript, reads the OLE container and the piece table; no LibreOffice).
// It gives the text stream, where a table cell ends in a cell mark and a row either in one more
// mark (Word) or in a paragraph break right after the last cell's mark (LibreOffice); we keep the
// marks (see loadWordExtractor) and rebuild rows from them. Where a row ends in a mark, the stream
// does not tell it from an empty cell, so such a row is taken to have as many cells as the table's
// first row: a row with merged cells can come out shifted. Files named .doc that are RTF or a web page, and
// password-protected ones, are refused each with their own reason.
import { createRequire } from 'node:module';
import { escapeHtml, escapeLineStart } from './markdown.js';
import { ReadError, type ReadDocument } from './types.js';
import { messageOf } from '../errors.js';

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** Private-use stand-in for Word's cell mark (U+0007), which word-extractor would turn into a tab. */
const CELL = '\uE007';

export const looksLikeOle = (bytes: Uint8Array) => OLE.every((b, i) => bytes[i] === b);

export async function readDoc(bytes: Uint8Array, path: string | null): Promise<ReadDocument> {
  if (!looksLikeOle(bytes)) throw new ReadError(notWord(bytes, path), { code: 'unsupported' });
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (hasStream(buffer, 'EncryptedPackage')) {
    throw new ReadError('a password-protected Word file (it must be opened with its password and saved again)', { code: 'encrypted' });
  }
  if (encryptedWord97(buffer)) {
    throw new ReadError('a password-protected Word 97–2003 file (it must be opened with its password and saved again)', {
      code: 'encrypted',
    });
  }
  if (!hasStream(buffer, 'WordDocument')) {
    throw new ReadError('an Office file that is not a Word document (no WordDocument stream: Excel or PowerPoint?)', {
      code: 'unsupported',
    });
  }
  let body: string;
  try {
    const WordExtractor = loadWordExtractor();
    body = (await new WordExtractor().extract(buffer)).getBody({ filterUnicode: false });
  } catch (error) {
    throw new ReadError(`a corrupt Word 97–2003 file (${messageOf(error).split('\n')[0]})`, { code: 'corrupt', cause: error });
  }
  const text = docMarkdown(body);
  if (!text.trim()) throw new ReadError('the Word file holds no text', { code: 'no-text' });
  return { kind: 'document', format: 'doc', text, layout: 'markdown', encoding: 'doc' };
}

/** The text stream → Markdown: paragraphs a line each, table rows as tab-separated cells. */
export function docMarkdown(body: string): string {
  const lines: string[] = [];
  let row: string[][] = [];
  let cell: string[] = [];
  /** Cells a row of the current table has (its first row's count); 0 outside tables. */
  let width = 0;
  let afterRow = false;
  const paragraph = (text: string) => {
    if (!text) return;
    if (afterRow) lines.push('');
    afterRow = false;
    width = 0;
    lines.push(escapeLineStart(text), '');
  };
  const endRow = () => {
    if (row.some((c) => c.length)) {
      const written = row.map((c) => (c.length === 1 ? escapeHtml(c[0]!) : c.map((p) => `<p>${escapeHtml(p)}</p>`).join('')));
      while (written.length < 3) written.push('');
      lines.push(written.join('\t'));
      afterRow = true;
    }
    row = [];
  };
  /** Text that followed a row's end mark: the next row's first cell if a mark follows, else a paragraph. */
  let pending: string | null = null;
  for (const line of body.normalize('NFC').split('\n')) {
    const pieces = line.split(CELL);
    if (pending !== null) {
      if (pieces.length > 1) cell.push(pending);
      else paragraph(pending);
      pending = null;
    }
    pieces.forEach((piece, i) => {
      const text = clean(piece);
      if (i === pieces.length - 1) {
        // A paragraph break right after a cell mark: the row's end (as LibreOffice writes it).
        if (pieces.length > 1 && !text && !cell.length) {
          width ||= row.length;
          endRow();
          return;
        }
        // Not closed by a cell mark: a paragraph of the open cell, or after a row's end (see pending).
        if (row.length || cell.length) {
          if (text) cell.push(text);
        } else if (pieces.length > 1) pending = text || null;
        else paragraph(text);
        return;
      }
      if (text) cell.push(text);
      // An empty cell right after a cell: the row's end mark, once the row is full.
      if (!cell.length && row.length && (width === 0 || row.length >= width)) {
        width ||= row.length;
        endRow();
        return;
      }
      row.push(cell);
      cell = [];
    });
  }
  if (pending !== null) paragraph(pending);
  if (cell.length) row.push(cell);
  endRow();
  return lines.join('\n') + '\n';
}

const clean = (text: string) =>
  text
    .replace(/[\u0000-\u0008\u000e-\u001f\u00a0]+/gu, ' ')
    .replace(/[\t ]+/gu, ' ')
    .trim();

/** A directory entry's name in an OLE file (UTF-16LE). */
const hasStream = (bytes: Buffer, name: string) => bytes.includes(Buffer.from(name, 'utf16le'));

/** The Word 97 file information block's fEncrypted flag, at the start of the WordDocument stream. */
function encryptedWord97(bytes: Buffer): boolean {
  for (let at = 512; at + 12 <= bytes.length; at += 512) {
    if (bytes[at] === 0xec && bytes[at + 1] === 0xa5 && bytes.readUInt16LE(at + 2) >= 0x65) {
      return (bytes.readUInt16LE(at + 0x0a) & 0x0100) !== 0;
    }
  }
  return false;
}

function notWord(bytes: Uint8Array, path: string | null): string {
  const head = Buffer.from(bytes.subarray(0, 1024))
    .toString('latin1')
    .replace(/^\uFEFF|^\xEF\xBB\xBF|^\xFF\xFE|^\xFE\xFF/u, '')
    .trimStart();
  const name = /\.doc$/i.test(path ?? '') ? 'a .doc file' : 'a Word file';
  if (bytes.length === 0) return `${name} that is empty (0 bytes)`;
  if (head.startsWith('{\\rtf')) return `${name} that is really RTF (open it in Word and save it as .docx)`;
  if (/^(<!doctype html|<html|<\?xml[^>]*>\s*<html|mime-version:)/iu.test(head) || /<html[\s>]/iu.test(head)) {
    return `${name} that is really a web page (HTML saved as .doc; save it as .docx or text)`;
  }
  return `${name} that is not a Word 97–2003 document`;
}

interface WordExtractorClass {
  new (): { extract(source: Buffer): Promise<{ getBody(options?: { filterUnicode?: boolean }): string }> };
}

let extractorClass: WordExtractorClass | null = null;

/**
 * word-extractor, loaded with its text cleaner made to keep cell marks (as CELL) instead of turning
 * them into tabs like the row marks: its extractor takes the cleaner from the filters module when
 * it loads, so the cleaner is wrapped before the extractor is first required.
 */
function loadWordExtractor(): WordExtractorClass {
  if (extractorClass) return extractorClass;
  const require = createRequire(import.meta.url);
  const filters: { clean: (s: string) => string } = require('word-extractor/lib/filters');
  const clean = filters.clean;
  filters.clean = (s: string) => clean(s.replace(/\u0007/gu, CELL));
  extractorClass = require('word-extractor') as WordExtractorClass;
  return extractorClass;
}
