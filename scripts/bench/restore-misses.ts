// Why restoration of OCR it never learned from goes wrong: for each held-out group of
// scripts/learn-channel.ts (a channel learned without it, as `npm run bench channel-loso` does), its
// eng pages restored (restore always), every true syllable the output gets wrong put in one cause,
// with the counts and the commonest cases (OCR → output / gold, and the OCR's whitespace chunk).
//   npx tsx scripts/bench/restore-misses.ts scan-speckle [scan-thin …]   (CCHC_MISSES_SHOW=N: cases per cause, default 25;
//   CCHC_CHANNEL_CACHE=DIR keeps each group's learned channel there and reuses it: set it only while
//   the training sources and scripts/learn-channel.ts stay as they are)
// Causes (first that fits; syllables lowercased as score.mjs counts them):
//   unprinted  — the true syllable has no OCR token aligned with it (the OCR lost it, or glued it to
//                a neighbour the output did not split);
//   dropped    — an OCR token was aligned with it, the output has none (a clean-up or mark took it);
//   kept-glued — left as printed, and its OCR chunk glues it to a neighbour with punctuation
//                ("theo-quy", "cau‘sita", "nghiép.Diéu");
//   kept-digit — left as printed, it holds a digit ("s6", "c6ng");
//   kept       — left as printed otherwise (no candidate, or the model chose it);
//   marks      — restored to the right letters with the wrong marks;
//   wrong      — restored to other letters;
// and, apart, extra output syllables no true syllable pairs with (garbage kept, a split too many).
// Each kept, marks or wrong syllable is then put by its reach: how far its OCR token is from it
// (letters without marks, edit distance) and whether the held-out channel offers it for the token:
//   unreadable — three or more letters off (and at least half the true syllable's letters): nothing
//                a channel reads from it, to be marked unreadable rather than restored;
//   missing-1, missing-2 — one or two letters off, the true syllable not among the candidates;
//   offered    — among the candidates (any distance), the decoder chose another.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Restorer } from '../../src/restore/index.js';
import { candidates } from '../../src/restore/channel/index.js';
import { ChannelSource } from '../../src/restore/channel/model.js';
import { loadModel } from '../../src/restore/lm/load.js';
import { modelPathsOf } from '../../src/restore/model-path.js';
import { alignTokens } from '../../src/restore/channel/align.js';
import { stripDiacritics } from '../../src/vietnamese/index.js';
import { learnChannel, trainingSources } from '../learn-channel.js';
import { score } from './text-score.js';

interface Syllable {
  text: string;
  /** The whitespace-delimited chunk it sits in. */
  chunk: string;
}

function syllablesOf(text: string): Syllable[] {
  const out: Syllable[] = [];
  for (const chunk of text.normalize('NFC').toLowerCase().split(/\s+/u))
    for (const m of chunk.matchAll(/[\p{L}\p{N}]+/gu)) out.push({ text: m[0], chunk });
  return out;
}

const CAUSES = ['unprinted', 'dropped', 'kept-glued', 'kept-digit', 'kept', 'marks', 'wrong', 'extra'] as const;
type Cause = (typeof CAUSES)[number];

function causeOf(gold: string, out: Syllable | undefined, ocr: Syllable | undefined): Cause | null {
  if (out?.text === gold) return null;
  if (!ocr) return 'unprinted';
  if (!out) return 'dropped';
  if (out.text === ocr.text) {
    if (ocr.chunk !== ocr.text && /[\p{L}\p{N}][^\p{L}\p{N}]+[\p{L}\p{N}]/u.test(ocr.chunk)) return 'kept-glued';
    if (/\p{N}/u.test(ocr.text)) return 'kept-digit';
    return 'kept';
  }
  return stripDiacritics(out.text) === stripDiacritics(gold) ? 'marks' : 'wrong';
}

const REACHES = ['unreadable', 'missing-1', 'missing-2', 'offered'] as const;
type Reach = (typeof REACHES)[number];

/** Levenshtein distance of two strings. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

const groups = process.argv.slice(2);
const { lexicon } = loadModel();
const show = Number(process.env.CCHC_MISSES_SHOW ?? 25);
const work = mkdtempSync(join(tmpdir(), 'cchc-misses-'));
try {
  const sources = trainingSources();
  for (const group of groups) {
    const dir = join(work, group);
    mkdirSync(dir, { recursive: true });
    symlinkSync(modelPathsOf({}).languageModel, join(dir, 'lm.bin'));
    const cached = process.env.CCHC_CHANNEL_CACHE && join(process.env.CCHC_CHANNEL_CACHE, `without-${group}.json`);
    if (cached && existsSync(cached)) copyFileSync(cached, join(dir, 'channel.json'));
    else {
      writeFileSync(join(dir, 'channel.json'), JSON.stringify(learnChannel(sources.filter((s) => s.group !== group)).file) + '\n');
      if (cached) copyFileSync(join(dir, 'channel.json'), cached);
    }
    const restorer = new Restorer({ modelDir: dir });
    const channel = new ChannelSource(join(dir, 'channel.json'));
    const reachOf = (printed: string, gold: string): Reach => {
      const d = distance(stripDiacritics(printed), stripDiacritics(gold));
      if (candidates(printed, lexicon, { profile: 'heavy', channel }).some((c) => c.syllable === gold)) return 'offered';
      if (d >= 3 && 2 * d >= gold.length) return 'unreadable';
      return d <= 1 ? 'missing-1' : 'missing-2';
    };
    const reaches = new Map<string, number>();
    const reachCases = new Map<string, Map<string, number>>();
    const counts = new Map<Cause, number>();
    const cases = new Map<Cause, Map<string, number>>();
    let goldTotal = 0;
    const restoredAll: string[] = [];
    const goldAll: string[] = [];
    for (const source of sources.filter((s) => s.group === group && s.name.endsWith('.eng'))) {
      const ocr = syllablesOf(source.ocr);
      const restored = restorer.restoreText(source.ocr, { mode: 'always' });
      restoredAll.push(restored);
      goldAll.push(source.gold);
      const out = syllablesOf(restored);
      const gold = syllablesOf(source.gold);
      goldTotal += gold.length;
      const ocrAt = new Map<number, number>();
      for (const [i, j] of alignTokens(
        ocr.map((s) => s.text),
        gold.map((s) => s.text),
      ))
        if (i >= 0 && j >= 0) ocrAt.set(j, i);
      const note = (cause: Cause, key: string) => {
        counts.set(cause, (counts.get(cause) ?? 0) + 1);
        const byCase = cases.get(cause) ?? new Map<string, number>();
        byCase.set(key, (byCase.get(key) ?? 0) + 1);
        cases.set(cause, byCase);
      };
      for (const [o, j] of alignTokens(
        out.map((s) => s.text),
        gold.map((s) => s.text),
      )) {
        if (j < 0) {
          note('extra', `${out[o]!.text}   [${out[o]!.chunk}]`);
          continue;
        }
        const printed = ocrAt.has(j) ? ocr[ocrAt.get(j)!] : undefined;
        const cause = causeOf(gold[j]!.text, o >= 0 ? out[o] : undefined, printed);
        if (cause) note(cause, `${printed?.text ?? '∅'} → ${o >= 0 ? out[o]!.text : '∅'} / ${gold[j]!.text}   [${printed?.chunk ?? ''}]`);
        if (printed && o >= 0 && (cause === 'kept' || cause === 'marks' || cause === 'wrong')) {
          const key = `${cause === 'kept' ? 'kept' : 'changed'} ${reachOf(printed.text, gold[j]!.text)}`;
          reaches.set(key, (reaches.get(key) ?? 0) + 1);
          const byCase = reachCases.get(key) ?? new Map<string, number>();
          const shown = `${printed.text} → ${out[o]!.text} / ${gold[j]!.text}`;
          byCase.set(shown, (byCase.get(shown) ?? 0) + 1);
          reachCases.set(key, byCase);
        }
      }
    }
    const pct = (n: number) => `${((100 * n) / goldTotal).toFixed(2)}%`;
    const scored = score(restoredAll.join('\n'), goldAll.join('\n'));
    console.log(`\n# ${group}: ${goldTotal} true syllables; SER (score.mjs) ${((100 * scored.edits) / scored.gold).toFixed(2)}%`);
    for (const cause of CAUSES)
      console.log(`  ${cause.padEnd(11)} ${String(counts.get(cause) ?? 0).padStart(5)}  ${pct(counts.get(cause) ?? 0)}`);
    console.log('  kept or changed wrongly, by reach (distance of the OCR token, and whether the channel offers the true syllable):');
    for (const kind of ['kept', 'changed'])
      console.log(`    ${kind.padEnd(8)} ${REACHES.map((r) => `${r} ${reaches.get(`${kind} ${r}`) ?? 0}`).join(', ')}`);
    for (const [key, byCase] of [...reachCases].sort(([a], [b]) => a.localeCompare(b))) {
      const list = [...byCase].sort((a, b) => b[1] - a[1]).slice(0, show);
      console.log(`\n  ${key}:`);
      for (const [shown, n] of list) console.log(`    ${String(n).padStart(3)}  ${shown}`);
    }
    for (const cause of CAUSES) {
      const list = [...(cases.get(cause) ?? new Map<string, number>())].sort((a, b) => b[1] - a[1]).slice(0, show);
      if (list.length === 0) continue;
      console.log(`\n  ${cause}:`);
      for (const [key, n] of list) console.log(`    ${String(n).padStart(3)}  ${key}`);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
