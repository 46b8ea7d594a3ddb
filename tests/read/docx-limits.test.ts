// A Word file is a zip: its sizes are checked before anything is inflated, so a small file that
// would unpack to gigabytes (a zip bomb) is refused at once, and an entry that lies about its
// size is cut off where its declared size ends.
import { describe, expect, it } from 'vitest';
import { convert } from '../../src/convert.js';
import { makeDocx, zip, documentXml } from '../../scripts/docx-writer.js';
import { DOCX_LIMITS, Zip } from '../../src/read/zip.js';

const paragraph = '<w:p><w:r><w:t>Ra soat van ban quy pham phap luat.</w:t></w:r></w:p>';

/** A real .docx whose document.xml is `bytes` long: the same paragraph over and over. */
function bloatedDocx(bytes: number): Buffer {
  const head = documentXml([]).replace('</w:body></w:document>', '');
  const body = paragraph.repeat(Math.floor((bytes - head.length) / paragraph.length));
  const docx = makeDocx([{ kind: 'p', text: 'QUYẾT ĐỊNH' }]);
  // Same parts as makeDocx, with the bloated body.
  const parts = new Zip(docx, DOCX_LIMITS);
  const entries: Array<[string, string | Buffer]> = [...parts.entries.keys()].map((name) =>
    name === 'word/document.xml' ? [name, `${head}${body}</w:body></w:document>`] : [name, parts.read(name)],
  );
  return zip(entries);
}

describe('.docx unzip limits', () => {
  it('refuses a small file whose document.xml would unpack to 50 MB, before inflating it', async () => {
    const bomb = bloatedDocx(50 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(400 * 1024);
    const failure = convert(bomb, { path: 'bomb.docx' });
    await expect(failure).rejects.toThrow(
      /^bomb\.docx: .*word\/document\.xml would unpack to 50 MB from \d+ KB \(more than 100 times; refused before inflating: a zip bomb\?\)/,
    );
  });

  it('refuses a zip with too many entries before reading any', async () => {
    const many = zip(Array.from({ length: DOCX_LIMITS.maxEntries + 1 }, (_, i) => [`word/media/image${i}.png`, 'x'] as [string, string]));
    await expect(convert(many, { path: 'many.docx' })).rejects.toThrow(/2001 entries in the zip \(at most 2000\)/);
  });

  it('cuts off an entry that unpacks to more than it declares', () => {
    const docx = zip([['word/document.xml', 'a'.repeat(1_000_000)]]);
    // Declare 1000 bytes instead of 1 000 000, in the central directory.
    const central = docx.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    docx.writeUInt32LE(1000, central + 24);
    expect(() => new Zip(docx, DOCX_LIMITS).read('word/document.xml')).toThrow(/unpacks to more than the 1000 bytes it declares/);
  });

  it('still reads an ordinary Word file', async () => {
    const docx = makeDocx([
      { kind: 'p', text: 'ỦY BAN NHÂN DÂN TỈNH NINH BÌNH' },
      { kind: 'p', text: 'Số: 218/QĐ-UBND' },
      { kind: 'p', text: 'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính năm 2024.' },
    ]);
    const doc = await convert(docx, { path: 'ok.docx' });
    expect(doc.decision.number).toBe('218/QĐ-UBND');
  });
});
