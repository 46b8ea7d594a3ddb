// Per word, the best (lowest) quantisation level of its entries in the model's tables: what the
// word ceilings the decoder prunes with are made of (NgramModel.buildBounds). They take a read of
// every table entry, so writeModel stores them in model/lm.bin beside the tables and a cold start
// reads them; a file without them has them computed here on first use.
import type { ModelArrays } from './format.js';

/** A word with no entry in a table. */
export const NO_LEVEL = 256;

export interface BestLevels {
  /** Per word c, its best level as the last word of a trigram. */
  trigram: Uint16Array;
  /** Per word c, its best level as the second word of a bigram. */
  bigram: Uint16Array;
  /** Per word b, the best level among the words that follow it in bigrams. */
  followers: Uint16Array;
}

type Tables = Pick<ModelArrays, 'bigramOffsets' | 'bigramWords' | 'bigramScores' | 'trigramWords' | 'trigramScores'>;

/** Per word, its best levels: read from every entry of the tables. */
export function bestLevelsOf(a: Tables, vocabSize: number): BestLevels {
  const followers = new Uint16Array(vocabSize).fill(NO_LEVEL);
  for (let b = 0; b < vocabSize; b++) {
    let best = NO_LEVEL;
    for (let i = a.bigramOffsets[b]!; i < a.bigramOffsets[b + 1]!; i++) if (a.bigramScores[i]! < best) best = a.bigramScores[i]!;
    followers[b] = best;
  }
  return {
    trigram: bestPerWord(a.trigramWords, a.trigramScores, vocabSize),
    bigram: bestPerWord(a.bigramWords, a.bigramScores, vocabSize),
    followers,
  };
}

function bestPerWord(words: Uint16Array, levels: Uint8Array, vocabSize: number): Uint16Array {
  const best = new Uint16Array(vocabSize).fill(NO_LEVEL);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (levels[i]! < best[w]!) best[w] = levels[i]!;
  }
  return best;
}
