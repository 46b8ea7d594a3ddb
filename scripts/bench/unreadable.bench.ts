// npm run bench unreadable — OCR that is no words (restore/unreadable.ts) and fused words
// (restore/fused-words.ts), on OCR with its clean text beside it and on clean text:
//   · ../shared/ocr-pairs (*.eng.txt, *.vie.txt), the scan pages of scripts/make-scan-pages.ts in
//     $SCAN_DATA (default /work/ocr-data-channel), seed 003 against its gold: SER (score.mjs) of
//     `restore always`; unreadable runs marked, and of them how many stand where the clean text has
//     nothing (garbage), a word whose letters the OCR had right (a real word lost), or a word the OCR
//     garbled; fused words split, and how many of them are two words in the clean text;
//   · seeds 000 and 004 (real scans, no clean text) and the simulated OCR'd tables in $CCHC_SIM_DIR
//     (default /work/data-ocrtables): runs marked;
//   · clean text in auto mode (seeds 001, 002, the development plans, the held-out corpus): runs
//     marked (should be none) and documents returned byte for byte.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { restore } from '../../src/default-restorer.js';
import { stripDiacritics } from '../../src/vietnamese/index.js';
import { seedPath, sharedDir } from '../../tests/helpers/shared.js';
import { add, score, ZERO, type Score } from './text-score.js';
import { heldOutDocuments } from './restore.bench.js';
import { simulatedPrints, simulatedSplitDir } from './simulated-tables.js';

const SCAN_DATA = process.env.SCAN_DATA ?? '/work/ocr-data-channel';
/** Plans gold/INDEX.md marks holdout: never read here. */
const HOLDOUT_PLANS = ['cb-3210', 'lvn-123', 'lvn-178', 'lvn-389', 'lvn-99-', 'p8-109', 'p8-97-'];

interface Pair {
  ocr: string;
  clean: string;
}

interface Tally {
  ser: Score;
  runs: number;
  garbage: number;
  lost: number;
  garbled: number;
  splits: number;
  splitsRight: number;
}

const syllablesOf = (text: string) => stripDiacritics(text.normalize('NFC').toLowerCase()).match(/[\p{L}\p{N}]+/gu) ?? [];

/** For each syllable of `a`, the index of the syllable of `b` it is aligned with (edit distance), or -1. */
function align(a: string[], b: string[]): Int32Array {
  const n = a.length;
  const m = b.length;
  const w = m + 1;
  const d = new Uint32Array((n + 1) * w);
  for (let j = 0; j <= m; j++) d[j] = j;
  for (let i = 1; i <= n; i++) {
    d[i * w] = i;
    for (let j = 1; j <= m; j++)
      d[i * w + j] = Math.min(d[(i - 1) * w + j]! + 1, d[i * w + j - 1]! + 1, d[(i - 1) * w + j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
  }
  const out = new Int32Array(n).fill(-1);
  for (let i = n, j = m; i > 0 && j > 0;) {
    const c = d[i * w + j]!;
    if (c === d[(i - 1) * w + j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)) out[--i] = --j;
    else if (c === d[(i - 1) * w + j]! + 1) i--;
    else j--;
  }
  return out;
}

function tally(pairs: Pair[]): Tally {
  const t: Tally = { ser: ZERO, runs: 0, garbage: 0, lost: 0, garbled: 0, splits: 0, splitsRight: 0 };
  for (const { ocr, clean } of pairs) {
    const result = restore(ocr, 'always');
    t.ser = add(t.ser, score(result.text, clean));
    const input = ocr.normalize('NFC');
    const lines = input.split('\n');
    // Each input syllable with its line and column, aligned with the clean text's.
    const at: Array<{ line: number; column: number }> = [];
    const syllables: string[] = [];
    lines.forEach((line, i) => {
      for (const m of line.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
        for (const s of syllablesOf(m[0])) {
          syllables.push(s);
          at.push({ line: i + 1, column: m.index! + 1 });
        }
      }
    });
    const reference = syllablesOf(clean);
    const aligned = align(syllables, reference);
    const referencePairs = new Set<string>();
    for (let i = 0; i + 1 < reference.length; i++) referencePairs.add(reference[i]! + reference[i + 1]!);
    for (const run of result.restoration.unreadable ?? []) {
      t.runs++;
      const end = run.column + run.text.length;
      let lost = false;
      let garbled = false;
      for (let k = 0; k < syllables.length; k++) {
        if (at[k]!.line !== run.line || at[k]!.column < run.column || at[k]!.column >= end) continue;
        if (aligned[k]! < 0) continue;
        if (reference[aligned[k]!] === syllables[k]) lost = true;
        else garbled = true;
      }
      if (lost) t.lost++;
      else if (garbled) t.garbled++;
      else t.garbage++;
    }
    for (const change of result.restoration.changes) {
      if (!/^[\p{L}\p{M}]+$/u.test(change.original) || !/^[\p{L}\p{M}]+ [\p{L}\p{M}]+$/u.test(change.restored)) continue;
      t.splits++;
      if (referencePairs.has(stripDiacritics(change.original.toLowerCase()))) t.splitsRight++;
    }
  }
  return t;
}

function pairsIn(dir: string, kind: 'eng' | 'vie'): Pair[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(`.${kind}.txt`))
    .sort()
    .map((f) => ({ ocr: readFileSync(join(dir, f), 'utf8'), clean: readFileSync(join(dir, f.replace(`.${kind}.`, '.clean.')), 'utf8') }));
}

function report(name: string, pairs: Pair[]): void {
  if (pairs.length === 0) return console.log(`${name}: none found`);
  const t = tally(pairs);
  console.log(
    `${name} (${pairs.length}): SER ${((100 * t.ser.edits) / t.ser.gold).toFixed(2)}% (${t.ser.edits}/${t.ser.gold}); unreadable runs ${t.runs}: ` +
      `${t.garbage} where the clean text has nothing, ${t.garbled} over garbled words, ${t.lost} over a word the OCR had right; ` +
      `fused words split ${t.splits}, ${t.splitsRight} of them two words in the clean text`,
  );
}

function marked(name: string, texts: string[], mode: 'auto' | 'always'): void {
  let runs = 0;
  let identical = 0;
  const samples: string[] = [];
  for (const text of texts) {
    const result = restore(text, mode);
    const found = result.restoration.unreadable ?? [];
    runs += found.length;
    if (result.text === text) identical++;
    for (const u of found) if (samples.length < 12) samples.push(JSON.stringify(u.text));
  }
  console.log(
    `${name} (${texts.length}, ${mode}): unreadable runs ${runs}${mode === 'auto' ? `; ${identical} of ${texts.length} byte for byte` : ''}${samples.length ? `: ${samples.join(' ')}` : ''}`,
  );
}

export async function run(): Promise<void> {
  const ocrPairs = join(sharedDir, 'ocr-pairs');
  for (const kind of ['eng', 'vie'] as const) {
    report(`ocr-pairs *.${kind}.txt`, pairsIn(ocrPairs, kind));
    report(`scan pages *.${kind}.txt (${SCAN_DATA})`, pairsIn(SCAN_DATA, kind));
  }
  report('seed 003 vs gold', [
    { ocr: readFileSync(seedPath('003'), 'utf8'), clean: readFileSync(join(sharedDir, 'gold/003.gold.txt'), 'utf8') },
  ]);
  marked(
    'seeds 000 and 004 (real scans)',
    ['000', '004'].map((id) => readFileSync(seedPath(id), 'utf8')),
    'auto',
  );
  if (simulatedSplitDir('dev')) {
    for (const kind of ['eng', 'vie'] as const) {
      marked(
        `simulated OCR'd tables, dev, *.${kind}.txt`,
        simulatedPrints('dev', [kind]).map((p) => readFileSync(p.textPath, 'utf8')),
        'auto',
      );
    }
  }
  marked(
    'clean seeds 001 and 002',
    ['001', '002'].map((id) => readFileSync(seedPath(id), 'utf8')),
    'auto',
  );
  const plansDir = join(sharedDir, 'plans');
  const plans = readdirSync(plansDir).filter((f) => f.endsWith('.txt') && !HOLDOUT_PLANS.some((h) => f.startsWith(h)));
  marked(
    'development plans (clean)',
    plans.map((f) => readFileSync(join(plansDir, f), 'utf8')),
    'auto',
  );
  marked('held-out corpus (clean)', await heldOutDocuments(), 'auto');
}
