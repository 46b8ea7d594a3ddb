// Casing comes from the input token: "QUYET" → "QUYẾT", "Hai" → "Hải", "nha" → "nhà".
export function applyCase(original: string, syllable: string): string {
  if (original === original.toLowerCase()) return syllable; // no capital anywhere: the common case, without a scan
  countCase(original);
  if (letters >= 2 && upper === letters) return syllable.toUpperCase();
  const first = original[0]!;
  if (letters > 0 && first !== first.toLowerCase()) return syllable[0]!.toUpperCase() + syllable.slice(1);
  return syllable;
}

// countCase's answer: the letters of the token (characters with two cases) and how many are capitals.
let letters = 0;
let upper = 0;

/**
 * Counts letters and capitals. OCR'd tokens are mostly ASCII, counted by code; a token with any
 * other character is counted by asking each character its cases, which allocates strings and is
 * slow before V8 optimises it (once per capitalised change: thousands in a 40 KB document).
 */
function countCase(token: string): void {
  letters = 0;
  upper = 0;
  for (let i = 0; i < token.length; i++) {
    const unit = token.charCodeAt(i);
    if (unit >= 0x80) return countCaseOfEach(token);
    if (unit >= 65 && unit <= 90) {
      letters++;
      upper++;
    } else if (unit >= 97 && unit <= 122) letters++;
  }
}

function countCaseOfEach(token: string): void {
  letters = 0;
  upper = 0;
  for (const ch of token) {
    if (ch.toLowerCase() !== ch.toUpperCase()) {
      letters++;
      if (ch === ch.toUpperCase()) upper++;
    }
  }
}
