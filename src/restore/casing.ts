// Casing comes from the input token: "QUYET" → "QUYẾT", "Hai" → "Hải", "nha" → "nhà".
export function applyCase(original: string, syllable: string): string {
  if (original === original.toLowerCase()) return syllable; // no capital anywhere
  // Its letters: the characters with two cases.
  const letters = [...original].filter((ch) => ch.toLowerCase() !== ch.toUpperCase());
  if (letters.length >= 2 && letters.every((ch) => ch === ch.toUpperCase())) return syllable.toUpperCase();
  const first = original[0]!;
  if (letters.length > 0 && first !== first.toLowerCase()) return syllable[0]!.toUpperCase() + syllable.slice(1);
  return syllable;
}
