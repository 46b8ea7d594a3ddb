// The OCR channel alone: load time of model/channel.json, candidates() on every distinct word of
// the OCR'd seeds with nothing cached (what a cold document pays), the same words again (cached),
// and the oracle recall on text never learned from (scripts/channel-coverage.ts has the full table).
// Then each seed in fresh processes, as `cchc normalize` meets it: the words model/candidates.bin
// does not hold (misses), CPU of the first one (first-use setup) and of all.
//   npx tsx scripts/bench/channel.bench.ts <file>   one fresh-process measure, as JSON
import { spawnSync } from 'node:child_process';
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { candidates, clearChannelCaches } from '../../src/restore/channel/index.js';
import { channelTables } from '../../src/restore/channel/model.js';
import { candidateTable } from '../../src/restore/channel/table.js';
import { cleanupOcr } from '../../src/restore/cleanup.js';
import { loadModel } from '../../src/restore/lm/load.js';
import { lmTokens } from '../../src/restore/lm/tokens.js';
import { median, peakRssMb } from './measure.js';

const shared = process.env.CCHC_SHARED ?? resolve(import.meta.dirname, '../../../shared');

export async function run(): Promise<void> {
  let t0 = performance.now();
  channelTables('heavy');
  console.log(`channel.json load: ${(performance.now() - t0).toFixed(0)} ms (heavy profile; light loads on first use)`);
  const lexicon = loadModel().lexicon;
  const seeds = join(shared, 'seeds');
  if (!existsSync(seeds)) {
    console.log(`(../shared/seeds not found at ${seeds}: skipped)`);
    return;
  }
  const text = readdirSync(seeds)
    .filter((f) => /^00[034]_/.test(f))
    .map((f) => readFileSync(join(seeds, f), 'utf8'))
    .join('\n');
  const words = [...new Set((text.toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).filter((w) => /\p{L}/u.test(w)))];
  const all = text.toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
  // uncached: every distinct word once, caches emptied before each of 7 runs
  // (CPU time too: on a shared machine wall time mostly measures the neighbours)
  const cold: number[] = [];
  const coldCpu: number[] = [];
  for (let r = 0; r < 7; r++) {
    clearChannelCaches();
    t0 = performance.now();
    const c0 = process.cpuUsage();
    for (const w of words) candidates(w, lexicon);
    const c = process.cpuUsage(c0);
    cold.push(((performance.now() - t0) / words.length) * 1000);
    coldCpu.push((c.user + c.system) / words.length);
  }
  t0 = performance.now();
  for (let r = 0; r < 5; r++) for (const w of all) candidates(w, lexicon);
  const warm = ((performance.now() - t0) / (5 * all.length)) * 1000;
  console.log(`distinct words of seeds 000/003/004: ${words.length}; running words: ${all.length}`);
  console.log(
    `candidates(), uncached: median ${median(cold).toFixed(0)} µs/word wall, ${median(coldCpu).toFixed(0)} µs/word CPU (${Math.round(1e6 / median(coldCpu))} words/s of CPU)`,
  );
  console.log(`candidates(), cached: ${warm.toFixed(2)} µs/word (${Math.round(1e6 / warm)} words/s)`);
  console.log(`peak RSS: ${peakRssMb()} MB`);

  // Fresh processes (tsx: the same code as dist, transformed), interleaved over the seeds.
  const docs = readdirSync(seeds)
    .filter((f) => /^00[034]_/.test(f))
    .sort();
  const runs: Record<string, ColdDocument[]> = Object.fromEntries(docs.map((d) => [d, []]));
  for (let r = 0; r < 5; r++) {
    for (const doc of docs) {
      const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), join(seeds, doc)], {
        encoding: 'utf8',
      });
      if (child.status !== 0) throw new Error(child.stderr);
      runs[doc]!.push(JSON.parse(child.stdout) as ColdDocument);
    }
  }
  for (const doc of docs) {
    const m = (k: keyof ColdDocument) => median(runs[doc]!.map((x) => x[k])).toFixed(k === 'words' || k === 'misses' ? 0 : 1);
    console.log(
      `fresh process, ${doc.slice(0, 3)}: ${m('words')} distinct words, ${m('misses')} not in the table; ms (median of 5): ` +
        `first miss ${m('firstMiss')}, all misses ${m('missMs')}, all hits ${m('hitMs')} (wall, per call); all words ${m('cpuMs')} CPU`,
    );
  }
}

interface ColdDocument {
  words: number;
  misses: number;
  firstMiss: number;
  missMs: number;
  hitMs: number;
  cpuMs: number;
}

/** candidates() for a document's distinct words in order, as the decoder asks (table first), in this fresh process. */
function coldDocument(file: string): ColdDocument {
  const { lexicon, id } = loadModel();
  const table = candidateTable('heavy', lexicon, id);
  const seen = new Set<string>();
  const out: ColdDocument = { words: 0, misses: 0, firstMiss: 0, missMs: 0, hitMs: 0, cpuMs: 0 };
  const words: string[] = [];
  for (const token of lmTokens(cleanupOcr(readFileSync(file, 'utf8').normalize('NFC')).text)) {
    const word = token.text.toLowerCase();
    // The decoder keeps longer words as printed without asking the channel.
    if (token.kind !== 'word' || token.text.length > 12 || seen.has(word)) continue;
    seen.add(word);
    words.push(word);
  }
  const misses = words.map((word) => !table?.lookup(word, lexicon, 12));
  // Wall time per call (performance.now() costs little; process.cpuUsage() per call would weigh
  // more than a table hit), CPU time for the whole pass.
  const c0 = process.cpuUsage();
  words.forEach((word, i) => {
    const t0 = performance.now();
    candidates(word, lexicon, { profile: 'heavy', table });
    const ms = performance.now() - t0;
    if (misses[i] && !out.misses) out.firstMiss = ms;
    if (misses[i]) out.misses++;
    out[misses[i] ? 'missMs' : 'hitMs'] += ms;
  });
  const c = process.cpuUsage(c0);
  out.cpuMs = (c.user + c.system) / 1000;
  out.words = words.length;
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href && process.argv[2]) {
  console.log(JSON.stringify(coldDocument(process.argv[2])));
}
