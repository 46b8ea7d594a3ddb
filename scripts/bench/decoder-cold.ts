// Run by decoder-cold.bench.ts in a fresh process: the first Decoder.decode of one OCR'd file, as
// `cchc normalize` runs it (built dist/, heavy channel profile, candidate table), after the modules
// and models are loaded. Prints one JSON line: ms of the main thread (Linux: its own CPU clock, so
// the compiler and GC helper threads running beside it are not counted) and of the whole process,
// for the decode and for the channel calls inside it.
import { openSync, readFileSync, readSync } from 'node:fs';

const path = process.argv[2]!;
const dist = new URL('../../dist/', import.meta.url);
const { loadModel } = (await import(new URL('restore/lm/load.js', dist).href)) as typeof import('../../src/restore/lm/load.js');
const { Decoder } = (await import(new URL('restore/decoder.js', dist).href)) as typeof import('../../src/restore/decoder.js');
const { candidates } = (await import(new URL('restore/channel/index.js', dist).href)) as typeof import('../../src/restore/channel/index.js');
const { candidateTable } = (await import(new URL('restore/channel/table.js', dist).href)) as typeof import('../../src/restore/channel/table.js');
const { cleanupOcr } = (await import(new URL('restore/cleanup.js', dist).href)) as typeof import('../../src/restore/cleanup.js');

/** CPU ms of this thread from /proc/thread-self/schedstat; the whole process's where that is missing. */
const mainThreadMs = (() => {
  try {
    const fd = openSync('/proc/thread-self/schedstat', 'r');
    const buffer = Buffer.alloc(64);
    return () => Number(buffer.toString('latin1', 0, readSync(fd, buffer, 0, 64, 0)).split(' ')[0]) / 1e6;
  } catch {
    return () => {
      const u = process.cpuUsage();
      return (u.user + u.system) / 1000;
    };
  }
})();
const processMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

const { lm, lexicon } = loadModel();
const options = { profile: 'heavy' as const, table: candidateTable('heavy', lexicon, lexicon.fingerprint) };
let channelMs = 0;
const decoder = new Decoder(lm, lexicon, (token, lex) => {
  const t = mainThreadMs();
  const list = candidates(token, lex, options);
  channelMs += mainThreadMs() - t;
  return list;
});
const text = cleanupOcr(readFileSync(path, 'utf8').normalize('NFC')).text;
const main0 = mainThreadMs();
const process0 = processMs();
const changes = decoder.decode(text);
const decodeMs = mainThreadMs() - main0;
console.log(
  JSON.stringify({ decodeMs, channelMs, restMs: decodeMs - channelMs, decodeProcessMs: processMs() - process0, changes: changes.length }),
);
