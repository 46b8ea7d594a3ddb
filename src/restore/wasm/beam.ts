// The beam search compiled to WebAssembly (assembly/beam.ts), over one model's memory (memory.ts).
// The decoder copies a sentence's lattices into the arrays below, runs it, and reads the path.
// Sentences longer than MAX_TOKENS, lattices beyond MAX_CANDIDATES and beams wider than MAX_BEAM
// take the decoder's JavaScript search, which gives the same paths; so does every sentence when
// $CCHC_WASM_OFF names the beam (api.ts).
import { BEAM_WASM_BASE64 } from './beam-bytes.js';
import { layoutFrom, takeScratch } from './memory.js';
import { instantiate, webAssemblyFor, type WasmMemory } from './api.js';
import type { ModelArrays } from '../lm/format.js';

export const MAX_BEAM = 16;
export const MAX_TOKENS = 8192;
/** Candidates in one sentence (a lattice has at most 13). */
export const MAX_CANDIDATES = MAX_TOKENS * 16;
/** Candidates of one word the compiled confidence scores (a lattice has at most 13). */
export const MAX_POSTERIOR = 64;
/** The score cache: 2^14 (key, score) pairs, as assembly/beam.ts's CACHE_BITS. */
const CACHE_BYTES = (1 << 14) * 16;

interface BeamExports {
  init(
    unigram: number,
    levels: number,
    bigramOffsets: number,
    bigramWords: number,
    bigramScores: number,
    contextKeys: number,
    contextStarts: number,
    contextLengths: number,
    trigramWords: number,
    trigramScores: number,
    contexts: number,
    backoff: number,
    cache: number,
    followers: number,
    bigramCeilings: number,
  ): void;
  decode(
    n: number,
    beam: number,
    bounded: number,
    starts: number,
    ids: number,
    channel: number,
    top: number,
    bound: number,
    w1: number,
    w2: number,
    scores: number,
    backs: number,
    choices: number,
    path: number,
  ): void;
  posteriorScores(
    k: number,
    ids: number,
    channel: number,
    chosen: number,
    a: number,
    b: number,
    d: number,
    rightCeiling: number,
    skip: number,
    scores: number,
    bounds: number,
  ): number;
}

/** What the search reads of the model: its tables, where they lie in `memory`. */
export interface BeamModel {
  memory: WasmMemory;
  arrays: ModelArrays;
  /** Scores per word and per quantisation level (Float64Arrays in the same memory). */
  unigram: Float64Array;
  levels: Float64Array;
  backoff: number;
  /** NgramModel's bounds, for bounded search: per word its best follower's score and its best bigram score. */
  bounds: () => { followers: Float64Array; bigrams: Float64Array };
}

export class WasmBeam {
  /** Token t's candidates are entries starts[t] … starts[t+1] of ids, channel and top. */
  readonly starts: Int32Array;
  readonly ids: Int32Array;
  readonly channel: Float64Array;
  readonly top: Float64Array;
  /** Per token, its lattice's bound. */
  readonly bound: Float64Array;
  /** The best path: per token, the index of its chosen candidate. */
  readonly path: Int32Array;
  /** Confidence's candidates in (ids, channel) and their scores and bounds out (see posteriorScores). */
  private readonly posteriorIds: Int32Array;
  private readonly posteriorChannel: Float64Array;
  readonly posteriorScoresOut: Float64Array;
  readonly posteriorBoundsOut: Float64Array;
  private readonly followers: Float64Array;
  private readonly bigramCeilings: Float64Array;
  private boundsSet = false;
  private readonly at: Record<'w1' | 'w2' | 'scores' | 'backs' | 'choices', number>;

  private constructor(
    private readonly model: BeamModel,
    private readonly exports: BeamExports,
    scratch: number,
  ) {
    const buffer = model.memory.buffer;
    const words = model.unigram.length;
    const { take } = layoutFrom(scratch, scratch + WasmBeam.scratchBytes(words));
    const cache = take(CACHE_BYTES);
    this.followers = new Float64Array(buffer, take(words * 8), words);
    this.bigramCeilings = new Float64Array(buffer, take(words * 8), words);
    this.starts = new Int32Array(buffer, take((MAX_TOKENS + 1) * 4), MAX_TOKENS + 1);
    this.bound = new Float64Array(buffer, take(MAX_TOKENS * 8), MAX_TOKENS);
    this.path = new Int32Array(buffer, take(MAX_TOKENS * 4), MAX_TOKENS);
    this.ids = new Int32Array(buffer, take(MAX_CANDIDATES * 4), MAX_CANDIDATES);
    this.channel = new Float64Array(buffer, take(MAX_CANDIDATES * 8), MAX_CANDIDATES);
    this.top = new Float64Array(buffer, take(MAX_CANDIDATES * 8), MAX_CANDIDATES);
    this.posteriorIds = new Int32Array(buffer, take(MAX_POSTERIOR * 4), MAX_POSTERIOR);
    this.posteriorChannel = new Float64Array(buffer, take(MAX_POSTERIOR * 8), MAX_POSTERIOR);
    this.posteriorScoresOut = new Float64Array(buffer, take(MAX_POSTERIOR * 8), MAX_POSTERIOR);
    this.posteriorBoundsOut = new Float64Array(buffer, take(MAX_POSTERIOR * 8), MAX_POSTERIOR);
    this.at = {
      w1: take(2 * MAX_BEAM * 4),
      w2: take(2 * MAX_BEAM * 4),
      scores: take(2 * MAX_BEAM * 8),
      backs: take(MAX_TOKENS * MAX_BEAM * 4),
      choices: take(MAX_TOKENS * MAX_BEAM * 4),
    };
    const a = model.arrays;
    exports.init(
      model.unigram.byteOffset,
      model.levels.byteOffset,
      a.bigramOffsets.byteOffset,
      a.bigramWords.byteOffset,
      a.bigramScores.byteOffset,
      a.contextKeys.byteOffset,
      a.contextStarts.byteOffset,
      a.contextLengths.byteOffset,
      a.trigramWords.byteOffset,
      a.trigramScores.byteOffset,
      a.contextKeys.length,
      model.backoff,
      cache,
      this.followers.byteOffset,
      this.bigramCeilings.byteOffset,
    );
  }

  /** Scratch bytes one search needs besides the model (memory.ts reserves room for them). */
  static scratchBytes(words: number): number {
    return (
      CACHE_BYTES +
      2 * words * 8 +
      (MAX_TOKENS + 1) * 4 +
      MAX_TOKENS * 12 +
      MAX_CANDIDATES * 20 +
      MAX_BEAM * 32 +
      2 * MAX_TOKENS * MAX_BEAM * 4 +
      MAX_POSTERIOR * 28 +
      20 * 16
    );
  }

  /** A search over the model's memory; undefined when its tables are not all in it or its scratch space is used up. */
  static over(model: BeamModel): WasmBeam | undefined {
    const buffer = model.memory.buffer;
    const views = [model.unigram, model.levels, ...Object.values(model.arrays)];
    if (views.some((view) => view.buffer !== buffer)) return undefined;
    // The context table's slot hash multiplies a 32-bit hash by its size in doubles: exact below 2^21 slots.
    if (model.arrays.contextKeys.length >= 1 << 21) return undefined;
    const webAssembly = webAssemblyFor('beam');
    if (!webAssembly) return undefined;
    const scratch = takeScratch(model.memory, WasmBeam.scratchBytes(model.unigram.length));
    if (scratch === undefined) return undefined;
    const exports = instantiate<BeamExports>(webAssembly, BEAM_WASM_BASE64, model.memory, ['init', 'decode', 'posteriorScores']);
    return new WasmBeam(model, exports, scratch);
  }

  /** The best path through the n tokens filled in (see starts), into `path`. */
  run(n: number, beam: number, bounded: boolean): void {
    if (bounded && !this.boundsSet) {
      const { followers, bigrams } = this.model.bounds();
      this.followers.set(followers);
      this.bigramCeilings.set(bigrams);
      this.boundsSet = true;
    }
    const at = this.at;
    this.exports.decode(
      n,
      beam,
      bounded ? 1 : 0,
      this.starts.byteOffset,
      this.ids.byteOffset,
      this.channel.byteOffset,
      this.top.byteOffset,
      this.bound.byteOffset,
      at.w1,
      at.w2,
      at.scores,
      at.backs,
      at.choices,
      this.path.byteOffset,
    );
  }

  /**
   * Confidence.of's scores of k ≤ MAX_POSTERIOR candidates into posteriorScoresOut (NaN: skipped)
   * and posteriorBoundsOut; true when some were skipped. See assembly/beam.ts's posteriorScores.
   */
  posteriorScores(
    ids: Int32Array,
    channel: Float64Array,
    chosen: number,
    a: number,
    b: number,
    d: number,
    rightCeiling: number,
    skip: number,
  ): boolean {
    this.posteriorIds.set(ids);
    this.posteriorChannel.set(channel);
    return (
      this.exports.posteriorScores(
        ids.length,
        this.posteriorIds.byteOffset,
        this.posteriorChannel.byteOffset,
        chosen,
        a,
        b,
        d,
        rightCeiling,
        skip,
        this.posteriorScoresOut.byteOffset,
        this.posteriorBoundsOut.byteOffset,
      ) !== 0
    );
  }
}
