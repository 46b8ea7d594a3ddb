// Run by restore.bench.ts in a fresh process: where a cold `cchc normalize` of one OCR'd file spends
// its time, stage by stage, on the built modules (dist/, unbundled; under tsx): importing them,
// loading the models, the OCR clean-up, and the first Decoder.decode as restoreText() (what the CLI
// prints) runs it: heavy channel profile, the table's stored lists, no confidences. Decode times are of the main thread (Linux: its own CPU clock,
// so the compiler and GC threads running beside it are not counted) and of the whole process; the
// channel's share (candidates() inside the decode) and the compiled beam search's (WasmBeam.run)
// are given apart. Prints one JSON line.
import { openSync, readFileSync, readSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const path = process.argv[2]!;
const dist = new URL('../../dist/', import.meta.url);
const t0 = performance.now();
const { loadModel } = (await import(new URL('restore/lm/load.js', dist).href)) as typeof import('../../src/restore/lm/load.js');
const { Decoder } = (await import(new URL('restore/decoder.js', dist).href)) as typeof import('../../src/restore/decoder.js');
const { candidates, DEFAULT_MAX } = (await import(
  new URL('restore/channel/index.js', dist).href
)) as typeof import('../../src/restore/channel/index.js');
const { CandidateTableSource } = (await import(
  new URL('restore/channel/table.js', dist).href
)) as typeof import('../../src/restore/channel/table.js');
const { defaultModelPaths } = (await import(
  new URL('restore/model-path.js', dist).href
)) as typeof import('../../src/restore/model-path.js');
const { cleanupOcr } = (await import(new URL('restore/cleanup.js', dist).href)) as typeof import('../../src/restore/cleanup.js');
const t1 = performance.now();

/** CPU ms of this thread from /proc/thread-self/schedstat; the whole process's where that is missing. */
const mainThreadMs = (() => {
  try {
    const fd = openSync('/proc/thread-self/schedstat', 'r');
    const buffer = Buffer.alloc(64);
    return () => Number(buffer.toString('latin1', 0, readSync(fd, buffer, 0, 64, 0)).split(' ')[0]) / 1e6;
  } catch {
    return processMs;
  }
})();
function processMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

const { lm, lexicon, id } = loadModel();
// As a Restorer does: the table file read once.
const tables = new CandidateTableSource(defaultModelPaths());
const options = { profile: 'heavy' as const, table: tables.table('heavy', lexicon, id) };
const t2 = performance.now();
const text = cleanupOcr(readFileSync(path, 'utf8').normalize('NFC')).text;
const t3 = performance.now();
let channelMs = 0;
const idOf = (word: string) => lm.id(word);
const decoder = new Decoder(
  lm,
  lexicon,
  (token, lex) => {
    const t = mainThreadMs();
    const list = candidates(token, lex, options);
    channelMs += mainThreadMs() - t;
    return list;
  },
  {
    storedLists: (token) => {
      const t = mainThreadMs();
      const list = options.table?.lookupIds(token, lexicon, DEFAULT_MAX, idOf);
      channelMs += mainThreadMs() - t;
      return list;
    },
  },
);
// The compiled search's share: its runs timed where the decoder calls them.
let searchMs = 0;
const beam = lm.beam;
if (beam) {
  const run = beam.run.bind(beam);
  beam.run = (n, width, bounded) => {
    const t = mainThreadMs();
    run(n, width, bounded);
    searchMs += mainThreadMs() - t;
  };
}
const main0 = mainThreadMs();
const process0 = processMs();
const changes = decoder.decode(text, { confidence: false });
const decodeMs = mainThreadMs() - main0;
const decodeProcessMs = processMs() - process0;
console.log(
  JSON.stringify({
    importMs: t1 - t0,
    modelLoadMs: t2 - t1,
    cleanupMs: t3 - t2,
    decodeMs,
    channelMs,
    searchMs,
    decodeProcessMs,
    sinceProcessStartMs: performance.now(),
    changes: changes.length,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
