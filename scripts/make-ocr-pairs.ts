// Make more OCR training pairs from corpus text (development data for scripts/learn-channel.ts):
// prints a slice of each chosen document onto page images and OCRs it with tesseract (eng and vie)
// through ../shared/tools/ocr-pairs.sh. Output goes OUTSIDE the repository (default /work/ocr-data):
// the text is corpus text and never enters the project.
//   npx tsx scripts/make-ocr-pairs.ts [count=40] [outDir=/work/ocr-data]
// Needs: apt-get install imagemagick tesseract-ocr tesseract-ocr-vie fonts-dejavu-core
// Skips the language model's held-out documents and the documents of ../shared/ocr-pairs.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isHeldOut } from '../src/restore/lm/hash.js';
import { sharedDir } from '../tests/helpers/shared.js';

const count = Number(process.argv[2] ?? 40);
const outDir = process.argv[3] ?? '/work/ocr-data';
const CHARS = 3500; // about one and a half pages

mkdirSync(outDir, { recursive: true });
const used = new Set(
  readFileSync(join(sharedDir, 'ocr-pairs/list.tsv'), 'utf8')
    .split('\n')
    .map((l) => l.split('\t')[3]?.split('/')[1])
    .filter(Boolean),
);
const corpusDir = join(sharedDir, 'corpus');
const files = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.jsonl'))
  .sort();
// Prefer the administrative sources (tvpl) over the codified law (phapdien).
files.sort((a, b) => Number(a.startsWith('phapdien')) - Number(b.startsWith('phapdien')));
const fonts = ['DejaVu-Serif', 'DejaVu-Sans'];
let made = 0;
for (const file of files) {
  const lines = readFileSync(join(corpusDir, file), 'utf8').split('\n');
  for (let i = 0; i < lines.length && made < count; i += 7) {
    if (!lines[i]) continue;
    const doc = JSON.parse(lines[i]!) as { id: string; text: string };
    if (isHeldOut(doc.id) || used.has(doc.id.split('/').pop())) continue;
    const name = `c${String(made).padStart(3, '0')}`;
    const prefix = join(outDir, name);
    if (!existsSync(`${prefix}.vie.txt`)) {
      let text = doc.text.replace(/\*\*/g, '').replace(/<[^>]*>/g, ' ');
      text = text.slice(0, text.lastIndexOf('\n', CHARS) > 0 ? text.lastIndexOf('\n', CHARS) : CHARS);
      writeFileSync(`${prefix}.clean.txt`, text + '\n');
      execFileSync(join(sharedDir, 'tools/ocr-pairs.sh'), [`${prefix}.clean.txt`, prefix, fonts[made % 2]!, made % 3 ? '24' : '22'], {
        stdio: 'inherit',
      });
      writeFileSync(join(outDir, 'list.tsv'), `${name}\t${doc.id}\n`, { flag: 'a' });
    }
    made++;
  }
  if (made >= count) break;
}
process.stderr.write(`${made} pairs in ${outDir}\n`);
