// Fold text for matching markers whatever happened to its diacritics:
// lowercase, marks removed, đ→d — one character out for one character in, so
// an index found in the folded text is an index in the original.
export function fold(text: string): string {
  let out = '';
  for (const char of text) {
    const base = char.normalize('NFD')[0] ?? char;
    out += base === 'đ' || base === 'Đ' ? 'd' : base.length === char.length ? base.toLowerCase() : char;
  }
  return out;
}
