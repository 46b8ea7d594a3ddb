// Fold text for matching markers whatever happened to its diacritics:
// lowercase, marks removed, đ→d — one character out for one character in, so
// an index found in the folded text is an index in the original.
export function fold(text: string): string {
  let out = '';
  for (const char of text) out += FOLDED.get(char) ?? foldChar(char);
  return out;
}

const FOLDED = new Map<string, string>();

function foldChar(char: string): string {
  const base = char.normalize('NFD')[0] ?? char;
  const folded = base === 'đ' || base === 'Đ' ? 'd' : base.length === char.length ? base.toLowerCase() : char;
  const result = folded.length === char.length ? folded : char;
  FOLDED.set(char, result);
  return result;
}
