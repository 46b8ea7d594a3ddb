// Fold text for matching markers whatever happened to its diacritics:
// lowercase, marks removed, đ→d — one UTF-16 unit out for one in, so an index
// found in the folded text is an index in the original.
// Segmentation folds every line several times: each code unit's fold is looked up
// in a table filled on first sight (0: not yet known), and strings are built in chunks.
const table = new Uint16Array(0x10000);
const CHUNK = 4096;
let buffer = new Uint16Array(CHUNK);

export function fold(text: string): string {
  const n = text.length;
  if (buffer.length < n) buffer = new Uint16Array(n);
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    buffer[i] = table[code] || foldUnit(code);
  }
  let out = '';
  for (let at = 0; at < n; at += CHUNK) out += String.fromCharCode(...buffer.subarray(at, Math.min(n, at + CHUNK)));
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
