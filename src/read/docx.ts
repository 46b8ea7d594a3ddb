// Word files (.docx) → Markdown lines the pipeline already reads, through
// mammoth's HTML: paragraphs become lines (wholly bold ones `**…**`, headings
// `#`), lists become "- " lines, and every table row becomes ONE line of
// tab-separated cells (the Markdown layout's table rows, see
// segment/markdown-layout.ts), each cell keeping its paragraphs and list items
// as HTML (`<p>`, `<ul><li>`, read by segment/tab-row.ts). Merged cells are
// repeated down the rows they cover, so columns never shift.
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { toText } from 'hast-util-to-text';
import { sniffSignature } from '../decode/binary.js';
import { DOCX_LIMITS, Zip, ZipError } from './zip.js';
import { escapeHtml, escapeLineStart } from './markdown.js';
import { CchcError, messageOf } from '../errors.js';

/** A Word file that cannot be read: unpacking or converting it failed (`cause`). */
export class DocxError extends CchcError {
  constructor(message: string, options: { cause: unknown }) {
    super(message, { code: 'corrupt', cause: options.cause });
    this.name = 'DocxError';
  }
}

export interface DocxText {
  /** Markdown text. */
  text: string;
  /** Images in the document (a scanned page pasted into Word has no text). */
  images: number;
}

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
    const what = error instanceof ZipError ? 'a Word file that cannot be unpacked'
      : sniffSignature(bytes) ? 'a zip archive that is not a Word document' : 'not a readable Word document';
    throw new DocxError(`${what} (${messageOf(error).split('\n')[0]})`, { cause: error });
  }
  const tree = htmlParser.parse(html) as HastRoot;
  const lines: string[] = [];
  let images = 0;
  for (const node of tree.children) {
    if (node.type !== 'element') continue;
    images += countImages(node);
    lines.push(...blockLines(node));
  }
  return { text: lines.join('\n') + '\n', images };
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

function blockLines(node: Element): string[] {
  const tag = node.tagName;
  if (tag === 'table') return [...tableLines(node), ''];
  if (tag === 'ul' || tag === 'ol') {
    return [...listItems(node).map((item, i) => (tag === 'ol' ? `${i + 1}\\. ${item}` : `- ${item}`)), ''];
  }
  const text = inline(node);
  if (!text) return [];
  const heading = /^h([1-6])$/.exec(tag);
  if (heading) return [`${'#'.repeat(Number(heading[1]))} ${text}`, ''];
  return [whollyBold(node) ? `**${text}**` : escapeLineStart(text), ''];
}

function tableLines(table: Element): string[] {
  const rows = elements(table, 'tr');
  // Cells still to repeat from a rowspan above: column → [html, rows left].
  const pending = new Map<number, [string, number]>();
  return rows.map((row) => {
    const cells: string[] = [];
    let column = 0;
    const fillPending = () => {
      while (pending.has(column)) {
        const [html, left] = pending.get(column)!;
        cells.push(html);
        if (left <= 1) pending.delete(column);
        else pending.set(column, [html, left - 1]);
        column++;
      }
    };
    for (const cell of row.children.filter(isElement).filter((c) => c.tagName === 'td' || c.tagName === 'th')) {
      fillPending();
      const html = cellHtml(cell);
      const colspan = Number(cell.properties?.colSpan ?? 1) || 1;
      const rowspan = Number(cell.properties?.rowSpan ?? 1) || 1;
      for (let k = 0; k < colspan; k++) {
        cells.push(k === 0 ? html : '');
        if (rowspan > 1) pending.set(column, [k === 0 ? html : '', rowspan - 1]);
        column++;
      }
    }
    fillPending();
    // The Markdown layout wants ≥ 2 tabs for a table row.
    while (cells.length < 3) cells.push('');
    return cells.join('\t');
  });
}

/** A cell as one line of HTML: one paragraph stays plain text; several keep <p>/<ul><li>. */
function cellHtml(cell: Element): string {
  const blocks = cell.children.filter(isElement);
  const parts: string[] = [];
  for (const block of blocks) {
    if (block.tagName === 'ul' || block.tagName === 'ol') {
      parts.push(`<ul>${listItems(block).map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`);
    } else if (block.tagName === 'table') {
      parts.push(...tableLines(block).map((l) => `<p>${escapeHtml(l.replace(/\t+/g, ' ').trim())}</p>`));
    } else {
      const text = inline(block);
      if (text) parts.push(`<p>${escapeHtml(text)}</p>`);
    }
  }
  if (!blocks.length) parts.push(escapeHtml(inline(cell)));
  if (parts.length === 1 && parts[0]!.startsWith('<p>')) return parts[0]!.slice(3, -4);
  return parts.join('');
}

function listItems(list: Element): string[] {
  return elements(list, 'li', false).flatMap((li) => {
    const nested = li.children.filter(isElement).filter((c) => c.tagName === 'ul' || c.tagName === 'ol');
    const own = inline({ ...li, children: li.children.filter((c) => !nested.includes(c as Element)) });
    return [own, ...nested.flatMap(listItems)].filter(Boolean);
  });
}

const isElement = (node: ElementContent): node is Element => node.type === 'element';
const clean = (text: string) => text.replace(/[\t\r\n\u00a0]+/g, ' ').replace(/ {2,}/g, ' ').trim();
const inline = (node: Element) => clean(toText(node, { whitespace: 'normal' }));

/** Direct (or, with deep, any) descendants with this tag, not entering nested tables. */
function elements(node: Element, tag: string, deep = true): Element[] {
  const found: Element[] = [];
  for (const child of node.children) {
    if (!isElement(child)) continue;
    if (child.tagName === tag) found.push(child);
    else if (deep && child.tagName !== 'table') found.push(...elements(child, tag));
  }
  return found;
}

function whollyBold(node: Element): boolean {
  const texts = node.children.filter((c) => c.type !== 'text' || c.value.trim());
  return texts.length > 0 && texts.every((c) => isElement(c) && c.tagName === 'strong');
}


function countImages(node: Element): number {
  return (node.tagName === 'img' ? 1 : 0) + node.children.filter(isElement).reduce((n, c) => n + countImages(c), 0);
}
