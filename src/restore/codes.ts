// Abbreviations and document-number codes lose their Đ too: "ND-CP" → "NĐ-CP",
// "QD-UBND" → "QĐ-UBND", "HDND" → "HĐND"; inside a document number the OCR also
// reads Đ as P ("5347/QP-UBND" → "QĐ-UBND"). Which spelling is meant is read off the
// language model's vocabulary, which is ordered by frequency: of "dn" and "đn" the
// more frequent wins, so "DN" (doanh nghiệp) stays as it is.
const MAX_VARIED = 6;

/** A word's place in the vocabulary (lower is more frequent), Infinity when it is not there. */
export type VocabularyRank = (word: string) => number;

export class CodeForms {
  /** `rank`: the model's word ids, which follow the vocabulary's order (NgramModel.id for a word it has). */
  constructor(private readonly rank: VocabularyRank) {}

  /**
   * The code as it is usually written, for an ALL CAPS token of two letters or more: the most
   * frequent of its spellings with any of its D read as Đ; null when unknown or unchanged.
   */
  restore(token: string): string | null {
    if (!isCode(token)) return null;
    return this.mostFrequentVariant(token.toLowerCase(), 'd');
  }

  /** Inside a document number: D or P may each stand for Đ; the most frequent code spelled so wins. */
  restoreInNumber(token: string): string | null {
    if (!isCode(token) || token.length > MAX_VARIED) return null;
    return this.mostFrequentVariant(token.toLowerCase(), 'dp');
  }

  /**
   * Of `lower` and its variants with letters of `letters` read as đ, the most frequent in the
   * vocabulary when that is not `lower` (which wins ties and stands when none is known).
   */
  private mostFrequentVariant(lower: string, letters: string): string | null {
    const slots: number[] = [];
    for (let i = 0; i < lower.length; i++) if (letters.includes(lower[i]!)) slots.push(i);
    let best = lower;
    let bestRank = this.rank(lower);
    for (let mask = 1; mask < 1 << slots.length; mask++) {
      let variant = '';
      let slot = 0;
      for (let i = 0; i < lower.length; i++) {
        const varied = slot < slots.length && slots[slot] === i;
        variant += varied && mask & (1 << slot++) ? 'đ' : lower[i];
      }
      const rank = this.rank(variant);
      if (rank < bestRank) {
        best = variant;
        bestRank = rank;
      }
    }
    return best !== lower ? best : null;
  }
}

const ALL_CAPS = /^[A-Z]+$/;
/** Two or more ASCII capitals; the first letter is tested before the regexp (most tokens fail there). */
const isCode = (token: string) => token.length >= 2 && token.charCodeAt(0) >= 65 && token.charCodeAt(0) <= 90 && ALL_CAPS.test(token);
