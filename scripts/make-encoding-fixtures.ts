// Writes fixtures/encodings/: our own decision (decision.txt, UTF-8) in every
// encoding the decoder recognises, once mis-decoded as Windows-1252, and as a
// Word file. Run: npx tsx scripts/make-encoding-fixtures.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { encodeLegacy, LEGACY_ENCODINGS } from '../src/decode/index.js';
import { makeDocx, type Block } from './docx-writer.js';

const dir = join(import.meta.dirname, '../fixtures/encodings');
const text = readFileSync(join(dir, 'decision.txt'), 'utf8');

for (const encoding of LEGACY_ENCODINGS) writeFileSync(join(dir, `decision.${encoding}.txt`), encodeLegacy(text, encoding));
writeFileSync(join(dir, 'decision.utf16le.txt'), Buffer.from(text, 'utf16le'));
writeFileSync(join(dir, 'decision.utf16be-bom.txt'), Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]));
writeFileSync(join(dir, 'decision.utf8-bom.txt'), '\uFEFF' + text);
// TCVN3 bytes read as Windows-1252 and saved as UTF-8 ("Céng hßa X· héi").
const garbled = [...encodeLegacy(text, 'tcvn3')].map((b) => {
  const c = iconv.decode(Buffer.from([b]), 'windows-1252');
  return c === '\uFFFD' ? String.fromCharCode(b) : c;
});
writeFileSync(join(dir, 'decision.tcvn3-as-cp1252.txt'), garbled.join(''));
writeFileSync(join(dir, 'decision.docx'), makeDocx(toBlocks(text)));

/** Lines with tabs inside the appendix become table rows; upper-case lines are bold. */
export function toBlocks(source: string): Block[] {
  const blocks: Block[] = [];
  let inAppendix = false;
  for (const line of source.split('\n')) {
    if (/^Phụ lục/i.test(line)) inAppendix = true;
    if (!line.trim()) continue;
    if (inAppendix && line.includes('\t')) {
      const last = blocks[blocks.length - 1];
      const cells = line.split('\t').map((c) => (c.includes('; ') ? c.split('; ').map((i) => `- ${i}`) : c));
      if (last?.kind === 'table') last.rows.push(cells);
      else blocks.push({ kind: 'table', rows: [cells] });
    } else {
      blocks.push({ kind: 'p', text: line.replace(/\t/g, '    '), bold: line === line.toUpperCase() && /\p{L}/u.test(line) });
    }
  }
  return blocks;
}
