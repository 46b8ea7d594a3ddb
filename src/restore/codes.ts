// Abbreviations and document-number codes lose their Đ too: "ND-CP" → "NĐ-CP",
// "QD-UBND" → "QĐ-UBND", "HDND" → "HĐND"; inside a document number the OCR also
// reads Đ as P ("5347/QP-UBND" → "QĐ-UBND"). Which spelling is meant is read off the
// language model's vocabulary, which is ordered by frequency: of "dn" and "đn" the
// more frequent wins, so "DN" (doanh nghiệp) stays as it is.
const CODE_WORD = /^[a-zđ]+$/;
const MAX_VARIED = 6;

export class CodeForms {
  /** Rank (vocabulary order: lower is more frequent) of every code-like word. */
  private readonly rank = new Map<string, number>();
  private readonly forms = new Map<string, string>();

  constructor(vocab: readonly string[]) {
    vocab.forEach((word, id) => {
      if (!CODE_WORD.test(word)) return;
      this.rank.set(word, id);
      const key = word.replace(/đ/g, 'd');
      if (!this.forms.has(key)) this.forms.set(key, word);
    });
  }

  /** The code as it is usually written, for an ALL CAPS token of two letters or more; null when unknown or unchanged. */
  restore(token: string): string | null {
    if (!isCode(token)) return null;
    const lower = token.toLowerCase();
    const form = this.forms.get(lower);
    return form && form !== lower ? form : null;
  }

  /** Inside a document number: D or P may each stand for Đ; the most frequent code spelled so wins. */
  restoreInNumber(token: string): string | null {
    if (!isCode(token) || token.length > MAX_VARIED) return null;
    const lower = token.toLowerCase();
    let best = lower;
    let bestRank = this.rank.get(lower) ?? Infinity;
    const slots = [...lower].flatMap((ch, i) => (ch === 'd' || ch === 'p' ? [i] : []));
    for (let mask = 1; mask < 1 << slots.length; mask++) {
      const chars = [...lower];
      slots.forEach((at, bit) => {
        if (mask & (1 << bit)) chars[at] = 'đ';
      });
      const variant = chars.join('');
      const rank = this.rank.get(variant) ?? Infinity;
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
