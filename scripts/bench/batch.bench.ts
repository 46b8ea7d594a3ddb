// cchc batch on the synthetic archive (scripts/make-archive.ts: 1,000
// documents, mixed layouts and encodings, OCR-like noise, broken files), run
// as the real CLI from compiled JavaScript, --restore auto (restoration on):
// documents/s with --jobs 1 and 2, the speed-up, peak RSS of the whole process
// tree (sampled from /proc), and whether the combined outputs are the same
// bytes whatever --jobs. Targets: ≥ 20 docs/s with --jobs 2, near-linear
// speed-up, ≤ 500 MB.
//   BENCH_ARCHIVE=/tmp/cchc-archive BENCH_DOCS=1000 BENCH_RUNS=3 npm run bench batch
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { median } from './measure.js';
import { makeArchive, type ArchiveEntry } from '../make-archive.js';

/** The name report.json gives each encoding the generator used. */
const EXPECTED_NAME: Record<string, string> = {
  'utf-8': 'utf-8',
  'utf-8-bom': 'utf-8',
  'utf-16le': 'utf-16le',
  tcvn3: 'tcvn3',
  vni: 'vni',
  viscii: 'viscii',
  'windows-1258': 'windows-1258',
  'tcvn3-as-cp1252': 'tcvn3 (repaired from windows-1252)',
};

const repo = join(import.meta.dirname, '../..');
const work = join(repo, 'bench-out');
const archive = process.env.BENCH_ARCHIVE ?? '/tmp/cchc-archive';
const docs = Number(process.env.BENCH_DOCS ?? 1000);
const runs = Number(process.env.BENCH_RUNS ?? 3);
const COMBINED = ['tasks.csv', 'targets.csv', 'documents.ndjson', 'report.json'];

export async function run(): Promise<void> {
  if (!existsSync(archive) || process.env.BENCH_REGENERATE) {
    const made = makeArchive(archive, docs, 1);
    console.log(`archive: ${made.files} files (${made.broken} broken) written to ${archive}`);
  } else console.log(`archive: ${archive} (reused; BENCH_REGENERATE=1 to rebuild)`);

  // The CLI as users run it: compiled JavaScript (tsc emits even if others' files have type errors).
  const dist = join(work, 'dist');
  rmSync(dist, { recursive: true, force: true });
  try {
    execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json', '--outDir', dist], { cwd: repo, stdio: 'pipe' });
  } catch {
    console.log('(tsc reported type errors in the tree; using what it emitted)');
  }
  const cli = join(work, 'cchc-bench.mjs');
  writeFileSync(cli, "import { main } from './dist/cli/main.js';\nprocess.exitCode = await main(process.argv.slice(2));\n");

  // Runs alternate between --jobs 1 and 2, so that a burst of load from other processes hits both.
  const samples = new Map<number, { times: number[]; cores: number[]; rss: number; loads: string[] }>(
    [1, 2].map((j) => [j, { times: [], cores: [], rss: 0, loads: [] }]),
  );
  for (let r = 0; r < runs; r++) {
    for (const jobs of [1, 2]) {
      const sample = samples.get(jobs)!;
      const out = join(work, `batch-j${jobs}`);
      rmSync(out, { recursive: true, force: true });
      const load = loadavg()[0]!;
      const measured = await timeProcess(process.execPath, [cli, 'batch', archive, '--out', out, '--jobs', String(jobs), '--quiet']);
      sample.loads.push(`${load.toFixed(1)}→${loadavg()[0]!.toFixed(1)}`); // other processes skew every figure: say how busy it was
      sample.times.push(measured.seconds);
      sample.cores.push(measured.cpuSeconds / measured.seconds);
      sample.rss = Math.max(sample.rss, measured.peakRssMb);
    }
  }
  const results = new Map<number, { seconds: number; rssMb: number; out: string; inputs: number; failed: number }>();
  for (const [jobs, sample] of samples) {
    const out = join(work, `batch-j${jobs}`);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    const r = { seconds: median(sample.times), rssMb: sample.rss, out, inputs: report.totals.inputs, failed: report.totals.failed };
    results.set(jobs, r);
    console.log(
      `--jobs ${jobs}: ${r.inputs} inputs in ${r.seconds.toFixed(1)} s (median of ${runs}: ${sample.times.map((t) => t.toFixed(1)).join(', ')}) = ` +
        `${(r.inputs / r.seconds).toFixed(1)} documents/s; peak RSS ${r.rssMb} MB; ${report.totals.converted} converted, ` +
        `${report.totals.convertedWithWarnings} with warnings, ${r.failed} failed; load average ${sample.loads.join(', ')} on ${availableParallelism()} cores; ` +
        `CPU the machine gave the run: ${sample.cores.map((c) => c.toFixed(2)).join(', ')} cores`,
    );
  }
  const one = results.get(1)!;
  const two = results.get(2)!;
  console.log(
    `speed-up 1 → 2 jobs: ×${(one.seconds / two.seconds).toFixed(2)} (wall time; limited by the cores other processes leave free, see above)`,
  );
  const combined = [...COMBINED, ...readdirSync(one.out).filter((f) => f.endsWith('.csv') && !COMBINED.includes(f))];
  const same = combined.filter((f) => readFileSync(join(one.out, f)).equals(readFileSync(join(two.out, f))));
  const perInput = sameTree(one.out, two.out);
  console.log(
    `combined outputs identical across --jobs: ${same.length}/${combined.length} (${same.join(', ')}); per-input JSON identical: ${perInput}`,
  );

  // Encodings found against the truth the generator wrote (hidden .manifest.json is not an input).
  const manifest = JSON.parse(readFileSync(join(archive, '.manifest.json'), 'utf8')) as ArchiveEntry[];
  const found = new Map<string, string | undefined>(
    (JSON.parse(readFileSync(join(two.out, 'report.json'), 'utf8')) as { inputs: Array<{ file: string; encoding?: string }> }).inputs.map(
      (o) => [o.file, o.encoding],
    ),
  );
  const text = manifest.filter((m) => m.encoding);
  const right = text.filter((m) => found.get(m.file) === EXPECTED_NAME[m.encoding!]);
  console.log(
    `encoding recognised: ${right.length}/${text.length} text inputs` +
      (right.length < text.length
        ? ` (missed: ${text
            .filter((m) => !right.includes(m))
            .slice(0, 5)
            .map((m) => `${m.file} ${m.encoding}→${found.get(m.file)}`)
            .join('; ')})`
        : ''),
  );

  // Resume: everything up to date, so a re-run only hashes the inputs.
  const resume = await timeProcess(process.execPath, [cli, 'batch', archive, '--out', two.out, '--jobs', '2', '--quiet']);
  console.log(`re-run with everything up to date: ${resume.seconds.toFixed(1)} s`);
}

/** Wall time of a child process and the peak of the summed RSS of it and its descendants. */
function timeProcess(command: string, args: string[]): Promise<{ seconds: number; peakRssMb: number; cpuSeconds: number }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(command, args, { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'] });
    let peak = 0;
    let cpu = 0;
    const timer = setInterval(() => {
      peak = Math.max(peak, treeRssKb(child.pid!));
      cpu = Math.max(cpu, cpuSeconds(child.pid!));
    }, 100);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(timer);
      if (code !== 0 && code !== 1) return reject(new Error(`cchc batch exited with ${code}`));
      resolve({ seconds: (performance.now() - t0) / 1000, peakRssMb: Math.round(peak / 1024), cpuSeconds: cpu });
    });
  });
}

/** CPU time (user + system, all threads) of a process so far, from /proc/<pid>/stat (clock ticks of 1/100 s). */
function cpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

function treeRssKb(pid: number): number {
  let total = 0;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim();
    for (const child of children ? children.split(/\s+/) : []) total += treeRssKb(Number(child));
  } catch {
    // The process ended between two reads.
  }
  return total;
}

function sameTree(a: string, b: string): boolean {
  const files = (dir: string) =>
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith('.json') && !e.name.startsWith('.'))
      .map((e) => join(e.parentPath, e.name).slice(dir.length));
  const left = files(a).sort();
  const right = files(b).sort();
  return left.length === right.length && left.every((f, i) => f === right[i] && readFileSync(join(a, f)).equals(readFileSync(join(b, f))));
}
