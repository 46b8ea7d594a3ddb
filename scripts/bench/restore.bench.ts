// npm run bench restore — diacritic restoration, scored by ../shared/tools/score.mjs (SER:
// syllable edit distance ÷ gold syllables, case-insensitive):
//   · seed 003 (OCR'd) against its gold, lines 1–300 (the channel learned from them) and 301–608 apart;
//   · the held-out 5% of the corpus (never trained on) with every diacritic stripped;
//   · do no harm: ../shared/ocr-pairs *.vie.txt / *.eng.txt against *.clean.txt, before and after;
//   · correction (auto on text that kept its marks): the *.vie.txt pairs document by document, raw and
//     auto; clean text (seeds 001 and 002, ../shared/plans, the held-out corpus) changed syllables per
//     10,000 and how many documents come back byte for byte;
//   · the screen before correction (restore/ocr-signs.ts): signs of OCR per 1,000 tokens on the
//     near-correct *.vie.txt pairs against clean text (the pairs' clean side, seeds 001 and 002,
//     ../shared/plans dev and holdout apart, the held-out corpus), and which texts it lets through;
//   · speed: syllables per second on one core, model load, a cold start on a 40 KB OCR'd document.
// CCHC_BENCH_HELDOUT_MAX caps the held-out syllables scored (default: all of them).
import { execFileSync, spawnSync } from 'node:child_process';
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { defaultRestorer, restore } from '../../src/default-restorer.js';
import { diacriticShare } from '../../src/restore/diacritic-share.js';
import { ocrMarks, showsOcr, MARKS_PER_THOUSAND_TOKENS } from '../../src/restore/ocr-signs.js';
import { isHeldOut } from '../../src/restore/lm/hash.js';
import { stripDiacritics, tokenCount } from '../../src/vietnamese/index.js';
import { hasShared, readShared, seedPath, sharedDir } from '../../tests/helpers/shared.js';
import { score, scoreLines, type Score } from './text-score.js';
import { median, peakRssMb } from './measure.js';
import { heldOutGoldIds } from './shared-texts.js';

const here = dirname(fileURLToPath(import.meta.url));
/** Pairs the channel did not learn from (HELD_OUT_PAIRS in scripts/learn-channel.ts). */
const HELD_OUT_PAIRS = ['p32', 'p33', 'p34', 'p35'];

/**
 * score.mjs on the lines that differ only, for texts restored line for line (the others add no
 * edits): a few lines of a long clean document instead of all of it in chunks.
 */
function scoreChangedLines(pred: string, gold: string): Score {
  const p = pred.split('\n');
  const g = gold.split('\n');
  if (p.length !== g.length) throw new Error('restoration changed the number of lines');
  const differ = g.map((_, i) => i).filter((i) => p[i] !== g[i]);
  const s = score(differ.map((i) => p[i]).join('\n'), differ.map((i) => g[i]).join('\n'));
  return { edits: s.edits, gold: syllableCount(gold) };
}

const pct = (s: Score) => `${((100 * s.edits) / s.gold).toFixed(2)}%`;
const syllableCount = (text: string) => text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

export async function heldOutDocuments(): Promise<string[]> {
  const dir = join(sharedDir, 'corpus');
  const docs: string[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()) {
    for await (const line of createInterface({ input: createReadStream(join(dir, file), 'utf8'), crlfDelay: Infinity })) {
      if (!line.trim()) continue;
      const doc = JSON.parse(line) as { id: string; text: string };
      if (isHeldOut(doc.id)) docs.push(doc.text.normalize('NFC'));
    }
  }
  return docs;
}

function seed003() {
  const input = readFileSync(seedPath('003'), 'utf8');
  const gold = readShared('gold/003.gold.txt');
  const out = restore(input, 'auto').text;
  const [o, g, i] = [out, gold, input].map((t) => t.split('\n'));
  const half = (lines: string[], from: number, to?: number) => lines.slice(from, to).join('\n');
  console.log("seed 003 (OCR'd) vs gold, SER by score.mjs:");
  console.log(`  raw OCR                 ${pct(score(input, gold))}`);
  console.log(`  normalized, all         ${pct(score(out, gold))}`);
  console.log(
    `  normalized, lines 1–300   ${pct(score(half(o!, 0, 300), half(g!, 0, 300)))}  (raw ${pct(score(half(i!, 0, 300), half(g!, 0, 300)))})`,
  );
  console.log(
    `  normalized, lines 301–608 ${pct(score(half(o!, 300), half(g!, 300)))}  (raw ${pct(score(half(i!, 300), half(g!, 300)))}) ← not learned from`,
  );
}

async function heldOut() {
  const docs = await heldOutDocuments();
  const cap = Number(process.env.CCHC_BENCH_HELDOUT_MAX ?? Infinity);
  let total = { edits: 0, gold: 0 };
  let syllables = 0;
  let used = 0;
  for (const gold of docs) {
    if (syllables >= cap) break;
    const stripped = stripDiacritics(gold);
    total = ((s) => ({ edits: total.edits + s.edits, gold: total.gold + s.gold }))(scoreLines(restore(stripped, 'always').text, gold));
    syllables += syllableCount(gold);
    used++;
  }
  console.log(
    `held-out corpus (${used} of ${docs.length} documents, ${syllables} syllables), all diacritics stripped, restored: SER ${pct(total)}`,
  );
  return docs;
}

function ocrPairs() {
  const dir = join(sharedDir, 'ocr-pairs');
  for (const kind of ['vie', 'eng'] as const) {
    const all = { before: { edits: 0, gold: 0 }, after: { edits: 0, gold: 0 } };
    const held = { before: { edits: 0, gold: 0 }, after: { edits: 0, gold: 0 } };
    const worse: string[] = [];
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith(`.${kind}.txt`))
      .sort()) {
      const name = file.slice(0, file.indexOf('.'));
      const clean = readFileSync(join(dir, `${name}.clean.txt`), 'utf8');
      const ocr = readFileSync(join(dir, file), 'utf8');
      const before = score(ocr, clean);
      const after = score(restore(ocr, 'always').text, clean);
      if (after.edits > before.edits) worse.push(`${name} ${before.edits}→${after.edits}`);
      for (const t of HELD_OUT_PAIRS.includes(name) ? [all, held] : [all]) {
        t.before.edits += before.edits;
        t.before.gold += before.gold;
        t.after.edits += after.edits;
        t.after.gold += after.gold;
      }
    }
    console.log(
      `ocr-pairs *.${kind}.txt (restore always): SER ${pct(all.before)} → ${pct(all.after)}; held-out ${HELD_OUT_PAIRS.join(',')}: ${pct(held.before)} → ${pct(held.after)}${worse.length ? `; worse on ${worse.join(', ')} edits` : ''}`,
    );
  }
}

/** Near-correct OCR (tesseract -l vie) in auto mode, document by document: SER raw → auto. */
function correctionOnNearCorrect() {
  const dir = join(sharedDir, 'ocr-pairs');
  const rows: string[] = [];
  const totals = { dev: { raw: 0, auto: 0, always: 0, gold: 0 }, held: { raw: 0, auto: 0, always: 0, gold: 0 } };
  let better = 0;
  const same: string[] = [];
  /** Documents the OCR read without an error: auto can at best leave them as they are. */
  const nothingToFix: string[] = [];
  const worse: string[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.vie.txt'))
    .sort()) {
    const name = file.slice(0, file.indexOf('.'));
    const clean = readFileSync(join(dir, `${name}.clean.txt`), 'utf8');
    const ocr = readFileSync(join(dir, file), 'utf8');
    const raw = score(ocr, clean);
    const auto = score(restore(ocr, 'auto').text, clean);
    const always = score(restore(ocr, 'always').text, clean);
    const t = HELD_OUT_PAIRS.includes(name) ? totals.held : totals.dev;
    t.always += always.edits;
    t.raw += raw.edits;
    t.auto += auto.edits;
    t.gold += raw.gold;
    if (auto.edits < raw.edits) better++;
    else if (auto.edits === raw.edits) (raw.edits === 0 ? nothingToFix : same).push(name);
    else worse.push(name);
    rows.push(`${name}${HELD_OUT_PAIRS.includes(name) ? '*' : ''} ${pct(raw)}→${pct(auto)} (${pct(always)})`);
  }
  const ser = (edits: number, gold: number) => `${((100 * edits) / gold).toFixed(2)}%`;
  console.log(
    `ocr-pairs *.vie.txt, SER raw → auto, corrected word by word (always): dev p00–p31 ${ser(totals.dev.raw, totals.dev.gold)} → ${ser(totals.dev.auto, totals.dev.gold)} (${ser(totals.dev.always, totals.dev.gold)}); ` +
      `held-out ${HELD_OUT_PAIRS.join(',')} ${ser(totals.held.raw, totals.held.gold)} → ${ser(totals.held.auto, totals.held.gold)} (${ser(totals.held.always, totals.held.gold)}); ` +
      `better on ${better}, the same on ${same.length}${same.length ? ` (${same.join(', ')})` : ''}, ` +
      `no error to fix on ${nothingToFix.length}${nothingToFix.length ? ` (${nothingToFix.join(', ')})` : ''}, ` +
      `worse on ${worse.length}${worse.length ? ` (${worse.join(', ')})` : ''}`,
  );
  for (let i = 0; i < rows.length; i += 4) console.log(`  ${rows.slice(i, i + 4).join('   ')}`);
}

/** Clean text in auto mode: syllables changed (score.mjs edits against the text itself) and documents returned byte for byte. */
function correctionOnClean(name: string, texts: Array<{ id: string; text: string }>, perDocument: boolean) {
  let edits = 0;
  let syllables = 0;
  let identical = 0;
  const changed: string[] = [];
  for (const { id, text } of texts) {
    const out = restore(text, 'auto').text;
    const n = syllableCount(text);
    syllables += n;
    const s = out === text ? { edits: 0, gold: n } : scoreChangedLines(out, text);
    if (out === text) identical++;
    edits += s.edits;
    if (perDocument || s.edits > 0) changed.push(`${id} ${s.edits}`);
  }
  console.log(
    `clean text, auto: ${name} (${texts.length} documents, ${syllables} syllables): ${edits} syllables changed, ` +
      `${((10_000 * edits) / Math.max(1, syllables)).toFixed(2)} per 10,000; ${identical} of ${texts.length} byte for byte` +
      (changed.length ? `; changed syllables by document: ${changed.join(', ')}` : ''),
  );
}

function cpuMs(fn: () => void): number {
  const c0 = process.cpuUsage();
  fn();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

function throughput(docs: string[]) {
  let sample = '';
  for (const d of docs) {
    if (syllableCount(sample) > 200_000) break;
    sample += stripDiacritics(d.slice(0, 60_000)) + '\n\n';
  }
  const n = syllableCount(sample);
  restore(sample, 'always'); // warm: model, channel caches, JIT
  const cpu: number[] = [];
  const wall: number[] = [];
  // Five runs: on the shared machine single runs vary by ±30%; the slowest is shown as well.
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    cpu.push(cpuMs(() => restore(sample, 'always')));
    wall.push(performance.now() - t0);
  }
  const rate = (syllables: number, ms: number) => Math.round(syllables / (ms / 1000));
  console.log(
    `throughput, stripped held-out text (${n} syllables): ${rate(n, median(cpu))} syllables/s CPU (slowest run ${rate(n, Math.max(...cpu))}), ` +
      `${rate(n, median(wall))} wall (median of 5; the machine is shared)`,
  );
  const ocr = readFileSync(seedPath('003'), 'utf8');
  const m = syllableCount(ocr);
  const ocrRuns = Array.from({ length: 9 }, () => cpuMs(() => restore(ocr, 'always')));
  console.log(
    `throughput, seed 003 OCR'd (${m} syllables, warm): ${rate(m, median(ocrRuns))} syllables/s CPU (slowest run ${rate(m, Math.max(...ocrRuns))}; median of 9)`,
  );
}

/** Auto mode on text that kept its marks: near-correct OCR, clean text, speed. `docs`: the held-out corpus. */
export function correction(docs: string[]): void {
  ocrScreen(docs);
  correctionOnNearCorrect();
  const seeds = ['001', '002'].map((id) => ({ id, text: readFileSync(seedPath(id), 'utf8') }));
  correctionOnClean('seeds 001 and 002', seeds, true);
  const plansDir = join(sharedDir, 'plans');
  const plans = readdirSync(plansDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ id: f.replace(/\.txt$/u, ''), text: readFileSync(join(plansDir, f), 'utf8') }));
  correctionOnClean('../shared/plans (development set)', plans, false);
  correctionOnClean(
    'held-out corpus (never trained on)',
    docs.map((text, i) => ({ id: `#${i}`, text })),
    false,
  );
  correctionSpeed(docs);
}

/**
 * Correction's speed: clean held-out text corrected as if an OCR had read it (readByOcr: decoded
 * whole, changes gated), syllables a second; and the screen's, auto on the same text (no sign of OCR).
 */
function correctionSpeed(docs: string[]) {
  let sample = '';
  for (const d of docs) {
    if (syllableCount(sample) > 200_000) break;
    sample += d.slice(0, 60_000) + '\n\n';
  }
  const n = syllableCount(sample);
  const corrected = () => defaultRestorer().restore(sample, { mode: 'auto', readByOcr: true });
  corrected();
  const cpu = Array.from({ length: 5 }, () => cpuMs(corrected));
  console.log(
    `throughput, correction (clean held-out text read as OCR, ${n} syllables): ${Math.round(n / (median(cpu) / 1000))} syllables/s CPU (slowest run ${Math.round(n / (Math.max(...cpu) / 1000))}; median of 5)`,
  );
  const screened = Array.from({ length: 5 }, () => cpuMs(() => restore(sample, 'auto')));
  console.log(
    `auto on the same text (screened, no sign of OCR: ${restore(sample, 'auto').restoration.skipped ?? 'corrected'}): ${median(screened).toFixed(1)} ms CPU, ${Math.round(n / (median(screened) / 1000))} syllables/s (median of 5)`,
  );
}

/** The screen before correction: signs of OCR a 1,000 tokens, near-correct OCR against clean text, and what it lets through. */
function ocrScreen(heldOutDocs: string[]) {
  const pairs = join(sharedDir, 'ocr-pairs');
  const read = (dir: string, suffix: string, held?: (f: string) => boolean) =>
    readdirSync(dir)
      .filter((f) => f.endsWith(suffix) && (held ? held(f) : true))
      .sort()
      .map((f) => ({ id: f.replace(/\.(vie|clean)?\.?txt$/u, ''), text: readFileSync(join(dir, f), 'utf8') }));
  const holdout = new Set([...heldOutGoldIds()].map((id) => id.replace(/^plans:/u, '')));
  const plansDir = join(sharedDir, 'plans');
  const sets: Array<[string, Array<{ id: string; text: string }>]> = [
    ['near-correct OCR, ocr-pairs *.vie.txt p00–p31', read(pairs, '.vie.txt', (f) => !HELD_OUT_PAIRS.some((p) => f.startsWith(p)))],
    ['near-correct OCR, held-out pairs p32–p35', read(pairs, '.vie.txt', (f) => HELD_OUT_PAIRS.some((p) => f.startsWith(p)))],
    ['clean: ocr-pairs *.clean.txt', read(pairs, '.clean.txt')],
    ['clean: seeds 001 and 002', ['001', '002'].map((id) => ({ id, text: readFileSync(seedPath(id), 'utf8') }))],
    ['clean: ../shared/plans, dev', read(plansDir, '.txt', (f) => !holdout.has(f))],
    ['clean: ../shared/plans, holdout', read(plansDir, '.txt', (f) => holdout.has(f))],
    ['clean: held-out corpus', heldOutDocs.map((text, i) => ({ id: `#${i}`, text }))],
  ];
  console.log(
    `screen before correction (restore/ocr-signs.ts): signs of OCR a 1,000 tokens; auto corrects a text that kept its marks from ${MARKS_PER_THOUSAND_TOKENS} on`,
  );
  for (const [name, texts] of sets) {
    const rates: number[] = [];
    const through: string[] = [];
    for (const { id, text } of texts) {
      const input = text.normalize('NFC');
      if (diacriticShare(input) < 0.5) continue; // lost its marks: restored, not corrected
      const rate = (1000 * ocrMarks(input)) / Math.max(1, tokenCount(input));
      rates.push(rate);
      if (showsOcr(input)) through.push(`${id} ${rate.toFixed(2)}`);
    }
    rates.sort((a, b) => a - b);
    const at = (q: number) => (rates[Math.min(rates.length - 1, Math.floor(q * rates.length))] ?? 0).toFixed(2);
    const list = name.startsWith('near') ? '' : through.length ? ` (${through.join(', ')})` : '';
    console.log(
      `  ${name}: ${rates.length} texts, min ${at(0)} median ${at(0.5)} max ${at(1)}; corrected ${through.length} of ${rates.length}${list}`,
    );
  }
}

/** Rebuilds dist/ when a source file is newer than it, so the cold start runs the code as it is now. */
function ensureBuilt(): void {
  const root = join(here, '../..');
  const newest = (dir: string, ext: string): number => {
    let t = 0;
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) t = Math.max(t, newest(p, ext));
      else if (e.name.endsWith(ext)) t = Math.max(t, statSync(p).mtimeMs);
    }
    return t;
  };
  // bin/cchc.js runs the bundle (scripts/bundle-cli.ts), which `npm run build` makes after tsc.
  const built = join(root, 'dist/bundle/main.js');
  const sources = Math.max(newest(join(root, 'src'), '.ts'), statSync(join(root, 'scripts/bundle-cli.ts')).mtimeMs);
  if (!existsSync(built) || sources > statSync(built).mtimeMs) {
    execFileSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  }
}

/** Preloaded into the measured process: prints its own CPU time (all threads) as it exits. */
const CPU_AT_EXIT = join(here, 'cpu-at-exit.cjs');

/** A fresh `node bin/cchc.js normalize <file>` on the built dist: wall and CPU (user + system) in ms. */
function coldNormalize(file: string, env: NodeJS.ProcessEnv = process.env): { wallMs: number; cpuMs: number } {
  const t0 = performance.now();
  const run = spawnSync(process.execPath, ['--require', CPU_AT_EXIT, join(here, '../../bin/cchc.js'), 'normalize', file], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    env,
  });
  const wallMs = performance.now() - t0;
  const cpu = /cchc-cpu (\{.*\})/.exec(run.stderr ?? '');
  if (run.status !== 0 || !cpu) throw new Error(`cchc normalize ${file} failed: ${run.stderr}`);
  const { user, system } = JSON.parse(cpu[1]!) as { user: number; system: number };
  return { wallMs, cpuMs: (user + system) / 1000 };
}

export function coldStart(): void {
  ensureBuilt();
  // NODE_EXTRA_CA_CERTS makes every node process read and parse that certificate bundle as it starts
  // (~25 ms here), before any of our code runs; some machines set it (this one does), most do not.
  // Runs without it are interleaved with the others and reported beside them.
  const { NODE_EXTRA_CA_CERTS: extraCerts, ...withoutCerts } = process.env;
  for (const seed of ['003', '000']) {
    const file = seedPath(seed);
    const runs: Array<{ wallMs: number; cpuMs: number }> = [];
    const plain: number[] = [];
    for (let i = 0; i < 9; i++) {
      runs.push(coldNormalize(file));
      if (extraCerts) plain.push(coldNormalize(file, withoutCerts).wallMs);
    }
    console.log(
      `cold start: fresh \`node bin/cchc.js normalize\` on seed ${seed} (${Math.round(readFileSync(file).length / 1024)} KB OCR'd), median of 9: ` +
        `${Math.round(median(runs.map((r) => r.wallMs)))} ms wall, ${Math.round(median(runs.map((r) => r.cpuMs)))} ms CPU (user+sys; the machine is shared)` +
        (extraCerts ? `; ${Math.round(median(plain))} ms wall without NODE_EXTRA_CA_CERTS` : '') +
        '; target ≤ 400 ms',
    );
  }
  // Where the time goes, stage by stage, in fresh processes that import the built modules themselves
  // (dist/, not the bundle the CLI runs, and under tsx, which adds its own start-up).
  for (const seed of ['003', '000']) {
    const runs = [0, 1, 2, 3, 4].map(() => {
      const out = execFileSync(process.execPath, ['--import', 'tsx', join(here, 'restore-cold.ts'), seedPath(seed)], { encoding: 'utf8' });
      return JSON.parse(out.trim().split('\n').pop()!) as Record<string, number>;
    });
    const med = (k: string) => Math.round(median(runs.map((r) => r[k]!)));
    console.log(
      `  breakdown, seed ${seed} (median of 5): modules ${med('importMs')} ms, models ${med('modelLoadMs')} ms, OCR clean-up ${med('cleanupMs')} ms, ` +
        `first decode ${med('decodeMs')} ms main thread (channel ${med('channelMs')}, compiled search ${med('searchMs')}, ` +
        `the rest ${med('decodeMs') - med('channelMs') - med('searchMs')}; ` +
        `${med('decodeProcessMs')} ms CPU with the compiler and GC threads); since process start ${med('sinceProcessStartMs')} ms; peak RSS ${med('peakRssMb')} MB`,
    );
  }
}

export async function run(): Promise<void> {
  if (!hasShared) {
    console.log(`skipped: ../shared not found at ${sharedDir} (set CCHC_SHARED)`);
    return;
  }
  const model = readFileSync(join(here, '../../model/lm.bin'));
  console.log(`model/lm.bin: ${(model.length / 1048576).toFixed(2)} MB`);
  seed003();
  ocrPairs();
  const docs = await heldOut();
  correction(docs);
  throughput(docs);
  coldStart();
  console.log(`peak RSS of the bench process: ${peakRssMb()} MB`);
}
