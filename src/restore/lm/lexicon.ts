// The Lexicon the channel draws candidates from: the model's vocabulary of
// lowercase syllables, indexed by their stripped key ("quyet" → quyết, quyệt …).
// Only valid Vietnamese syllables enter (marked at build time): the vocabulary also
// holds codes, English words and corpus typos ("cac", "luat"), never to be offered as restorations.
import { stripDiacritics, type Lexicon } from '../../vietnamese/index.js';
import { SPECIAL_WORDS } from './format.js';
import { fingerprint64 } from './hash.js';

export class VocabularyLexicon implements Lexicon {
  private readonly index = new Map<string, string[]>();
  private readonly words = new Set<string>();

  private fingerprintValue: string | undefined;

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

  /** A hash of the words in order and which are syllables: the precomputed candidate table must have been built from the same. */
  get fingerprint(): string {
    // concat, not a spread: native code, where a spread of ~8,000 words steps through them in JavaScript.
    return (this.fingerprintValue ??= fingerprint64((this.vocab as Array<string | Uint8Array>).concat([this.isSyllable])));
  }

  byKey(key: string): readonly string[] {
    return this.index.get(key) ?? [];
  }

  has(syllable: string): boolean {
    return this.words.has(syllable);
  }
}
