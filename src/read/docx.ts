// Word files (.docx) → layout lines and the Markdown text they print as, through mammoth's HTML
// read as a tree (./docx-lines.ts says what the lines are).
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import type { Root as HastRoot } from 'hast';
import { sniffSignature } from '../decode/binary.js';
import { DOCX_LIMITS, Zip, ZipError } from './zip.js';
import { docxLines, type DocxLines } from './docx-lines.js';
import { CchcError, messageOf } from '../errors.js';

/** A Word file that cannot be read: unpacking or converting it failed (`cause`). */
export class DocxError extends CchcError {
  constructor(message: string, options: { cause: unknown }) {
    super(message, { code: 'corrupt', cause: options.cause });
    this.name = 'DocxError';
  }
}

export type DocxText = DocxLines;

const htmlParser = unified().use(rehypeParse, { fragment: true });

/** Is this a zip that may be a Word file? (Decided for sure by mammoth.) */
export const looksLikeDocx = (path: string | null, bytes: Uint8Array) =>
  /\.docx$/i.test(path ?? '') || (sniffSignature(bytes) === 'a zip archive' && Buffer.from(bytes.subarray(0, 2048)).includes('word/'));

export async function docxToMarkdown(bytes: Uint8Array): Promise<DocxText> {
  let zip: Zip;
  try {
    zip = new Zip(bytes, DOCX_LIMITS);
  } catch (error) {
    if (!(error instanceof ZipError)) throw error;
    const what = sniffSignature(bytes) ? 'a Word file that cannot be unpacked' : 'not a readable Word document';
    throw new DocxError(`${what}: ${error.message}`, { cause: error });
  }
  let html: string;
  try {
    // Loaded on first use: most archives hold no Word files.
    const { default: mammoth } = await import('mammoth');
    // mammoth reads the parts through our zip (limits checked); images are counted, never read.
    // It takes an opened zip as { file } (mammoth/lib/unzip.js), which its types leave out.
    const options = { convertImage: mammoth.images.imgElement(async () => ({ src: '' })) };
    const result: { value: string } = await Reflect.apply(mammoth.convertToHtml, mammoth, [{ file: mammothZip(zip) }, options]);
    html = result.value;
  } catch (error) {
    const what =
      error instanceof ZipError
        ? 'a Word file that cannot be unpacked'
        : sniffSignature(bytes)
          ? 'a zip archive that is not a Word document'
          : 'not a readable Word document';
    throw new DocxError(`${what} (${messageOf(error).split('\n')[0]})`, { cause: error });
  }
  return docxLines(htmlParser.parse(html) as HastRoot);
}

/** The zip as mammoth's docx reader asks for it (mammoth/lib/zipfile.js: exists, read). */
function mammothZip(zip: Zip) {
  return {
    exists: (name: string) => zip.has(name),
    read: async (name: string, encoding?: string) => {
      const bytes = zip.read(name);
      if (encoding === 'base64') return bytes.toString('base64');
      return encoding ? new TextDecoder(encoding).decode(bytes) : bytes;
    },
  };
}
