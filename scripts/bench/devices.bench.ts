// npm run bench devices: what the compiled beam search buys (issue 18 §6), in fresh processes, with
// it and without it ($CCHC_WASM_OFF=beam, src/restore/wasm/api.ts: its JavaScript search then runs,
// with the same results) interleaved run by run, so that the machine's drift hits both alike.
// Figures only; a device stays when it buys at least 5% of a command's time. For each: a cold
// `cchc normalize` of seed 000 and a cold `cchc parse` of the OCR'd fixture
// fixtures/ocr/interleaved-table.txt (bin/cchc.js, the built bundle: npm run build first), and the
// warm throughput of a restorer (devices-warm.ts); CPU time (all threads) and wall time.
// CCHC_BENCH_RUNS sets the runs (9).
//
// Then correction mode's cost on clean text (issue 16 item 2 made `--restore auto`, the default,
// decode text that kept its marks and keep only strong changes; before it, auto did nothing there,
// as `--restore never` does now): cold `cchc parse` (fresh processes, auto and never interleaved) and
// warm parse in one process (devices-warm-parse.ts) of seeds 001 and 002 and a clean development
// plan, CCHC_BENCH_CORRECTION_RUNS cold runs (11) and CCHC_BENCH_WARM_RUNS warm ones (101). CCHC_BENCH_DEVICES=beam or =correction runs one part.
// The gate that makes auto cost what never costs there: a screen without a model
// (src/restore/ocr-signs.ts) corrects only a text with at least one sign of OCR a 1,000 tokens
// (a sentence broken across a blank line, a marked token that spells no syllable, …); the three
// texts show 0.30, 0 and 0.69 and are not decoded, nor are the models loaded. 2026-12-07, load
// average 17-18, auto against never, CPU, seed 001 / 002 / plan:
//   main (every such text corrected), 2 runs: cold +33/+26/+38% and +25/+37/+36%,
//     warm +31/+31/+85% and +45/+27/+55%;
//   with the screen, 4 runs: cold +2/-17/+3%, +1/+3/+2%, +12/+14/+4% and +5/+1/+3%;
//     warm +6/-13/-3%, +25/-18/+32%, +11/+22/+8% and +22/+4/-13%.
// Between runs the medians of 11 move by 15% and more at that load, and warm parses of a few ms
// more still: warm runs are now 101 after 10 warm-ups each. Quiet machine (load ~1), 2026-12-07,
// auto against never, CPU / wall, seed 001 / 002 / plan: cold +2/+1/+1% / +1/-3/+0%, warm
// +4/+2/+5% / +1/+2/+5%. Measured alone, the screen costs 16-37 ms CPU on its first call (of a
// ~800 ms cold parse) and 0.3-0.5 ms warm (ocrMarks on the plan's 27 KB: ~0.26 ms).
// (npm run bench restore prints the screen's figures on near-correct OCR and on clean text.)
//
// CCHC_BENCH_DEVICES=against CCHC_BENCH_AGAINST=<commit>[,<commit>…] (HEAD~1 by default): this tree,
// built, against the same three measures built from other commits (each the tree without one device,
// or with one), CCHC_BENCH_RUNS interleaved fresh processes each (11), and whether the cold runs
// printed the same output. CCHC_BENCH_WARM=0 skips the warm measure (for devices of the bundles). CCHC_WASM_OFF=beam measures both with the JavaScript search.
// Looked at and not done (2026-12-06): an exact gate skipping the search of sentences where no
// change can reach correct.ts's bar. Its bound must hold over every path the beam may take: over
// all contexts, a printed syllable's best alternative is bounded at 27–37 nats (10th–90th
// percentile) against a bar of 12, so 93% of seed 001's tokens could not be gated; over the neighbours' real candidate lists (each trigram's term maximised
// on its own) only 36 of 6,066 tokens and 28 of 582 sentences can reach it, but that costs ~4,500
// trigram lookups a token where the search costs tens; free left context with the right
// neighbour's list (a table per printed pair) leaves 53% of tokens able to. Nor could such a gate
// spare the models' cold read: some sentence of nearly every document needs the search.
// Measured and kept (CCHC_BENCH_DEVICES=against, 11 runs, load average ~14, 2026-12-07):
//   the OCR channel's arrays and index loops (src/restore/channel/keys.ts, index.ts, ranking.ts),
//     against the same written plainly (Maps, for…of, sort and slice): the plain code took CPU
//     +14% cold normalize of seed 000 (970 vs 835 ms), +4% cold parse of the OCR'd fixture, warm
//     the same (130 vs 133 ms).
//   the bundles' doors (scripts/bundle-cli.ts) with zod imported as a namespace, against the tree
//     before them, 9 runs, load ~15: cold schema 212 vs 479 ms, cold parse 839 vs 893, normalize the
//     same; the agency tables built on first use (src/lazy.ts), same runs: cold parse of the OCR'd
//     fixture 810 vs 839 ms, of fixtures/clean-plan.txt 492 vs 536 (11 runs).
// Measured and removed:
//   V8-shaped blocks, CCHC_BENCH_DEVICES=against, 11 runs, load average ~14, 2026-12-07, CPU of the
//   tree with the block against without, cold normalize / cold parse / warm: the decoder's layout
//   (typed-array scratch of the JavaScript beam, branches laid out for the optimiser) +0.4/+3.3/+4.8%
//   (with CCHC_WASM_OFF=beam, where that search runs, -7.4/-3.6/-12.1%); the token scanner's class
//   table (lm/tokens.ts, now its regexp) -19.5/-1.8/+32% and +9.2/+4.5/-3.7% in two runs; applyCase's
//   ASCII path, sniffBinary's and NgramModel's index loops +1.2/+6.8/-11.3% (minima within 3%);
//   the compiled key search (assembly/keys.ts), 2026-12-06, 6 interleaved runs, load average ~12:
//     without it, CPU time -1.9% cold normalize, -9.1% cold parse, -6.5% warm restore (it bought
//     nothing; its memory and trie links cost a little);
//   the WebAssembly copy of fingerprint64 (assembly/hash.ts): nothing measurable; the fingerprints
//     themselves are gone since model files carry ids (src/restore/model-ids.ts);
//   bundles rewritten in ASCII only (scripts/bundle-cli.ts): 2-4 ms, under 1% of a cold normalize;
//   the model files read ahead on libuv's thread pool while a command's code loaded (openRestorer,
//     model-files.ts), 2026-12-07, 11 interleaved fresh processes, load ~1: cold normalize of seed
//     000 0.46 against 0.48 s wall, 0.70 s CPU both; cold parse of seed 003 0.83 / 0.84 s wall.
import { execFileSync, execSync, spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { median } from './measure.js';
import { seedPath } from '../../tests/helpers/shared.js';
import { sharedDir } from './shared-texts.js';
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';

const root = resolve(import.meta.dirname, '../..');
const RUNS = Number(process.env.CCHC_BENCH_RUNS ?? 9);
const VARIANTS = { 'beam on': '', 'beam off': 'beam' } as const;
type Variant = keyof typeof VARIANTS;
const COMMANDS = ['normalize', 'parse', 'warm'] as const;
type Command = (typeof COMMANDS)[number];

const envOf = (variant: Variant) => ({ ...process.env, CCHC_WASM_OFF: VARIANTS[variant] });

interface Time {
  wall: number;
  /** CPU time of the process, all threads: what the machine's other load moves least. */
  cpu: number;
}

function cold(variant: Variant, args: string[]): Time {
  return coldIn(root, envOf(variant), args).time;
}

/** A fresh `cchc` of the tree `tree` (its built bin/cchc.js): its time and what it printed. */
function coldIn(tree: string, env: NodeJS.ProcessEnv, args: string[]): { time: Time; stdout: string } {
  const t0 = performance.now();
  const run = spawnSync(process.execPath, ['--require', join(root, 'scripts/bench/cpu-at-exit.cjs'), join(tree, 'bin/cchc.js'), ...args], {
    cwd: root,
    env,
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  const wall = performance.now() - t0;
  const used = /cchc-cpu (\{.*\})/.exec(run.stderr)?.[1];
  if (run.status !== 0 || !used) throw new Error(`cchc ${args.join(' ')}: ${run.stderr}`);
  const { user, system } = JSON.parse(used) as { user: number; system: number };
  return { time: { wall, cpu: (user + system) / 1000 }, stdout: run.stdout };
}

function warm(variant: Variant, seed: string, env: NodeJS.ProcessEnv = envOf(variant)): Time {
  const out = execFileSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/bench/devices-warm.ts'), seed], {
    cwd: root,
    env,
    encoding: 'utf8',
  });
  const { ms, cpuMs } = JSON.parse(out.trim().split('\n').pop()!) as { ms: number; cpuMs: number };
  return { wall: ms, cpu: cpuMs };
}

export async function run(): Promise<void> {
  const part = process.env.CCHC_BENCH_DEVICES;
  if (part === 'against') return againstCommits((process.env.CCHC_BENCH_AGAINST ?? 'HEAD~1').split(','));
  if (part !== 'correction') beamDevice();
  if (part !== 'beam') correctionCost();
}

/**
 * This tree (built: npm run build) against the same commands built from another commit, fresh
 * processes interleaved run by run: what a device that commit had and this tree has not (or the
 * other way round) buys. The commit's files are taken out with `git archive` into a scratch folder
 * (node_modules linked from here), built there (tsc and the bundles) and removed afterwards. The
 * cold runs' outputs are compared too: a device must not change them.
 */
function againstCommits(commits: string[]): void {
  const trees: Record<string, string> = { 'this tree': root };
  try {
    for (const commit of commits) {
      const tree = mkdtempSync(join(tmpdir(), 'cchc-against-'));
      trees[commit] = tree;
      console.log(`\nbuilding ${commit} in ${tree} …`);
      execSync(`git archive ${commit} | tar -x -C ${tree}`, { cwd: root, stdio: 'inherit' });
      symlinkSync(join(root, 'node_modules'), join(tree, 'node_modules'));
      execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], {
        cwd: tree,
        stdio: 'inherit',
      });
      execFileSync(process.execPath, ['--import', 'tsx', join(tree, 'scripts/bundle-cli.ts')], { cwd: tree, stdio: 'inherit' });
    }
    compareTrees(trees);
  } finally {
    for (const commit of commits) if (trees[commit]) rmSync(trees[commit], { recursive: true, force: true });
  }
}

type ColdCommand = 'normalize' | 'parse' | 'schema';
type TreeCommand = ColdCommand | 'warm';

function compareTrees(trees: Record<string, string>): void {
  const seed = seedPath('000');
  const ocr = join(root, 'fixtures/ocr/interleaved-table.txt');
  const names = Object.keys(trees);
  const runs = Number(process.env.CCHC_BENCH_RUNS ?? 11);
  // CCHC_BENCH_WARM=0: cold runs only (a device of the bundles or the launcher leaves warm code as it is).
  const withWarm = process.env.CCHC_BENCH_WARM !== '0';
  // CCHC_WASM_OFF=beam measures the JavaScript search (decoder.ts) instead of the compiled one.
  const env = { ...process.env, CCHC_WASM_OFF: process.env.CCHC_WASM_OFF ?? '' };
  // schema: a command that reads no text and no model, what start-up alone costs (the bundles' devices).
  const commands: Record<ColdCommand, string[]> = { normalize: ['normalize', seed], parse: ['parse', ocr], schema: ['schema'] };
  const times = Object.fromEntries(
    names.map((n) => [n, { normalize: [] as Time[], parse: [] as Time[], schema: [] as Time[], warm: [] as Time[] }]),
  ) as Record<string, Record<TreeCommand, Time[]>>;
  const outputs = new Map<string, Set<string>>();
  for (let i = 0; i < runs; i++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(i + k) % names.length]!;
      for (const [command, args] of Object.entries(commands) as Array<[ColdCommand, string[]]>) {
        const { time, stdout } = coldIn(trees[name]!, env, args);
        times[name]![command].push(time);
        if (!outputs.has(command)) outputs.set(command, new Set());
        outputs.get(command)!.add(stdout);
      }
      if (withWarm) times[name]!.warm.push(warm('beam on', seed, { ...env, CCHC_BENCH_ROOT: trees[name] }));
    }
  }
  const width = Math.max(13, ...names.map((n) => n.length));
  for (const measure of ['cpu', 'wall'] as const) {
    const of = (name: string, c: TreeCommand) => times[name]![c].map((t) => t[measure]);
    console.log(
      `\n${measure === 'cpu' ? 'CPU time (all threads)' : 'wall time'}: ${runs} interleaved runs per tree; medians in ms (min), and the change against ${names[0]}`,
    );
    console.log(
      `${'tree'.padEnd(width)} | cold normalize seed 000 | cold parse ocr/interleaved-table | cold schema | warm restore (seed 000, OCR fixtures, stripped plan)`,
    );
    for (const name of names) {
      const cell = (c: TreeCommand) => {
        if (of(name, c).length === 0) return '-';
        const m = median(of(name, c));
        const base = median(of(names[0]!, c));
        const change = name === names[0] ? '' : ` ${m >= base ? '+' : ''}${((100 * (m - base)) / base).toFixed(1)}%`;
        return `${m.toFixed(0)} (${Math.min(...of(name, c)).toFixed(0)})${change}`;
      };
      console.log(`${name.padEnd(width)} | ${cell('normalize')} | ${cell('parse')} | ${cell('schema')} | ${cell('warm')}`);
    }
  }
  for (const [command, seen] of outputs)
    console.log(`cold ${command}: ${seen.size === 1 ? 'the same output' : 'OUTPUTS DIFFER'} in every run`);
}

function beamDevice(): void {
  const seed = seedPath('000');
  const ocr = join(root, 'fixtures/ocr/interleaved-table.txt');
  const variants = Object.keys(VARIANTS) as Variant[];
  const times = Object.fromEntries(
    variants.map((v) => [v, { normalize: [] as Time[], parse: [] as Time[], warm: [] as Time[] }]),
  ) as Record<Variant, Record<Command, Time[]>>;
  for (let i = 0; i < RUNS; i++) {
    // Each run in another order of the variants, so none is always first after a pause.
    for (let k = 0; k < variants.length; k++) {
      const variant = variants[(i + k) % variants.length]!;
      times[variant].normalize.push(cold(variant, ['normalize', seed]));
      times[variant].parse.push(cold(variant, ['parse', ocr]));
      times[variant].warm.push(warm(variant, seed));
    }
  }
  for (const measure of ['cpu', 'wall'] as const) {
    const of = (variant: Variant, c: Command) => times[variant][c].map((t) => t[measure]);
    const base = Object.fromEntries(COMMANDS.map((c) => [c, median(of('beam on', c))])) as Record<Command, number>;
    console.log(
      `\n${measure === 'cpu' ? 'CPU time (all threads)' : 'wall time'}: ${RUNS} interleaved runs per variant; medians in ms (min), and the change against beam on`,
    );
    console.log(
      `variant   | cold normalize seed 000 | cold parse ocr/interleaved-table | warm restore (seed 000, OCR fixtures, stripped plan)`,
    );
    for (const variant of variants) {
      const cell = (c: Command) => {
        const m = median(of(variant, c));
        const change = variant === 'beam on' ? '' : ` ${m >= base[c] ? '+' : ''}${((100 * (m - base[c])) / base[c]).toFixed(1)}%`;
        return `${m.toFixed(0)} (${Math.min(...of(variant, c)).toFixed(0)})${change}`;
      };
      console.log(`${variant.padEnd(9)} | ${cell('normalize')} | ${cell('parse')} | ${cell('warm')}`);
    }
  }
}

const CORRECTION_RUNS = Number(process.env.CCHC_BENCH_CORRECTION_RUNS ?? 11);
/** Warm parses take milliseconds, so many more of them: with 11, the medians moved by 10-30% from run to run. */
const WARM_RUNS = Number(process.env.CCHC_BENCH_WARM_RUNS ?? 101);
const MODES = ['auto', 'never'] as const;
type Mode = (typeof MODES)[number];

/** Cold and warm parse of clean texts with correction (auto) and without (never), interleaved. */
function correctionCost(): void {
  const texts: Array<[string, string]> = [
    ['seed 001', seedPath('001')],
    ['seed 002', seedPath('002')],
    // A clean development plan (gold/INDEX.md: dev), from another source than the seeds.
    ['plans e2m-341-KH', join(sharedDir, 'plans/e2m-Public_341-KH-STTTT-DakNong.txt')],
  ];
  console.log(
    `\ncorrection mode on clean text: parse with --restore auto against never (before correction mode, auto cost what never costs); medians of ${CORRECTION_RUNS} interleaved cold runs and ${WARM_RUNS} warm ones, ms; + the change`,
  );
  console.log(
    'text             | cold parse CPU auto / never | cold parse wall auto / never | warm parse CPU auto / never | warm parse wall auto / never',
  );
  for (const [name, path] of texts) {
    if (!existsSync(path)) {
      console.log(`${name.padEnd(16)} | (not in ../shared: skipped)`);
      continue;
    }
    const cold_: Record<Mode, Time[]> = { auto: [], never: [] };
    for (let i = 0; i < CORRECTION_RUNS; i++) {
      for (let k = 0; k < MODES.length; k++) {
        const mode = MODES[(i + k) % MODES.length]!;
        cold_[mode].push(cold('beam on', ['parse', '--restore', mode, path]));
      }
    }
    const out = execFileSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/bench/devices-warm-parse.ts'), path], {
      cwd: root,
      env: { ...process.env, CCHC_BENCH_RUNS: String(WARM_RUNS) },
      encoding: 'utf8',
    });
    const warm_ = JSON.parse(out.trim().split('\n').pop()!) as Record<Mode, Time>;
    const pair = (auto: number, never: number) =>
      `${auto.toFixed(0)} / ${never.toFixed(0)} (${auto >= never ? '+' : ''}${((100 * (auto - never)) / never).toFixed(0)}%)`;
    const coldOf = (mode: Mode, m: keyof Time) => median(cold_[mode].map((t) => t[m]));
    console.log(
      `${name.padEnd(16)} | ${pair(coldOf('auto', 'cpu'), coldOf('never', 'cpu'))} | ${pair(coldOf('auto', 'wall'), coldOf('never', 'wall'))} | ` +
        `${pair(warm_.auto.cpu, warm_.never.cpu)} | ${pair(warm_.auto.wall, warm_.never.wall)}`,
    );
  }
}
