// The decoder's beam search (src/restore/decoder.ts, decodeSentence and readPath) compiled to
// WebAssembly, with the trigram lookups it makes (src/restore/lm/model.ts) — AssemblyScript,
// built into src/restore/wasm/beam-bytes.ts by `npm run build:wasm`.
//
// Why: a cold `cchc normalize` runs its first document's search before V8 has optimised the
// JavaScript, which then costs several times its optimised time and boxes every score it adds.
// WebAssembly is compiled before it runs. The JavaScript stays the reference: both must give the
// same path bit for bit (tests/restore/beam-wasm.test.ts), so every sum below is added in the
// same order as there.
//
// Memory (imported, laid out by src/restore/wasm/layout.ts): the model file's tables where the file
// was read, and scratch space; init() receives the addresses. Nothing here allocates.

const BOUNDARY: i32 = 0;
/** <unk>: what the model counted after two of them, and <unk> after <unk>, is not used (NgramModel's UNKNOWN). */
const UNKNOWN: i32 = 2;
const EMPTY_KEY: u32 = 0xffffffff;
const ROUNDING: f64 = 1e-6;
const CACHE_BITS: u32 = 14;
/** Above any key's magnitude (|owner · 65536 + c| < 2^32 + 2^16): stored keys are ≥ 1, 0 is empty. */
const KEY_OFFSET: f64 = 4294967297 + 65536;

// The model's tables (see src/restore/lm/format.ts).
let unigram: usize = 0; // f64[V]: the unigram scores, as levels give them
let levels: usize = 0; // f64[256]: -q / quantScale
let bigramOffsets: usize = 0; // u32[V+1]
let bigramWords: usize = 0; // u16
let bigramScores: usize = 0; // u8
let contextKeys: usize = 0; // u32[S]
let contextStarts: usize = 0; // u32[S]
let contextLengths: usize = 0; // u16[S]
let trigramWords: usize = 0; // u16
let trigramScores: usize = 0; // u8
let contextSize: u32 = 0;
let backoff: f64 = 0;
// The score cache: 2^CACHE_BITS entries of (key, score) f64 pairs, the key stored + KEY_OFFSET so that
// fresh (zeroed) memory reads as empty and nothing needs clearing before the first document.
let cache: usize = 0;
// Per word, for bounded search: the best level after it, and its best bigram score (NgramModel.buildBounds).
let followers: usize = 0;
let bigramCeilings: usize = 0;

export function init(
  unigramAt: usize,
  levelsAt: usize,
  bigramOffsetsAt: usize,
  bigramWordsAt: usize,
  bigramScoresAt: usize,
  contextKeysAt: usize,
  contextStartsAt: usize,
  contextLengthsAt: usize,
  trigramWordsAt: usize,
  trigramScoresAt: usize,
  contexts: u32,
  backoffScore: f64,
  cacheAt: usize,
  followersAt: usize,
  bigramCeilingsAt: usize,
): void {
  unigram = unigramAt;
  levels = levelsAt;
  bigramOffsets = bigramOffsetsAt;
  bigramWords = bigramWordsAt;
  bigramScores = bigramScoresAt;
  contextKeys = contextKeysAt;
  contextStarts = contextStartsAt;
  contextLengths = contextLengthsAt;
  trigramWords = trigramWordsAt;
  trigramScores = trigramScoresAt;
  contextSize = contexts;
  backoff = backoffScore;
  cache = cacheAt;
  followers = followersAt;
  bigramCeilings = bigramCeilingsAt;
}

/** Binary search of `word` in the sorted u16 words[from, to); -1 when absent. */
function find(words: usize, from: i32, to: i32, word: i32): i32 {
  let lo = from;
  let hi = to - 1;
  while (lo <= hi) {
    const mid = <i32>((<u32>(lo + hi)) >>> 1);
    const w = <i32>load<u16>(words + ((<usize>mid) << 1));
    if (w == word) return mid;
    if (w < word) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

function mix32(x: u32): u32 {
  x ^= x >>> 16;
  x *= 0x85ebca6b;
  x ^= x >>> 13;
  x *= 0xc2b2ae35;
  x ^= x >>> 16;
  return x;
}

/** NgramModel.context: slot of the context `a b`, -1 when the model holds no trigram after it. */
function context(a: i32, b: i32): i32 {
  if (a == UNKNOWN && b == UNKNOWN) return -1;
  const key: u32 = ((<u32>a) << 16) | (<u32>b);
  // slotOf: floor(hash · size / 2^32), exact in 64 bits.
  let slot = <u32>((<u64>mix32(key ^ 0x5bd1e995) * <u64>contextSize) >>> 32);
  while (true) {
    const k = load<u32>(contextKeys + ((<usize>slot) << 2));
    if (k == key) return <i32>slot;
    if (k == EMPTY_KEY) return -1;
    slot = slot + 1 == contextSize ? 0 : slot + 1;
  }
  return -1;
}

function bigram(b: i32, c: i32): f64 {
  if (b == UNKNOWN && c == UNKNOWN) return backoff + load<f64>(unigram + ((<usize>c) << 3));
  const from = <i32>load<u32>(bigramOffsets + ((<usize>b) << 2));
  const to = <i32>load<u32>(bigramOffsets + ((<usize>(b + 1)) << 2));
  const at = find(bigramWords, from, to, c);
  if (at >= 0) return load<f64>(levels + ((<usize>load<u8>(bigramScores + <usize>at)) << 3));
  return backoff + load<f64>(unigram + ((<usize>c) << 3));
}

function lookUp(ctx: i32, b: i32, c: i32): f64 {
  if (ctx >= 0) {
    const start = <i32>load<u32>(contextStarts + ((<usize>ctx) << 2));
    const length = <i32>load<u16>(contextLengths + ((<usize>ctx) << 1));
    const at = find(trigramWords, start, start + length, c);
    if (at >= 0) return load<f64>(levels + ((<usize>load<u8>(trigramScores + <usize>at)) << 3));
  }
  return backoff + bigram(b, c);
}

/** NgramModel.scoreIn, with a cache of its own laid out the same way. */
function scoreIn(ctx: i32, b: i32, c: i32): f64 {
  const owner: i32 = ctx >= 0 ? ctx : -1 - b;
  const at = <usize>((((<u32>(owner * 0x9e3779b1)) ^ (<u32>(c * 0x85ebca6b))) >>> (32 - CACHE_BITS)) << 4);
  const key: f64 = <f64>owner * 65536 + <f64>c + KEY_OFFSET;
  if (load<f64>(cache + at) == key) return load<f64>(cache + at + 8);
  const score = lookUp(ctx, b, c);
  store<f64>(cache + at, key);
  store<f64>(cache + at + 8, score);
  return score;
}

/** NgramModel.backedOffCeiling. */
function backedOffCeiling(b: i32, c: i32): f64 {
  const afterB = Math.max(load<f64>(followers + ((<usize>b) << 3)), backoff + load<f64>(unigram + ((<usize>c) << 3)));
  return backoff + Math.min(afterB, load<f64>(bigramCeilings + ((<usize>c) << 3)));
}

/**
 * One sentence of `n` tokens. Token t's candidates are entries starts[t] … starts[t+1] of ids (i32),
 * channel and top (f64); bound[t] is its lattice's bound. The hypotheses live in w1, w2, scores
 * (two rows of `beam` each), back-pointers and choices in backs, choices (n · beam); the best
 * path's choices are written to path. Decoder.decodeSentence and readPath, step for step.
 */
export function decode(
  n: i32,
  beam: i32,
  bounded: bool,
  starts: usize,
  ids: usize,
  channel: usize,
  top: usize,
  bound: usize,
  w1: usize,
  w2: usize,
  scores: usize,
  backs: usize,
  choices: usize,
  path: usize,
): void {
  let pW1 = w1,
    pW2 = w2,
    pScore = scores;
  let nW1 = w1 + ((<usize>beam) << 2),
    nW2 = w2 + ((<usize>beam) << 2),
    nScore = scores + ((<usize>beam) << 3);
  store<i32>(pW1, BOUNDARY);
  store<i32>(pW2, BOUNDARY);
  store<f64>(pScore, 0);
  let pSize: i32 = 1;
  for (let t: i32 = 0; t < n; t++) {
    const first = load<i32>(starts + ((<usize>t) << 2));
    const k = load<i32>(starts + ((<usize>(t + 1)) << 2)) - first;
    const tIds = ids + ((<usize>first) << 2);
    const tChannel = channel + ((<usize>first) << 3);
    const tTop = top + ((<usize>first) << 3);
    const tBound = load<f64>(bound + ((<usize>t) << 3));
    const at0 = t * beam;
    let size: i32 = 0;
    for (let h: i32 = 0; h < pSize; h++) {
      const hW2 = load<i32>(pW2 + ((<usize>h) << 2));
      const base = load<f64>(pScore + ((<usize>h) << 3));
      if (size == beam && base + tBound + ROUNDING <= load<f64>(nScore + ((<usize>(size - 1)) << 3))) continue;
      const ctx = context(load<i32>(pW1 + ((<usize>h) << 2)), hW2);
      for (let c: i32 = 0; c < k; c++) {
        const ch = load<f64>(tChannel + ((<usize>c) << 3));
        const id = load<i32>(tIds + ((<usize>c) << 2));
        if (size == beam) {
          const worst = load<f64>(nScore + ((<usize>(size - 1)) << 3));
          if (base + ch + load<f64>(tTop + ((<usize>c) << 3)) <= worst) continue;
          if (bounded && ctx < 0 && base + ch + backedOffCeiling(hW2, id) <= worst) continue;
        }
        const s = base + ch + scoreIn(ctx, hW2, id);
        if (size == beam && s <= load<f64>(nScore + ((<usize>(size - 1)) << 3))) continue;
        let at: i32 = -1;
        for (let j: i32 = 0; j < size; j++) {
          if (load<i32>(nW2 + ((<usize>j) << 2)) == id && load<i32>(nW1 + ((<usize>j) << 2)) == hW2) {
            at = j;
            break;
          }
        }
        if (at >= 0 && load<f64>(nScore + ((<usize>at) << 3)) >= s) continue;
        let j: i32 = at >= 0 ? at : size < beam ? size++ : size - 1;
        for (; j > 0 && load<f64>(nScore + ((<usize>(j - 1)) << 3)) < s; j--) {
          store<i32>(nW1 + ((<usize>j) << 2), load<i32>(nW1 + ((<usize>(j - 1)) << 2)));
          store<i32>(nW2 + ((<usize>j) << 2), load<i32>(nW2 + ((<usize>(j - 1)) << 2)));
          store<f64>(nScore + ((<usize>j) << 3), load<f64>(nScore + ((<usize>(j - 1)) << 3)));
          store<i32>(backs + ((<usize>(at0 + j)) << 2), load<i32>(backs + ((<usize>(at0 + j - 1)) << 2)));
          store<i32>(choices + ((<usize>(at0 + j)) << 2), load<i32>(choices + ((<usize>(at0 + j - 1)) << 2)));
        }
        store<i32>(nW1 + ((<usize>j) << 2), hW2);
        store<i32>(nW2 + ((<usize>j) << 2), id);
        store<f64>(nScore + ((<usize>j) << 3), s);
        store<i32>(backs + ((<usize>(at0 + j)) << 2), h);
        store<i32>(choices + ((<usize>(at0 + j)) << 2), c);
      }
    }
    const a1 = pW1;
    pW1 = nW1;
    nW1 = a1;
    const a2 = pW2;
    pW2 = nW2;
    nW2 = a2;
    const a3 = pScore;
    pScore = nScore;
    nScore = a3;
    pSize = size;
  }
  // readPath: the best final hypothesis, the sentence end scored too, then back along the pointers.
  let best: i32 = 0;
  let bestScore: f64 = -Infinity;
  for (let h: i32 = 0; h < pSize; h++) {
    const hW1 = load<i32>(pW1 + ((<usize>h) << 2));
    const hW2 = load<i32>(pW2 + ((<usize>h) << 2));
    const s = load<f64>(pScore + ((<usize>h) << 3)) + scoreIn(context(hW1, hW2), hW2, BOUNDARY);
    if (s > bestScore) {
      bestScore = s;
      best = h;
    }
  }
  for (let t: i32 = n - 1, h: i32 = best; t >= 0; t--) {
    store<i32>(path + ((<usize>t) << 2), load<i32>(choices + ((<usize>(t * beam + h)) << 2)));
    h = load<i32>(backs + ((<usize>(t * beam + h)) << 2));
  }
}

/**
 * Confidence.of's scores (src/restore/confidence.ts), one pass: for each of the k candidates (ids,
 * channel) between words a b and d, its score, or NaN and a bound when even the best right-hand
 * score (rightCeiling) leaves it `skip` under the chosen one. scores[chosen] is the chosen
 * candidate's score. Returns whether any was skipped.
 */
export function posteriorScores(
  k: i32,
  ids: usize,
  channel: usize,
  chosen: i32,
  a: i32,
  b: i32,
  d: i32,
  rightCeiling: f64,
  skip: f64,
  scores: usize,
  bounds: usize,
): bool {
  const left = context(a, b);
  const chosenId = load<i32>(ids + ((<usize>chosen) << 2));
  const chosenScore = load<f64>(channel + ((<usize>chosen) << 3)) + scoreIn(left, b, chosenId) + scoreIn(context(b, chosenId), chosenId, d);
  let skipped = false;
  for (let c: i32 = 0; c < k; c++) {
    let s = chosenScore;
    if (c != chosen) {
      const id = load<i32>(ids + ((<usize>c) << 2));
      const partial = load<f64>(channel + ((<usize>c) << 3)) + scoreIn(left, b, id);
      if (partial + rightCeiling < chosenScore - skip) {
        store<f64>(scores + ((<usize>c) << 3), NaN);
        store<f64>(bounds + ((<usize>c) << 3), partial + rightCeiling);
        skipped = true;
        continue;
      }
      s = partial + scoreIn(context(b, id), id, d);
    }
    store<f64>(scores + ((<usize>c) << 3), s);
  }
  return skipped;
}
