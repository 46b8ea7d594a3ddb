// npm run bench channel-loso — how the OCR channel does on OCR it never learned from, scored by
// ../shared/tools/score.mjs (SER: syllable edit distance ÷ gold syllables, case-insensitive).
//   · leave one source out: for each group of scripts/learn-channel.ts's sources (each kind of scan
//     of scripts/make-scan-pages.ts, the shared OCR pairs, the printed pairs, seed 003 lines 1–300),
//     a channel learned without it restores that group's OCR (restore always); its eng pages (heavy
//     OCR) and vie pages (Vietnamese-aware OCR) apart, raw → restored, the vie pages in auto mode too
//     (the default: corrected word by word where the text shows OCR), then the same held-out pages
//     grouped by font and by type size; each group's row ends with the share of true syllables its
//     eng OCR never printed (pages whose lines it lost): a floor under the eng SER no restoration
//     goes below;
//   · the committed channel (model/) on the real tests it never learned from: seed 003 lines 301–608,
//     ../shared/ocr-pairs p32–p35 (eng and vie);
//   · clean text in auto mode and restore always: seeds 001 and 002, the language model's held-out
//     corpus documents (never trained on) and more corpus documents no channel source came from, 200
//     documents in all: changed syllables per 10,000;
//   · speed: restoration syllables per second of CPU on stripped held-out text, committed models.
// Seeds 000 and 004 have no gold here (kept apart): not measured.
// The corpus text of the scan pages was in the language model's training text (the LM's held-out
// documents are kept for the clean-text test), so these figures measure the channel across kinds
// of scan, with an LM that knows the words in context.
//   CCHC_LOSO_GROUPS=scan-blur,seed-003 npm run bench channel-loso   (only those groups)
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Restorer, type RestoreMode } from '../../src/restore/index.js';
import { isHeldOut } from '../../src/restore/lm/hash.js';
import { modelPathsOf } from '../../src/restore/model-path.js';
import { stripDiacritics } from '../../src/vietnamese/index.js';
import { hasShared, seedPath, sharedDir } from '../../tests/helpers/shared.js';
import {
  HELD_OUT_PAIRS,
  learnChannel,
  SCAN_DATA,
  scanPages,
  SEED_003_TRAIN_LINES,
  trainingSources,
  type Source,
} from '../learn-channel.js';
import { add, score, scoreLines, ZERO, type Score } from './text-score.js';
import { median } from './measure.js';

const work = mkdtempSync(join(tmpdir(), 'cchc-bench-loso-'));
const CLEAN_CORPUS_DOCUMENTS = 200;
/** Characters of each held-out corpus document used as clean text (the phapdien codes run to megabytes). */
const CLEAN_DOCUMENT_CHARS = 20_000;

const pct = (s: Score) => (s.gold ? `${((100 * s.edits) / s.gold).toFixed(2)}%` : '—');

/** A restorer over the language model and a channel file of its own (no candidate table: the channel computes). */
function restorerWith(channelJson: string, name: string): Restorer {
  const dir = join(work, name);
  execFileSync('mkdir', ['-p', dir]);
  symlinkSync(modelPathsOf({}).languageModel, join(dir, 'lm.bin'));
  writeFileSync(join(dir, 'channel.json'), channelJson);
  return new Restorer({ modelDir: dir });
}

interface PageScore {
  source: Source;
  raw: Score;
  restored: Score;
}

function restoreSources(restorer: Restorer, sources: readonly Source[], mode: RestoreMode): PageScore[] {
  return sources.map((source) => ({
    source,
    raw: score(source.ocr, source.gold),
    restored: score(restorer.restoreText(source.ocr, { mode }), source.gold),
  }));
}

function sum(scores: readonly PageScore[]): { raw: Score; restored: Score; worse: number } {
  return scores.reduce(
    (t, s) => ({ raw: add(t.raw, s.raw), restored: add(t.restored, s.restored), worse: t.worse + Number(s.restored.edits > s.raw.edits) }),
    { raw: ZERO, restored: ZERO, worse: 0 },
  );
}

const syllableCount = (text: string) => text.normalize('NFC').match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

/**
 * The syllables the OCR never printed: on each source, the true syllables beyond the count of
 * syllables the OCR printed (a page whose lines it lost), summed, over the true syllables. Words
 * restoration cannot bring back (it replaces tokens, never adds them): a floor under the SER.
 */
function unprinted(sources: readonly Source[]): Score {
  let edits = 0;
  let gold = 0;
  for (const s of sources) {
    const n = syllableCount(s.gold);
    edits += Math.max(0, n - syllableCount(s.ocr));
    gold += n;
  }
  return { edits, gold };
}

/** A page whose Vietnamese-aware OCR got more than this share of syllables wrong was not legible as scanned. */
const LEGIBLE_VIE_SER = 0.1;

function leaveOneSourceOut(): PageScore[] {
  const sources = trainingSources();
  const wanted = process.env.CCHC_LOSO_GROUPS?.split(',');
  const groups = [...new Set(sources.map((s) => s.group))].filter((g) => !wanted || wanted.includes(g));
  const all: PageScore[] = [];
  console.log('leave one source out (channel learned without the group, restore always; vie in auto too), SER raw → restored;');
  console.log(
    `legible: the eng texts whose vie twin reads with at most ${LEGIBLE_VIE_SER * 100}% SER raw (a scan the OCR could read at all):`,
  );
  console.log(
    `  ${'held-out group'.padEnd(16)} ${'eng'.padEnd(5)} ${'eng (heavy OCR)'.padEnd(26)} ${'eng, legible'.padEnd(22)} ${'vie'.padEnd(5)} ${'vie (Vietnamese-aware OCR)'.padEnd(26)} ${'vie, auto'.padEnd(15)} eng, never printed`,
  );
  console.log(
    "  (eng, never printed: true syllables beyond the count the eng OCR printed, page by page, ÷ true syllables: no restoration gets a page's SER below it)",
  );
  for (const group of groups) {
    const { file } = learnChannel(sources.filter((s) => s.group !== group));
    const restorer = restorerWith(JSON.stringify(file) + '\n', `without-${group}`);
    const held = sources.filter((s) => s.group === group);
    const isEng = (s: Source) => s.name.endsWith('.eng') || s.group === 'seed-003';
    const eng = restoreSources(restorer, held.filter(isEng), 'always');
    const vieHeld = held.filter((s) => s.name.endsWith('.vie'));
    const vie = restoreSources(restorer, vieHeld, 'always');
    // auto, the default: a vie print that kept its marks is corrected word by word (restore/correct.ts), not restored.
    const vieAuto = restoreSources(restorer, vieHeld, 'auto');
    all.push(...eng, ...vie);
    const vieRaw = new Map(vie.map((s) => [s.source.name.replace(/\.vie$/, ''), s.raw]));
    const legible = eng.filter((s) => {
      const twin = vieRaw.get(s.source.name.replace(/\.eng$/, ''));
      return twin !== undefined && twin.edits <= LEGIBLE_VIE_SER * twin.gold;
    });
    const cell = (scores: PageScore[]) => {
      const t = sum(scores);
      return scores.length ? `${pct(t.raw)} → ${pct(t.restored)}${t.worse ? ` (${t.worse} worse)` : ''}` : '—';
    };
    const legibleCell = vie.length ? `${pct(sum(legible).restored)} (${legible.length})` : '—';
    const vieAutoCell = `${vieAuto.length ? pct(sum(vieAuto).restored) : '—'}${sum(vieAuto).worse ? ` (${sum(vieAuto).worse} worse)` : ''}`;
    console.log(
      `  ${group.padEnd(16)} ${String(eng.length).padEnd(5)} ${cell(eng).padEnd(26)} ${legibleCell.padEnd(22)} ${String(vie.length).padEnd(5)} ${cell(vie).padEnd(26)} ${vieAutoCell.padEnd(15)} ${pct(unprinted(eng.map((s) => s.source)))}`,
    );
  }
  return all;
}

/** The held-out scan pages grouped by font and by type size (each restored by the channel that never saw its kind). */
function byPageShape(scores: readonly PageScore[]): void {
  const shapes = new Map(scanPages().map((p) => [p.name, p]));
  const groupBy = (label: string, keyOf: (page: { font: string; size: number }) => string) => {
    console.log(`  by ${label}:`);
    for (const lang of ['eng', 'vie']) {
      const rows = new Map<string, PageScore[]>();
      for (const s of scores) {
        const [name, ext] = s.source.name.split('.');
        const page = shapes.get(name!);
        if (!page || ext !== lang) continue;
        const key = keyOf(page);
        rows.set(key, [...(rows.get(key) ?? []), s]);
      }
      const cells = [...rows.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, list]) => `${k} ${pct(sum(list).restored)} (${list.length})`);
      console.log(`    ${lang}: ${cells.join('; ')}`);
    }
  };
  console.log('held-out scan pages (leave-one-kind-out) restored, SER:');
  groupBy('font', (p) => p.font);
  groupBy('type size (px)', (p) => (p.size <= 19 ? '17–19' : p.size <= 22 ? '20–22' : '23–26'));
}

function realTests(restorer: Restorer): void {
  const seed = readFileSync(seedPath('003'), 'utf8').split('\n');
  const gold = readFileSync(join(sharedDir, 'gold/003.gold.txt'), 'utf8').split('\n');
  const restored = restorer.restoreText(seed.join('\n'), { mode: 'auto' }).split('\n');
  const half = (lines: string[]) => lines.slice(SEED_003_TRAIN_LINES).join('\n');
  console.log('committed channel (model/) on text it never learned from, SER raw → restored:');
  console.log(`  seed 003 lines 301–608 (auto)   ${pct(score(half(seed), half(gold)))} → ${pct(score(half(restored), half(gold)))}`);
  for (const kind of ['eng', 'vie']) {
    let raw = ZERO;
    let out = ZERO;
    const per: string[] = [];
    for (const name of HELD_OUT_PAIRS) {
      const read = (ext: string) => readFileSync(join(sharedDir, 'ocr-pairs', `${name}.${ext}.txt`), 'utf8');
      const r = score(read(kind), read('clean'));
      const o = score(restorer.restoreText(read(kind), { mode: 'always' }), read('clean'));
      raw = add(raw, r);
      out = add(out, o);
      per.push(`${name} ${pct(o)}`);
    }
    console.log(`  ocr-pairs p32–p35 ${kind} (always) ${pct(raw)} → ${pct(out)}  (${per.join(', ')})`);
  }
}

/**
 * Clean corpus documents no channel source was made from: all of the language model's held-out
 * documents (the LM never saw them either), then others (the LM trained on them) up to `limit`,
 * every k-th one over the sources.
 */
async function cleanCorpus(limit: number): Promise<{ heldOut: string[]; others: string[] }> {
  const dir = join(sharedDir, 'corpus');
  const used = new Set(scanPageDocuments());
  for (const l of readFileSync(join(sharedDir, 'ocr-pairs/list.tsv'), 'utf8').split('\n'))
    if (l.split('\t')[3]) used.add(l.split('\t')[3]!);
  const heldOut: string[] = [];
  const others: string[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()) {
    let lineNo = -1;
    for await (const line of createInterface({ input: createReadStream(join(dir, file), 'utf8'), crlfDelay: Infinity })) {
      if (!line.trim()) continue;
      lineNo++;
      const doc = JSON.parse(line) as { id: string; text: string };
      if (isHeldOut(doc.id)) heldOut.push(doc.text.normalize('NFC'));
      // Lines 1, 8, 15, … of each file: the page makers take none of them (make-ocr-pairs.ts 0, 7, …;
      // make-scan-pages.ts the other offsets).
      else if (lineNo % 7 === 1 && !used.has(doc.id)) others.push(doc.text.normalize('NFC'));
    }
  }
  const step = Math.max(1, Math.floor(others.length / Math.max(1, limit - heldOut.length)));
  return { heldOut, others: others.filter((_, i) => i % step === 0).slice(0, Math.max(0, limit - heldOut.length)) };
}

/** Corpus ids of the scan pages (pages.tsv). */
function scanPageDocuments(): string[] {
  const list = join(SCAN_DATA, 'pages.tsv');
  return existsSync(list)
    ? readFileSync(list, 'utf8')
        .split('\n')
        .slice(1)
        .map((l) => l.split('\t')[7] ?? '')
        .filter(Boolean)
    : [];
}

/** Text cut at a line end near `chars`. */
const cut = (text: string, chars: number) => (text.length <= chars ? text : text.slice(0, Math.max(text.lastIndexOf('\n', chars), 1)));

async function cleanText(restorer: Restorer): Promise<string[]> {
  const { heldOut, others } = await cleanCorpus(CLEAN_CORPUS_DOCUMENTS);
  const texts: Array<[string, string[]]> = [
    ['seeds 001, 002', ['001', '002'].map((n) => readFileSync(seedPath(n), 'utf8').normalize('NFC'))],
    [`${heldOut.length} LM held-out corpus documents`, heldOut.map((d) => cut(d, CLEAN_DOCUMENT_CHARS))],
    [`${others.length} other corpus documents (LM saw them)`, others.map((d) => cut(d, CLEAN_DOCUMENT_CHARS))],
  ];
  console.log(
    `clean text (each document's first ${CLEAN_DOCUMENT_CHARS / 1000}k characters), changed syllables per 10,000 (score.mjs edits of the output against the input):`,
  );
  for (const [label, docs] of texts) {
    const cells: string[] = [];
    for (const mode of ['auto', 'always'] as const) {
      // One text, scored in long chunks: one score.mjs process per 600 lines, not per document.
      const text = docs.join('\n');
      const total = scoreLines(restorer.restoreText(text, { mode }), text, 600);
      cells.push(`${mode} ${((1e4 * total.edits) / total.gold).toFixed(2)} (${total.edits} of ${total.gold})`);
    }
    console.log(`  ${label.padEnd(42)} ${cells.join('; ')}`);
  }
  return heldOut;
}

function throughput(restorer: Restorer, docs: readonly string[]): void {
  let sample = '';
  for (const d of docs) {
    if ((sample.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) > 150_000) break;
    sample += stripDiacritics(d) + '\n\n';
  }
  const n = sample.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  restorer.restoreText(sample, { mode: 'always' }); // warm
  const cpu: number[] = [];
  for (let i = 0; i < 5; i++) {
    const c0 = process.cpuUsage();
    restorer.restoreText(sample, { mode: 'always' });
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  console.log(
    `speed, committed models, stripped held-out text (${n} syllables): ${Math.round(n / (median(cpu) / 1000))} syllables/s CPU (median of 5; slowest ${Math.round(n / (Math.max(...cpu) / 1000))})`,
  );
}

export async function run(): Promise<void> {
  if (!hasShared) {
    console.log(`skipped: ../shared not found at ${sharedDir} (set CCHC_SHARED)`);
    return;
  }
  try {
    const pages = scanPages();
    const kinds = new Map<string, number>();
    for (const p of pages) kinds.set(p.kind, (kinds.get(p.kind) ?? 0) + 1);
    console.log(
      `scan pages (scripts/make-scan-pages.ts): ${pages.length} — ${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ') || 'none: run it first'}`,
    );
    byPageShape(leaveOneSourceOut());
    const restorer = new Restorer();
    realTests(restorer);
    const corpus = await cleanText(restorer);
    throughput(restorer, corpus);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
