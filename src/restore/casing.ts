// Casing comes from the input token: "QUYET" → "QUYẾT", "Hai" → "Hải", "nha" → "nhà".
export function applyCase(original: string, syllable: string): string {
  if (original === original.toLowerCase()) return syllable; // no capital anywhere: the common case, without a scan
  let letters = 0;
  let upper = 0;
  for (const ch of original) {
    if (ch.toLowerCase() !== ch.toUpperCase()) {
      letters++;
      if (ch === ch.toUpperCase()) upper++;
    }
  }
  if (letters >= 2 && upper === letters) return syllable.toUpperCase();
  const first = original[0]!;
  if (letters > 0 && first !== first.toLowerCase()) return syllable[0]!.toUpperCase() + syllable.slice(1);
  return syllable;
}
