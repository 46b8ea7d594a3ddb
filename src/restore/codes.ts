// Abbreviations and document-number codes lose their Đ too: "ND-CP" → "NĐ-CP",
// "QD-UBND" → "QĐ-UBND", "HDND" → "HĐND". Which spelling is meant is read off the
// language model's vocabulary, which is ordered by frequency: of "dn" and "đn"
// the more frequent wins, so "DN" (doanh nghiệp) stays as it is.
const CODE_WORD = /^[a-zđ]+$/;

export class CodeForms {
  private readonly forms = new Map<string, string>();

  constructor(vocab: readonly string[]) {
    for (const word of vocab) {
      if (!CODE_WORD.test(word)) continue;
      const key = word.replace(/đ/g, 'd');
      if (!this.forms.has(key)) this.forms.set(key, word);
    }
  }

  /** The code as it is usually written, for an ALL CAPS token of two letters or more; null when unknown or unchanged. */
  restore(token: string): string | null {
    if (token.length < 2 || token !== token.toUpperCase() || !/^[A-Z]+$/.test(token)) return null;
    const lower = token.toLowerCase();
    const form = this.forms.get(lower);
    return form && form !== lower ? form : null;
  }
}
