// The n-gram language model at run time: syllable trigrams with stupid backoff,
// read from the tables in model/lm.bin (see format.ts).
import { bigramSlot, slotOf, trigramFingerprint, trigramSlot } from './hash.js';
import { EMPTY_BIGRAM, SPECIAL, type ModelArrays, type ModelHeader } from './format.js';

export class NgramModel {
  readonly vocab: readonly string[];
  private readonly ids: Map<string, number>;
  private readonly unigram: Float32Array;
  private readonly bigramKeys: Uint32Array;
  private readonly bigramScores: Uint8Array;
  private readonly bigramSize: number;
  private readonly trigramFingerprints: Uint32Array;
  private readonly trigramScores: Uint8Array;
  private readonly trigramSize: number;
  private readonly inverseScale: number;
  private readonly backoff: number;

  constructor(readonly header: ModelHeader, arrays: ModelArrays) {
    this.vocab = header.vocab;
    this.ids = new Map(header.vocab.map((w, i) => [w, i]));
    this.inverseScale = 1 / header.quantScale;
    this.backoff = header.backoff;
    this.unigram = Float32Array.from(arrays.unigram, (q) => -q * this.inverseScale);
    this.bigramKeys = arrays.bigramKeys;
    this.bigramScores = arrays.bigramScores;
    this.bigramSize = arrays.bigramKeys.length;
    this.trigramFingerprints = arrays.trigramFingerprints;
    this.trigramScores = arrays.trigramScores;
    this.trigramSize = arrays.trigramFingerprints.length;
  }

  /** Word id of a lowercase syllable; <unk> when the model has not seen it. */
  id(word: string): number {
    return this.ids.get(word) ?? SPECIAL.unknown;
  }

  has(word: string): boolean {
    return this.ids.has(word);
  }

  /** ln score of `c` after `a b` (stupid backoff: not normalised, but ranks like a probability). */
  score(a: number, b: number, c: number): number {
    const fp = trigramFingerprint(a, b, c);
    const fps = this.trigramFingerprints;
    const size = this.trigramSize;
    for (let slot = slotOf(trigramSlot(a, b, c), size); ; slot = slot + 1 === size ? 0 : slot + 1) {
      const f = fps[slot]!;
      if (f === fp) return -this.trigramScores[slot]! * this.inverseScale;
      if (f === 0) break;
    }
    return this.backoff + this.bigram(b, c);
  }

  /** ln score of `c` after `b`. */
  bigram(b: number, c: number): number {
    const key = ((b << 16) | c) >>> 0;
    const keys = this.bigramKeys;
    const size = this.bigramSize;
    for (let slot = slotOf(bigramSlot(key), size); ; slot = slot + 1 === size ? 0 : slot + 1) {
      const k = keys[slot]!;
      if (k === key) return -this.bigramScores[slot]! * this.inverseScale;
      if (k === EMPTY_BIGRAM) break;
    }
    return this.backoff + this.unigram[c]!;
  }
}
