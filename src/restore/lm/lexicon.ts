// The Lexicon the channel draws candidates from: the model's vocabulary of
// lowercase syllables, indexed by their stripped key ("quyet" → quyết, quyệt …).
// Only valid Vietnamese syllables enter (marked at build time): the vocabulary also
// holds codes, English words and corpus typos ("cac", "luat"), never to be offered as restorations.
import { stripDiacritics, type Lexicon } from '../../vietnamese/index.js';
import { SPECIAL_WORDS } from './format.js';

export class VocabularyLexicon implements Lexicon {
  private readonly index = new Map<string, string[]>();
  private readonly words = new Set<string>();

  /** `vocab` in model order (most frequent first), so each key's list is ranked by frequency. */
  constructor(
    readonly vocab: readonly string[],
    /** Per word of `vocab`, 1 when it is a valid syllable (only those are offered). */
    readonly isSyllable: Uint8Array,
  ) {
    for (let i = SPECIAL_WORDS.length; i < vocab.length; i++) {
      if (!isSyllable[i]) continue;
      const word = vocab[i]!;
      this.words.add(word);
      const key = stripDiacritics(word);
      const list = this.index.get(key);
      if (list) list.push(word);
      else this.index.set(key, [word]);
    }
  }

  byKey(key: string): readonly string[] {
    return this.index.get(key) ?? [];
  }

  has(syllable: string): boolean {
    return this.words.has(syllable);
  }
}
