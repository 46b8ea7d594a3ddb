// One input file → one validated document, whatever it is: text in any
// encoding goes straight to the pipeline; a Word file is first turned into
// Markdown (decode/docx.ts) and its source recorded as the .docx itself.
import { createHash } from 'node:crypto';
import { parse, ParseError, type ParseOptions } from '../pipeline.js';
import { docxToMarkdown, DocxError, looksLikeDocx } from '../decode/docx.js';
import type { CchcDocument } from '../schema/document.js';

export async function convertDocument(bytes: Uint8Array, options: ParseOptions = {}): Promise<CchcDocument> {
  const path = options.path ?? null;
  if (!looksLikeDocx(path, bytes)) return parse(bytes, options);
  let markdown;
  try {
    markdown = await docxToMarkdown(bytes);
  } catch (error) {
    if (error instanceof DocxError) throw new ParseError(`not a text document: ${error.message}`, path);
    throw error;
  }
  if (!markdown.text.trim()) {
    throw new ParseError(
      markdown.images ? 'a Word file holding only images (needs OCR first)' : 'the Word file holds no text',
      path,
    );
  }
  const doc = parse(markdown.text, { ...options, input: 'markdown' });
  return {
    ...doc,
    source: {
      ...doc.source,
      format: 'docx',
      encoding: 'docx',
      bytes: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    },
  };
}
