// A synthetic provincial archive for the batch benchmark, made from the
// project's own fixtures (never from ../shared): N documents (default 1,000)
// in mixed layouts (plain text, Markdown, Word, OCR'd text), mixed encodings
// (UTF-8 ± BOM, UTF-16, TCVN3, VNI, VISCII, Windows-1258, TCVN3 mis-decoded as
// Windows-1252), with OCR-like noise on some, and ~2% broken files (empty,
// PDF, image, zip, truncated, no decision structure). Deterministic for a seed.
//   npx tsx scripts/make-archive.ts [outDir=/tmp/cchc-archive] [count=1000] [seed=1]
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import iconv from 'iconv-lite';
import { encodeLegacy, type LegacyEncoding } from '../src/decode/index.js';
import { makeDocx, zip, type Block } from './docx-writer.js';
import { seededRandom as prng } from './seeded-random.js';

const fixtures = join(import.meta.dirname, '../fixtures');
const read = (file: string) => readFileSync(join(fixtures, file), 'utf8');

interface Template {
  name: string;
  layout: 'text' | 'markdown' | 'ocr';
  text: string;
}
const TEMPLATES: Template[] = [
  { name: 'clean-plan', layout: 'text', text: read('clean-plan.txt') },
  { name: 'decision', layout: 'text', text: read('encodings/decision.txt') },
  { name: 'clean-plan', layout: 'markdown', text: read('clean-plan.md') },
  { name: 'ocr-decision', layout: 'ocr', text: read('ocr/decision.txt') },
];

const PROVINCES = [
  'Bình Minh',
  'Hà Nam',
  'Ninh Bình',
  'Thanh Hóa',
  'Hải Dương',
  'Quảng Trị',
  'Lâm Đồng',
  'Sóc Trăng',
  'Yên Bái',
  'Phú Thọ',
];
const TEMPLATE_PROVINCES = ['Bình Minh', 'Hà Nam', 'Ninh Bình'];

type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | LegacyEncoding | 'tcvn3-as-cp1252';
const ENCODINGS: Array<[Encoding, number]> = [
  ['utf-8', 0.5],
  ['utf-8-bom', 0.08],
  ['utf-16le', 0.06],
  ['tcvn3', 0.1],
  ['vni', 0.08],
  ['viscii', 0.04],
  ['windows-1258', 0.06],
  ['tcvn3-as-cp1252', 0.08],
];

/** What was written, so that a run can be checked against the truth. */
export interface ArchiveEntry {
  file: string;
  layout: Template['layout'] | 'docx' | 'broken';
  encoding: Encoding | null;
  noisy: boolean;
}

export function makeArchive(outDir: string, count: number, seed = 1): { files: number; broken: number; manifest: ArchiveEntry[] } {
  const random = prng(seed);
  const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)]!;
  const weighted = <T>(items: Array<[T, number]>) => {
    let r = random() * items.reduce((s, [, w]) => s + w, 0);
    for (const [item, w] of items) if ((r -= w) <= 0) return item;
    return items[items.length - 1]![0];
  };
  rmSync(outDir, { recursive: true, force: true });
  const manifest: ArchiveEntry[] = [];
  let broken = 0;
  for (let i = 0; i < count; i++) {
    const province = pick(PROVINCES);
    const year = 2011 + Math.floor(random() * 14);
    const folder = `${slug(province)}/${year}`;
    const id = String(i).padStart(4, '0');
    if (random() < 0.02) {
      const [name, bytes] = brokenFile(id, pick);
      put(outDir, `${folder}/${name}`, bytes);
      manifest.push({ file: `${folder}/${name}`, layout: 'broken', encoding: null, noisy: false });
      broken++;
      continue;
    }
    const template = pick(TEMPLATES);
    let text = vary(template.text, province, year, random);
    const noisy = template.layout === 'ocr' || random() < 0.1;
    if (noisy) text = ocrNoise(text, random);
    if (template.layout === 'text' && random() < 0.12) {
      put(outDir, `${folder}/qd-${id}.docx`, makeDocx(toBlocks(text)));
      manifest.push({ file: `${folder}/qd-${id}.docx`, layout: 'docx', encoding: null, noisy });
      continue;
    }
    // Markdown and OCR output are recent, so Unicode; legacy encodings hold the older, clean typed texts.
    const encoding = template.layout === 'markdown' || noisy ? weighted(ENCODINGS.slice(0, 3)) : weighted(ENCODINGS);
    const file = `${folder}/qd-${id}-${template.name}.${template.layout === 'markdown' ? 'md' : 'txt'}`;
    const bytes = encode(text, encoding);
    put(outDir, file, bytes);
    // Noise can leave no letter outside ASCII: such bytes are UTF-8 as much as anything.
    manifest.push({ file, layout: template.layout, encoding: bytes.every((b) => b < 0x80) ? 'utf-8' : encoding, noisy });
  }
  writeFileSync(join(outDir, '.manifest.json'), JSON.stringify(manifest, null, 1) + '\n');
  return { files: count, broken, manifest };
}

function put(root: string, file: string, data: string | Uint8Array) {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), data);
}

const slug = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, '-');

/** Another province, year and decision number on the same bones. */
function vary(text: string, province: string, year: number, random: () => number): string {
  let out = text;
  for (const p of TEMPLATE_PROVINCES) {
    out = out.replaceAll(p, province).replaceAll(p.toUpperCase(), province.toUpperCase());
  }
  const number = 100 + Math.floor(random() * 4900);
  return out
    .replace(/(Số:\s*)\d+/u, `$1${number}`)
    .replace(/\b20(1[1-9]|2[0-4])\b/g, (y) => String(Number(y) - 2024 + year > 2010 ? Number(y) - 2024 + year : y));
}

/** OCR-like damage: diacritics dropped on most words, a few letters misread. */
function ocrNoise(text: string, random: () => number): string {
  const CONFUSIONS: Record<string, string> = { ô: '6', ơ: 'o', ư: 'w', đ: 'd', Đ: 'P', ă: 'a', ê: 'é' };
  return text.replace(/\p{L}+/gu, (word) => {
    if (random() < 0.3) return word;
    const stripped =
      random() < 0.85
        ? word
            .normalize('NFD')
            .replace(/[\u0300\u0301\u0303\u0309\u0323]/g, '')
            .normalize('NFC')
        : word;
    return [...stripped]
      .map((c) => (CONFUSIONS[c] && random() < 0.3 ? CONFUSIONS[c] : c))
      .join('')
      .normalize('NFD')
      .replace(/[\u0302\u0306\u031B]/g, '')
      .normalize('NFC');
  });
}

function encode(text: string, encoding: Encoding): Uint8Array {
  switch (encoding) {
    case 'utf-8':
      return Buffer.from(text, 'utf8');
    case 'utf-8-bom':
      return Buffer.from('\uFEFF' + text, 'utf8');
    case 'utf-16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'tcvn3-as-cp1252': {
      const chars = [...encodeLegacy(text, 'tcvn3')].map((b) => {
        const c = iconv.decode(Buffer.from([b]), 'windows-1252');
        return c === '\uFFFD' ? String.fromCharCode(b) : c;
      });
      return Buffer.from(chars.join(''), 'utf8');
    }
    default:
      return encodeLegacy(text, encoding);
  }
}

function brokenFile(id: string, pick: <T>(items: T[]) => T): [string, Uint8Array] {
  const text = Buffer.from(read('encodings/decision.txt'), 'utf8');
  return pick<[string, Uint8Array]>([
    [`empty-${id}.txt`, Buffer.alloc(0)],
    [`scan-${id}.pdf`, Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /XObject /Subtype /Image >>\n', 'latin1')],
    [`scan-${id}.jpg`, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01])],
    [`attachments-${id}.zip`, zip([['readme.txt', 'tệp đính kèm']])],
    [`cut-${id}.txt`, Buffer.concat([text.subarray(0, 1500), Buffer.from([0xe1, 0xbb])])],
    [`notes-${id}.txt`, Buffer.from('Danh sách cần mua: giấy in, mực in, bút bi.\nGhi chú họp giao ban tuần.\n', 'utf8')],
  ]);
}

/** Tab lines after "Phụ lục" become a Word table, upper-case lines bold. */
function toBlocks(source: string): Block[] {
  const blocks: Block[] = [];
  let inAppendix = false;
  for (const line of source.split('\n')) {
    if (/^\s*Ph[uụ] l[uụ]c/iu.test(line)) inAppendix = true;
    if (!line.trim()) continue;
    const cells = line.split('\t').filter((c, i) => i > 0 || c.trim());
    if (inAppendix && cells.length >= 3) {
      const last = blocks[blocks.length - 1];
      if (last?.kind === 'table') last.rows.push(cells);
      else blocks.push({ kind: 'table', rows: [cells] });
    } else {
      blocks.push({ kind: 'p', text: line.replace(/\t/g, '    ').trim(), bold: line === line.toUpperCase() && /\p{L}/u.test(line) });
    }
  }
  return blocks;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [out = '/tmp/cchc-archive', count = '1000', seed = '1'] = process.argv.slice(2);
  const made = makeArchive(out, Number(count), Number(seed));
  console.log(`${made.files} files (${made.broken} broken) in ${out}`);
}
