// Word 97–2003 files: the fixture decision saved as .doc by LibreOffice (fixtures/doc/decision.doc,
// scripts/make-format-fixtures.ts) reads as the same plan as the .docx it was made from, its
// table as a table; files named .doc that are something else each get their own reason.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { convert } from '../../src/convert.js';
import { fixturePath } from '../helpers/shared.js';

const docBytes = readFileSync(fixturePath('doc/decision.doc'));
const row = (t: { content: string; lead: { name: string }[]; cooperating: { name: string }[]; deadline: { text: string } | null }) => [
  t.content,
  t.lead.map((a) => a.name),
  t.cooperating.map((a) => a.name),
  t.deadline?.text ?? null,
];

describe('.doc (Word 97–2003)', async () => {
  const fromDoc = await convert(docBytes, { path: 'decision.doc' });
  const fromDocx = await convert(readFileSync(fixturePath('encodings/decision.docx')), { path: 'decision.docx' });

  it('gives the same tasks, targets and header as the .docx it was saved from', () => {
    expect(fromDoc.tasks.length).toBe(3);
    expect(fromDoc.tasks.map(row)).toEqual(fromDocx.tasks.map(row));
    expect(fromDoc.targets.map((t) => t.text)).toEqual(fromDocx.targets.map((t) => t.text));
    expect(fromDoc.decision.number).toBe(fromDocx.decision.number);
    expect(fromDoc.decision.articles.map((a) => a.text)).toEqual(fromDocx.decision.articles.map((a) => a.text));
  });

  it('records the .doc as the source', () => {
    expect(fromDoc.source).toMatchObject({ path: 'decision.doc', format: 'doc', encoding: 'doc', bytes: docBytes.length });
  });
});

describe('files named .doc that are not Word 97 documents', () => {
  it('says a .doc is really RTF', async () => {
    const rtf = Buffer.from('{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times New Roman;}} \\f0 QUY\\u7870T \\u272?\\u7882NH\\par }', 'latin1');
    await expect(convert(rtf, { path: 'qd.doc' })).rejects.toThrow(
      /^qd\.doc: a \.doc file that is really RTF \(open it in Word and save it as \.docx\)$/,
    );
  });

  it('says a .doc is really a web page', async () => {
    const html = Buffer.from(
      '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word"><head><meta charset="utf-8"></head><body><p>QUYẾT ĐỊNH</p></body></html>',
      'utf8',
    );
    await expect(convert(html, { path: 'qd.doc' })).rejects.toThrow(
      /^qd\.doc: a \.doc file that is really a web page \(HTML saved as \.doc; save it as \.docx or text\)$/,
    );
  });

  it("says a Word 97 file is password-protected (its header's fEncrypted flag, as Word sets it)", async () => {
    const locked = Buffer.from(docBytes);
    // The file information block opens the WordDocument stream: wIdent 0xA5EC, then flags at 0x0A.
    let fib = 512;
    while (!(locked[fib] === 0xec && locked[fib + 1] === 0xa5)) fib += 512;
    locked.writeUInt16LE(locked.readUInt16LE(fib + 0x0a) | 0x0100, fib + 0x0a);
    await expect(convert(locked, { path: 'locked.doc' })).rejects.toThrow(/^locked\.doc: a password-protected Word 97–2003 file/);
  });

  it('says an empty .doc is empty', async () => {
    await expect(convert(new Uint8Array(0), { path: 'empty.doc' })).rejects.toThrow(/^empty\.doc: a \.doc file that is empty \(0 bytes\)$/);
  });
});
