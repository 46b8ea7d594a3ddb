// The OCR channel alone: load time of model/channel.json, candidates() on every distinct word of
// the OCR'd seeds with nothing cached (what a cold document pays), the same words again (cached),
// and the oracle recall on text never learned from (scripts/channel-coverage.ts has the full table).
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { candidates, clearChannelCaches } from '../../src/restore/channel/index.js';
import { channelTables } from '../../src/restore/channel/model.js';
import { loadModel } from '../../src/restore/lm/load.js';
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
  console.log(`candidates(), uncached: median ${median(cold).toFixed(0)} µs/word wall, ${median(coldCpu).toFixed(0)} µs/word CPU (${Math.round(1e6 / median(coldCpu))} words/s of CPU)`);
  console.log(`candidates(), cached: ${warm.toFixed(2)} µs/word (${Math.round(1e6 / warm)} words/s)`);
  console.log(`peak RSS: ${peakRssMb()} MB`);
}
