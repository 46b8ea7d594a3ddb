// The n-gram language model at run time: syllable trigrams with stupid backoff,
// read from the tables in model/lm.bin (see format.ts). The decoder asks for a
// trigram context once per hypothesis and then scores every candidate in it.
import { contextSlot, slotOf } from './hash.js';
import { EMPTY_KEY, SPECIAL, type ModelArrays, type ModelHeader } from './format.js';
import { scratchFloat64 } from '../wasm/memory.js';
import { WasmBeam } from '../wasm/beam.js';
import type { WasmMemory } from '../wasm/api.js';
import { bestLevelsOf, NO_LEVEL, type BestLevels } from './best-levels.js';

/**
 * Unknown runs: <unk> is every word the vocabulary left out, not one word, so what the corpus
 * counted after two of them (or <unk> after <unk>) says that rare words come in runs (names, codes,
 * foreign text), not which word comes next. OCR garbage kept as printed is such a run: scored by
 * those counts, `<unk> <unk> <unk>` cost 2.2 nats a word where a real word after them cost 10, so
 * a run of misread words stayed as printed. The model's counts after two <unk>s are not used
 * (they back off to the bigram), nor its bigram <unk> → <unk> (backed off to the unigram).
 * assembly/beam.ts scores the same.
 */
const UNKNOWN: number = SPECIAL.unknown;

/** Binary search of `word` in the sorted words[from, to); -1 when absent. */
function find(words: Uint16Array, from: number, to: number, word: number): number {
  let lo = from;
  let hi = to - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const w = words[mid]!;
    if (w === word) return mid;
    if (w < word) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

export class NgramModel {
  readonly vocab: readonly string[];
  private readonly ids: Map<string, number>;
  private readonly unigram: Float64Array;
  private readonly a: ModelArrays;
  /** Score of every quantisation level, so a lookup is a table read. */
  private readonly level: Float64Array;
  private readonly backoff: number;
  private readonly contextSize: number;

  /**
   * `memory`: the WebAssembly memory the tables lie in (wasm/memory.ts), where the beam search can
   * run compiled (see beam); without it, and in it for every other lookup, the code below.
   */
  constructor(
    readonly header: ModelHeader,
    arrays: ModelArrays,
    private readonly memory?: WasmMemory,
    /** The best levels the file stores (format.ts); computed from the tables on first use without them. */
    private readonly best?: BestLevels,
  ) {
    this.vocab = header.vocab;
    this.ids = new Map(header.vocab.map((word, id) => [word, id]));
    // Beside the tables, where the compiled search reads them too.
    this.level = (memory && scratchFloat64(memory, 256)) || new Float64Array(256);
    for (let q = 0; q < 256; q++) this.level[q] = -q / header.quantScale;
    this.backoff = header.backoff;
    this.unigram = (memory && scratchFloat64(memory, arrays.unigram.length)) || new Float64Array(arrays.unigram.length);
    for (let w = 0; w < arrays.unigram.length; w++) this.unigram[w] = this.level[arrays.unigram[w]!]!;
    this.a = arrays;
    this.contextSize = arrays.contextKeys.length;
    this.ceiling = header.quantScale > 0 && header.backoff <= 0 ? 0 : Infinity;
  }

  /** No score is above this (0: every level and the back-off are log probabilities), so a decoder can prune before looking up. */
  readonly ceiling: number;

  /**
   * Per word, the highest score it gets after any context: the best of its trigram levels, the
   * back-off plus its best bigram level, and twice the back-off plus its unigram — each computed
   * exactly as a lookup computes it, so no lookup of the word is above it. Most rare spellings stay
   * far below 0, so a decoder can drop them before looking them up. Built on first use (~1M entries).
   */
  get ceilings(): Float64Array {
    return (this.bounds ??= this.buildBounds()).ceilings;
  }

  /**
   * The highest score `c` can get after `a b` when the model holds no trigram after them
   * (context(a, b) = -1), without a lookup: the back-off plus the best bigram(b, c) can be —
   * at most b's best follower's level (or c's unigram backed off) and at most c's best bigram level.
   */
  backedOffCeiling(b: number, c: number): number {
    const bounds = (this.bounds ??= this.buildBounds());
    const afterB = Math.max(bounds.followers[b]!, this.backoff + this.unigram[c]!);
    return this.backoff + Math.min(afterB, bounds.bigrams[c]!);
  }

  private bounds: { ceilings: Float64Array; bigrams: Float64Array; followers: Float64Array } | undefined;

  /** Whether the word ceilings are ready at hand (the file stores what they are made of): a decoder then prunes with them from the start. */
  get boundsAreCheap(): boolean {
    return this.best !== undefined;
  }

  private buildBounds() {
    const size = this.vocab.length;
    // The best entry is the lowest level only while scores fall with the level (-q / quantScale).
    if (!(this.header.quantScale > 0)) {
      const none = new Float64Array(size).fill(Infinity);
      return { ceilings: none, bigrams: none, followers: none };
    }
    const level = this.level;
    const { trigram, bigram, followers: bestFollower } = this.best ?? bestLevelsOf(this.a, size);
    const ceilings = new Float64Array(size);
    // Per word, the highest bigram(b, w) over any b: its best bigram level, or its unigram backed off.
    const bigrams = new Float64Array(size);
    // Per word b, the score of its best follower (-Infinity: none).
    const followers = new Float64Array(size);
    for (let w = 0; w < size; w++) {
      const fromTrigram = trigram[w]! < NO_LEVEL ? level[trigram[w]!]! : -Infinity;
      const fromBigram = bigram[w]! < NO_LEVEL ? this.backoff + level[bigram[w]!]! : -Infinity;
      ceilings[w] = Math.max(fromTrigram, fromBigram, this.backoff + (this.backoff + this.unigram[w]!));
      bigrams[w] = Math.max(bigram[w]! < NO_LEVEL ? level[bigram[w]!]! : -Infinity, this.backoff + this.unigram[w]!);
      followers[w] = bestFollower[w]! < NO_LEVEL ? level[bestFollower[w]!]! : -Infinity;
    }
    return { ceilings, bigrams, followers };
  }

  /**
   * The beam search compiled to WebAssembly over this model's tables (wasm/beam.ts), made on first
   * use; undefined when the model was not read into WebAssembly memory.
   */
  get beam(): WasmBeam | undefined {
    if (this.beamSearch === undefined) {
      this.beamSearch =
        (this.memory &&
          WasmBeam.over({
            memory: this.memory,
            arrays: this.a,
            unigram: this.unigram,
            levels: this.level,
            backoff: this.backoff,
            bounds: () => (this.bounds ??= this.buildBounds()),
          })) ??
        null;
    }
    return this.beamSearch ?? undefined;
  }
  private beamSearch: WasmBeam | null | undefined;

  /** Word id of a lowercase syllable; <unk> when the model has not seen it. */
  id(word: string): number {
    return this.ids.get(word) ?? SPECIAL.unknown;
  }

  has(word: string): boolean {
    return this.ids.has(word);
  }

  /**
   * Slot of the trigram context `a b` in the context table, -1 when the model holds no trigram after
   * it — or when both are <unk> (see UNKNOWN).
   */
  context(a: number, b: number): number {
    if (a === UNKNOWN && b === UNKNOWN) return -1;
    const key = ((a << 16) | b) >>> 0;
    const keys = this.a.contextKeys;
    const size = this.contextSize;
    for (let slot = slotOf(contextSlot(key), size); ; slot = slot + 1 === size ? 0 : slot + 1) {
      const k = keys[slot]!;
      if (k === key) return slot;
      if (k === EMPTY_KEY) return -1;
    }
  }

  /** ln score of `c` after the context found by `context(a, b)` (stupid backoff). */
  scoreIn(context: number, b: number, c: number): number {
    if (context >= 0) {
      const start = this.a.contextStarts[context]!;
      const at = find(this.a.trigramWords, start, start + this.a.contextLengths[context]!, c);
      if (at >= 0) return this.level[this.a.trigramScores[at]!]!;
      return this.backoff + this.bigram(b, c);
    }
    return this.backoff + this.bigram(b, c);
  }

  /** ln score of `c` after `a b`. */
  score(a: number, b: number, c: number): number {
    return this.scoreIn(this.context(a, b), b, c);
  }

  /** ln score of `c` after `b` (<unk> after <unk>: see UNKNOWN). */
  bigram(b: number, c: number): number {
    if (b === UNKNOWN && c === UNKNOWN) return this.backoff + this.unigram[c]!;
    const offsets = this.a.bigramOffsets;
    const at = find(this.a.bigramWords, offsets[b]!, offsets[b + 1]!, c);
    if (at >= 0) return this.level[this.a.bigramScores[at]!]!;
    return this.backoff + this.unigram[c]!;
  }
}
