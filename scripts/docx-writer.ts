// A minimal .docx writer for our own fixtures and the synthetic archive:
// paragraphs (optionally bold), bulleted items and tables whose cells hold
// paragraphs or bullets, zipped with node:zlib. Enough for mammoth to read;
// not a general Word writer.
import { crc32, deflateRawSync } from 'node:zlib';

export type Block = { kind: 'p'; text: string; bold?: boolean } | { kind: 'bullet'; text: string } | { kind: 'table'; rows: Cell[][] };
/** A cell: plain text, or several paragraphs / bullets ("- " prefix = bullet), or part of a vertical merge, or merged over `span` columns. */
export type Cell = string | string[] | { merge?: 'restart' | 'continue'; span?: number; items: string[] };

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const run = (text: string, bold = false) => `<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
const para = (text: string, bold = false) => `<w:p>${run(text, bold)}</w:p>`;
const bullet = (text: string) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>${run(text)}</w:p>`;

function cellXml(cell: Cell): string {
  const items = typeof cell === 'string' ? [cell] : Array.isArray(cell) ? cell : cell.items;
  const merged = typeof cell === 'object' && !Array.isArray(cell) ? cell : null;
  const properties = merged
    ? `${merged.span ? `<w:gridSpan w:val="${merged.span}"/>` : ''}${merged.merge ? `<w:vMerge w:val="${merged.merge}"/>` : ''}`
    : '';
  const merge = properties ? `<w:tcPr>${properties}</w:tcPr>` : '';
  const body = items.map((item) => (item.startsWith('- ') ? bullet(item.slice(2)) : para(item))).join('');
  return `<w:tc>${merge}${body || '<w:p/>'}</w:tc>`;
}

export function documentXml(blocks: Block[]): string {
  const body = blocks
    .map((b) =>
      b.kind === 'p'
        ? para(b.text, b.bold)
        : b.kind === 'bullet'
          ? bullet(b.text)
          : `<w:tbl>${b.rows.map((row) => `<w:tr>${row.map(cellXml).join('')}</w:tr>`).join('')}</w:tbl><w:p/>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
const DOCUMENT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>`;
const NUMBERING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;

export function makeDocx(blocks: Block[]): Buffer {
  return zip([
    ['[Content_Types].xml', CONTENT_TYPES],
    ['_rels/.rels', ROOT_RELS],
    ['word/_rels/document.xml.rels', DOCUMENT_RELS],
    ['word/numbering.xml', NUMBERING],
    ['word/document.xml', documentXml(blocks)],
  ]);
}

/** A zip of deflated entries with a fixed timestamp (so the same input gives the same bytes). */
export function zip(entries: Array<[string, string | Buffer]>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of entries) {
    const data = Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8');
    const packed = deflateRawSync(data);
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const head = (signature: number, central: boolean) => {
      const b = Buffer.alloc(central ? 46 : 30);
      let o = 0;
      b.writeUInt32LE(signature, o);
      o += 4;
      if (central) {
        b.writeUInt16LE(20, o);
        o += 2;
      }
      b.writeUInt16LE(20, o);
      o += 2; // version needed
      b.writeUInt16LE(0x0800, o);
      o += 2; // UTF-8 names
      b.writeUInt16LE(8, o);
      o += 2; // deflate
      b.writeUInt16LE(0, o);
      o += 2; // time
      b.writeUInt16LE(0x21, o);
      o += 2; // date 1980-01-01
      b.writeUInt32LE(crc, o);
      o += 4;
      b.writeUInt32LE(packed.length, o);
      o += 4;
      b.writeUInt32LE(data.length, o);
      o += 4;
      b.writeUInt16LE(nameBytes.length, o);
      o += 2;
      b.writeUInt16LE(0, o);
      o += 2; // extra
      if (central) {
        b.writeUInt16LE(0, o);
        o += 2; // comment
        b.writeUInt16LE(0, o);
        o += 2; // disk
        b.writeUInt16LE(0, o);
        o += 2; // internal attributes
        b.writeUInt32LE(0, o);
        o += 4; // external attributes
        b.writeUInt32LE(offset, o);
        o += 4;
      }
      return b;
    };
    const local = Buffer.concat([head(0x04034b50, false), nameBytes, packed]);
    centrals.push(Buffer.concat([head(0x02014b50, true), nameBytes]));
    locals.push(local);
    offset += local.length;
  }
  const central = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(central.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, central, end]);
}
