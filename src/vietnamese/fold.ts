// Fold text for matching markers whatever happened to its diacritics:
// lowercase, marks removed, đ→d — one UTF-16 unit out for one in, so an index
// found in the folded text is an index in the original.
// Each code unit's fold is looked up in a table filled on first sight (0: not yet known).
const table = new Uint16Array(0x10000);

export function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out += String.fromCharCode(table[code] || foldUnit(code));
  }
  return out;
}

/** A unit's fold: its first unit after NFD, lowercased; đ/Đ → d; surrogates (astral characters) unchanged. */
function foldUnit(code: number): number {
  let folded = code;
  if (code < 0xd800 || code > 0xdfff) {
    const char = String.fromCharCode(code);
    const base = char.normalize('NFD')[0] ?? char;
    const lower = base === 'đ' || base === 'Đ' ? 'd' : base.toLowerCase();
    if (lower.length === 1) folded = lower.charCodeAt(0);
  }
  if (code !== 0) table[code] = folded;
  return folded;
}
