// Learn the OCR channel (model/channel.json) from OCR'd text aligned with the true text:
//   heavy profile: ../shared/ocr-pairs/pNN.eng.txt (tesseract -l eng) and seed 003 lines 1–300
//                  against gold 003 (lines 301–608 are the honest test half: never read here);
//   light profile: ../shared/ocr-pairs/pNN.vie.txt (tesseract -l vie);
//   both:          more pairs made by scripts/make-ocr-pairs.ts in $OCR_DATA (default /work/ocr-data).
// Pairs p32–p35 are held out for reporting (scripts/channel-coverage.ts).
// Writes counts only: letter-segment confusions, tone confusions, per-form syllable counts.
//   npx tsx scripts/learn-channel.ts
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanupOcr } from '../src/restore/cleanup.js';
import { alignChars, alignTokens, tokenDistance, MAX_GOLD_SEGMENT } from '../src/restore/channel/align.js';
import { type Profile } from '../src/restore/channel/model.js';
import { ChannelFile, withChannelId, type ProfileCounts } from '../src/restore/channel/file.js';
import { isValidSyllable, removeTone, stripDiacritics, tokenize, toneOf, TONES } from '../src/vietnamese/index.js';
import { repoRoot, seedPath, sharedDir } from '../tests/helpers/shared.js';

export const HELD_OUT_PAIRS = ['p32', 'p33', 'p34', 'p35'];
export const SEED_003_TRAIN_LINES = 300;
const OCR_DATA = process.env.OCR_DATA ?? '/work/ocr-data';
/** The committed model used the first 30 made pairs (c000–c029); 34 measured no better. */
const MAX_EXTRA_PAIRS = Number(process.env.MAX_EXTRA_PAIRS ?? 30);
const SEED_WEIGHT = 3; // the real scan counts more than the printed-and-OCR'd pages
const MIN_FORM_COUNT = 2;
/** Aligned tokens further apart than this (0 alike … 1 unrelated) are taken as misalignments. */
const MAX_PAIR_DISTANCE = 0.7;

/** Lowercased word tokens of a text (OCR side cleaned up first). */
export function wordsOf(text: string, ocr: boolean): string[] {
  const clean = ocr ? cleanupOcr(text).text : text;
  const words: string[] = [];
  for (const line of clean.normalize('NFC').split('\n')) {
    for (const t of tokenize(line)) if (t.kind === 'word' || t.kind === 'number') words.push(t.text.toLowerCase());
  }
  return words;
}

/** Aligned (ocr, gold) token pairs that look like the same syllable. */
export function alignedPairs(ocrText: string, goldText: string): Array<[string, string]> {
  const ocr = wordsOf(ocrText, true);
  const gold = wordsOf(goldText, false);
  const pairs: Array<[string, string]> = [];
  for (const [i, j] of alignTokens(ocr, gold)) {
    if (i < 0 || j < 0) continue;
    if (tokenDistance(ocr[i]!, gold[j]!) <= MAX_PAIR_DISTANCE) pairs.push([ocr[i]!, gold[j]!]);
  }
  return pairs;
}

interface Source {
  profile: Profile;
  ocr: string;
  gold: string;
  weight: number;
}

function sources(): Source[] {
  const out: Source[] = [];
  const pairsDir = join(sharedDir, 'ocr-pairs');
  for (const f of readdirSync(pairsDir).filter((f) => /^p\d+\.clean\.txt$/.test(f)).sort()) {
    const name = f.slice(0, -'.clean.txt'.length);
    if (HELD_OUT_PAIRS.includes(name)) continue;
    const gold = readFileSync(join(pairsDir, f), 'utf8');
    out.push({ profile: 'heavy', ocr: readFileSync(join(pairsDir, `${name}.eng.txt`), 'utf8'), gold, weight: 1 });
    out.push({ profile: 'light', ocr: readFileSync(join(pairsDir, `${name}.vie.txt`), 'utf8'), gold, weight: 1 });
  }
  const seed = readFileSync(seedPath('003'), 'utf8').split('\n').slice(0, SEED_003_TRAIN_LINES).join('\n');
  const gold = readFileSync(join(sharedDir, 'gold/003.gold.txt'), 'utf8').split('\n').slice(0, SEED_003_TRAIN_LINES).join('\n');
  out.push({ profile: 'heavy', ocr: seed, gold, weight: SEED_WEIGHT });
  if (existsSync(OCR_DATA)) {
    for (const f of readdirSync(OCR_DATA).filter((f) => f.endsWith('.clean.txt')).sort().slice(0, MAX_EXTRA_PAIRS)) {
      const prefix = join(OCR_DATA, f.slice(0, -'.clean.txt'.length));
      if (!existsSync(`${prefix}.vie.txt`)) continue;
      const clean = readFileSync(join(OCR_DATA, f), 'utf8');
      out.push({ profile: 'heavy', ocr: readFileSync(`${prefix}.eng.txt`, 'utf8'), gold: clean, weight: 1 });
      out.push({ profile: 'light', ocr: readFileSync(`${prefix}.vie.txt`, 'utf8'), gold: clean, weight: 1 });
    }
  }
  return out;
}

function emptyCounts(): ProfileCounts {
  return { ops: {}, occ: {}, keyOps: {}, keyOcc: {}, tone: TONES.map(() => TONES.map(() => 0)), tokens: {}, gold: {}, keep: [0, 0] };
}

const bump = (table: Record<string, number>, key: string, by: number) => (table[key] = (table[key] ?? 0) + by);
const bump2 = (table: Record<string, Record<string, number>>, a: string, b: string, by: number) => bump((table[a] ??= {}), b, by);

function countSubstrings(table: Record<string, number>, word: string, by: number) {
  for (let len = 1; len <= MAX_GOLD_SEGMENT; len++) for (let i = 0; i + len <= word.length; i++) bump(table, word.slice(i, i + len), by);
  bump(table, '', by * (word.length + 1)); // places where a letter could be added
}

function learnPair(c: ProfileCounts, ocr: string, gold: string, w: number) {
  if (!/\p{L}/u.test(ocr)) return; // numbers are the decoder's to keep
  const forms = (c.tokens[ocr] ??= {});
  bump(forms, gold, w);
  bump(c.gold, gold, w);
  if (!isValidSyllable(ocr)) {
    c.keep[1] += w;
    if (ocr === gold) c.keep[0] += w;
  }
  if (!isValidSyllable(gold)) return;
  c.tone[TONES.indexOf(toneOf(gold))]![TONES.indexOf(toneOf(ocr))]! += w;
  const g = removeTone(gold);
  const o = removeTone(ocr);
  countSubstrings(c.occ, g, w);
  for (const op of alignChars(g, o)) bump2(c.ops, op.gold, op.ocr, w);
  const gk = stripDiacritics(g);
  const ok = stripDiacritics(o);
  countSubstrings(c.keyOcc, gk, w);
  for (const op of alignChars(gk, ok)) bump2(c.keyOps, op.gold, op.ocr, w);
}

function round(table: Record<string, number>) {
  for (const k of Object.keys(table)) table[k] = Math.round(table[k]! * 10) / 10;
}

function main() {
  const counts: Record<Profile, ProfileCounts> = { heavy: emptyCounts(), light: emptyCounts() };
  const stats = { heavy: 0, light: 0 };
  for (const s of sources()) {
    const pairs = alignedPairs(s.ocr, s.gold);
    for (const [o, g] of pairs) learnPair(counts[s.profile], o, g, s.weight);
    stats[s.profile] += pairs.length;
  }
  for (const c of Object.values(counts)) {
    // Keep the forms seen often enough to trust; the rest is what the letter model is for.
    for (const [form, row] of Object.entries(c.tokens)) {
      const total = Object.values(row).reduce((a, b) => a + b, 0);
      if (total < MIN_FORM_COUNT) delete c.tokens[form];
      else round(row);
    }
    for (const row of Object.values(c.ops)) round(row);
    for (const row of Object.values(c.keyOps)) round(row);
    round(c.occ);
    round(c.keyOcc);
    round(c.gold);
  }
  const file: ChannelFile = withChannelId(ChannelFile.parse({
    version: 1,
    note: `OCR channel counts learned by scripts/learn-channel.ts from ${stats.heavy} (heavy) and ${stats.light} (light) aligned tokens; statistics only`,
    profiles: counts,
  }));
  const path = join(repoRoot, 'model', 'channel.json');
  writeFileSync(path, JSON.stringify(file) + '\n');
  process.stderr.write(`${path}: heavy ${stats.heavy} pairs, light ${stats.light} pairs, ${Object.keys(counts.heavy.tokens).length}+${Object.keys(counts.light.tokens).length} forms\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main();
  // The precomputed candidate lists (model/candidates.bin) are computed from the channel: rebuild them.
  const { buildCandidateTable } = await import('./build-candidates.js');
  const table = buildCandidateTable();
  process.stderr.write(`${table.path}: ${(table.bytes / 1048576).toFixed(2)} MB\n`);
}
