// The text a document's restoration changes point into, from the input file's
// bytes: the decoded text for text files (decoded as parse() decoded it), the
// Markdown a Word file was turned into for .docx.
import { decode } from '../decode/index.js';
import type { CchcDocument } from '../schema/document.js';

export async function inputTextOf(doc: CchcDocument, bytes: Uint8Array): Promise<string> {
  if (doc.source.format === 'docx') {
    // Loaded on demand: the Word reader (mammoth) is heavy and rarely needed.
    const { docxToMarkdown } = await import('../decode/docx.js');
    return (await docxToMarkdown(bytes)).text;
  }
  return decodeAsParsed(doc, bytes);
}

/** The bytes decoded as parse() did: detection first, else the encoding it recorded. */
export function decodeAsParsed(doc: CchcDocument, bytes: Uint8Array): string {
  try {
    const detected = decode(bytes);
    if (detected.encoding === doc.source.encoding) return detected.text;
  } catch {
    // Detection refused the bytes; the recorded encoding may still read them.
  }
  return decode(bytes, { encoding: doc.source.encoding }).text;
}
