// Run by devices.bench.ts in a fresh process: the first fingerprint64 of the model's vocabulary, what
// a cold `cchc normalize` computes to check model/candidates.bin against the models, on the built
// modules. Prints one JSON line.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const dist = new URL('../../dist/', import.meta.url);
const { fingerprint64 } = (await import(new URL('restore/lm/hash.js', dist).href)) as typeof import('../../src/restore/lm/hash.js');
const { readModel } = (await import(new URL('restore/lm/format.js', dist).href)) as typeof import('../../src/restore/lm/format.js');
const { languageModelPath } = (await import(new URL('restore/model-path.js', dist).href)) as typeof import('../../src/restore/model-path.js');
const { header, arrays } = readModel(readFileSync(languageModelPath()));
const parts: Array<string | Uint8Array> = [...header.vocab, arrays.syllable];
const t0 = performance.now();
const value = fingerprint64(parts);
console.log(JSON.stringify({ ms: performance.now() - t0, value }));
