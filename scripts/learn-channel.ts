// Learn the OCR channel (model/channel.json) from OCR'd text aligned with the true text. Sources,
// each in a named group (npm run bench channel-loso learns without one group and tests on it):
//   ocr-pairs   ../shared/ocr-pairs/pNN.eng.txt (heavy profile) and pNN.vie.txt (light), p32–p35 apart;
//   seed-003    seed 003 lines 1–300 against gold 003 (heavy; lines 301–608 are the honest test half:
//               never read here);
//   print       pages made by scripts/make-ocr-pairs.ts in $OCR_DATA (default /work/ocr-data);
//   scan-KIND   pages made by scripts/make-scan-pages.ts in $SCAN_DATA (default /work/ocr-data-channel),
//               one group per kind of scan (blur, speckle, jpeg, skew, lowres, thin, thick).
// Pairs p32–p35 are held out for reporting (scripts/channel-coverage.ts).
// Writes counts only: letter-segment confusions, tone confusions, per-form syllable counts.
//   npx tsx scripts/learn-channel.ts [--without GROUP]…
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fingerprint64 } from '../src/restore/lm/hash.js';
import { cleanupOcr } from '../src/restore/cleanup.js';
import { alignChars, alignTokens, tokenDistance, MAX_GOLD_SEGMENT } from '../src/restore/channel/align.js';
import { type Profile } from '../src/restore/channel/model.js';
import { ChannelFile, withChannelId, type ProfileCounts } from '../src/restore/channel/file.js';
import { hasDiacritics, isValidSyllable, removeTone, stripDiacritics, tokenize, toneOf, TONES } from '../src/vietnamese/index.js';
import { repoRoot, seedPath, sharedDir } from '../tests/helpers/shared.js';

export const HELD_OUT_PAIRS = ['p32', 'p33', 'p34', 'p35'];
export const SEED_003_TRAIN_LINES = 300;
const OCR_DATA = process.env.OCR_DATA ?? '/work/ocr-data';
export const SCAN_DATA = process.env.SCAN_DATA ?? '/work/ocr-data-channel';
/** The committed model used the first 30 made pairs (c000–c029); 34 measured no better. */
const MAX_EXTRA_PAIRS = Number(process.env.MAX_EXTRA_PAIRS ?? 30);
const SEED_WEIGHT = 3; // the real scan counts more than the printed-and-OCR'd pages
/**
 * A degraded page counts less than a real source: there are many of them, each of one kind. The
 * light profile learns from none (at 0.25, auto mode's per-word correction changed 3 words of the
 * clean seed 002, tests/restore/decoder.test.ts).
 */
export const SCAN_WEIGHT: Record<Profile, number> = {
  heavy: Number(process.env.SCAN_WEIGHT ?? 0.25),
  light: Number(process.env.SCAN_LIGHT_WEIGHT ?? 0),
};
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

export interface Source {
  /** What the source is called in reports (pNN.eng, seed 003, s-blur-004.vie …). */
  name: string;
  /** The group it is left out with: ocr-pairs, seed-003, print, scan-KIND. */
  group: string;
  profile: Profile;
  ocr: string;
  gold: string;
  weight: number;
}

/**
 * A scan page is learned from only when tesseract's Vietnamese model read it with at most this share
 * of syllables wrong (measured worse with every page: 003 lines 301–608 1.26% against 1.00%).
 */
const MAX_TRAINING_PAGE_SER = 0.1;

/** Syllable edit distance ÷ true syllables, lowercased (as score.mjs counts, without its tone-placement folding). */
export function syllableErrorRate(ocr: string, gold: string): number {
  const syllables = (text: string) =>
    text
      .normalize('NFC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  const a = syllables(ocr);
  const b = syllables(gold);
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]! / Math.max(1, b.length);
}

/** A page made by scripts/make-scan-pages.ts, as pages.tsv lists it. */
export interface ScanPage {
  name: string;
  kind: string;
  font: string;
  size: number;
  prefix: string;
}

/** The pages of $SCAN_DATA that were OCR'd both ways, in pages.tsv order. */
export function scanPages(dir: string = SCAN_DATA): ScanPage[] {
  const list = join(dir, 'pages.tsv');
  if (!existsSync(list)) return [];
  const pages: ScanPage[] = [];
  for (const row of readFileSync(list, 'utf8').split('\n').slice(1)) {
    const [name, kind, font, size] = row.split('\t');
    if (!name || !kind || !font) continue;
    const prefix = join(dir, name);
    if (existsSync(`${prefix}.vie.txt`) && existsSync(`${prefix}.eng.txt`)) pages.push({ name, kind, font, size: Number(size), prefix });
  }
  return pages;
}

/** Every training source (all groups). */
export function trainingSources(): Source[] {
  const out: Source[] = [];
  const pairsDir = join(sharedDir, 'ocr-pairs');
  for (const f of readdirSync(pairsDir)
    .filter((f) => /^p\d+\.clean\.txt$/.test(f))
    .sort()) {
    const name = f.slice(0, -'.clean.txt'.length);
    if (HELD_OUT_PAIRS.includes(name)) continue;
    const gold = readFileSync(join(pairsDir, f), 'utf8');
    out.push({
      name: `${name}.eng`,
      group: 'ocr-pairs',
      profile: 'heavy',
      ocr: readFileSync(join(pairsDir, `${name}.eng.txt`), 'utf8'),
      gold,
      weight: 1,
    });
    out.push({
      name: `${name}.vie`,
      group: 'ocr-pairs',
      profile: 'light',
      ocr: readFileSync(join(pairsDir, `${name}.vie.txt`), 'utf8'),
      gold,
      weight: 1,
    });
  }
  const seed = readFileSync(seedPath('003'), 'utf8').split('\n').slice(0, SEED_003_TRAIN_LINES).join('\n');
  const gold = readFileSync(join(sharedDir, 'gold/003.gold.txt'), 'utf8').split('\n').slice(0, SEED_003_TRAIN_LINES).join('\n');
  out.push({ name: 'seed 003', group: 'seed-003', profile: 'heavy', ocr: seed, gold, weight: SEED_WEIGHT });
  if (existsSync(OCR_DATA)) {
    for (const f of readdirSync(OCR_DATA)
      .filter((f) => f.endsWith('.clean.txt'))
      .sort()
      .slice(0, MAX_EXTRA_PAIRS)) {
      const name = f.slice(0, -'.clean.txt'.length);
      const prefix = join(OCR_DATA, name);
      if (!existsSync(`${prefix}.vie.txt`)) continue;
      const clean = readFileSync(join(OCR_DATA, f), 'utf8');
      out.push({
        name: `${name}.eng`,
        group: 'print',
        profile: 'heavy',
        ocr: readFileSync(`${prefix}.eng.txt`, 'utf8'),
        gold: clean,
        weight: 1,
      });
      out.push({
        name: `${name}.vie`,
        group: 'print',
        profile: 'light',
        ocr: readFileSync(`${prefix}.vie.txt`, 'utf8'),
        gold: clean,
        weight: 1,
      });
    }
  }
  for (const page of scanPages()) {
    const clean = readFileSync(`${page.prefix}.clean.txt`, 'utf8');
    const group = `scan-${page.kind}`;
    // A page the Vietnamese-aware OCR could not read teaches noise, not confusions: it is only tested on.
    const vie = readFileSync(`${page.prefix}.vie.txt`, 'utf8');
    const weight = (profile: Profile) => (syllableErrorRate(vie, clean) <= MAX_TRAINING_PAGE_SER ? SCAN_WEIGHT[profile] : 0);
    out.push({
      name: `${page.name}.eng`,
      group,
      profile: 'heavy',
      ocr: readFileSync(`${page.prefix}.eng.txt`, 'utf8'),
      gold: clean,
      weight: weight('heavy'),
    });
    out.push({ name: `${page.name}.vie`, group, profile: 'light', ocr: vie, gold: clean, weight: weight('light') });
  }
  return out;
}

function emptyCounts(): ProfileCounts {
  return {
    ops: {},
    occ: {},
    keyOps: {},
    keyOcc: {},
    tone: TONES.map(() => TONES.map(() => 0)),
    tokens: {},
    gold: {},
    keep: [0, 0],
    keepMarked: [0, 0],
  };
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
    if (c.keepMarked && hasDiacritics(ocr)) {
      c.keepMarked[1] += w;
      if (ocr === gold) c.keepMarked[0] += w;
    }
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

/**
 * Aligned token pairs of a source, kept in memory and on disk under the temporary folder (aligning
 * hundreds of pages takes minutes; every leave-one-out run and every re-learning aligns the same
 * texts). The key covers the texts and the code that aligns them.
 */
const pairCache = new Map<Source, Array<[string, string]>>();
const ALIGNED_PAIRS_DIR = join(tmpdir(), 'cchc-aligned-pairs');
let alignerCode: string | undefined;
function pairsOf(s: Source): Array<[string, string]> {
  let pairs = pairCache.get(s);
  if (pairs) return pairs;
  alignerCode ??= [
    ...['../src/restore/channel/align.ts', '../src/restore/cleanup.ts'].map((f) => readFileSync(new URL(f, import.meta.url), 'utf8')),
    wordsOf.toString(),
    alignedPairs.toString(),
    String(MAX_PAIR_DISTANCE),
  ].join('\0');
  const file = join(ALIGNED_PAIRS_DIR, `${fingerprint64([alignerCode, s.ocr, '\0', s.gold])}.json`);
  if (existsSync(file)) pairs = JSON.parse(readFileSync(file, 'utf8')) as Array<[string, string]>;
  else {
    pairs = alignedPairs(s.ocr, s.gold);
    mkdirSync(ALIGNED_PAIRS_DIR, { recursive: true });
    writeFileSync(file, JSON.stringify(pairs));
  }
  pairCache.set(s, pairs);
  return pairs;
}

/** The channel file learned from `sources`. Deterministic: the same sources in the same order give the same bytes. */
export function learnChannel(sources: readonly Source[]): { file: ChannelFile; heavy: number; light: number } {
  const counts: Record<Profile, ProfileCounts> = { heavy: emptyCounts(), light: emptyCounts() };
  const stats = { heavy: 0, light: 0 };
  for (const s of sources) {
    if (s.weight <= 0) continue;
    const pairs = pairsOf(s);
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
  const groups = [...new Set(sources.map((s) => s.group))].join(', ');
  const file: ChannelFile = withChannelId(
    ChannelFile.parse({
      version: 1,
      note: `OCR channel counts learned by scripts/learn-channel.ts from ${stats.heavy} (heavy) and ${stats.light} (light) aligned tokens of ${groups}; statistics only`,
      profiles: counts,
    }),
  );
  return { file, ...stats };
}

function main() {
  const without = process.argv.flatMap((a, i) => (process.argv[i - 1] === '--without' ? [a] : []));
  const { file, heavy, light } = learnChannel(trainingSources().filter((s) => !without.includes(s.group)));
  const path = join(repoRoot, 'model', 'channel.json');
  writeFileSync(path, JSON.stringify(file) + '\n');
  const forms = (p: Profile) => Object.keys(file.profiles[p].tokens).length;
  process.stderr.write(`${path}: heavy ${heavy} pairs, light ${light} pairs, ${forms('heavy')}+${forms('light')} forms\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main();
  // The precomputed candidate lists (model/candidates.bin) are computed from the channel: rebuild
  // them, in a process of their own (build-candidates.ts imports this file: an import from here
  // would wait on this module's own evaluation).
  execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./build-candidates.ts', import.meta.url))], {
    stdio: 'inherit',
  });
}
