// Strip every Vietnamese diacritic: tones, hats, breves, horns, and đ → d.
// "Quyết định" → "Quyet dinh". The result is the key a lexicon is indexed by.
const cache = new Map<string, string>();

function stripChar(ch: string): string {
  let hit = cache.get(ch);
  if (hit !== undefined) return hit;
  if (ch === 'đ') hit = 'd';
  else if (ch === 'Đ') hit = 'D';
  else hit = ch.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
  cache.set(ch, hit);
  return hit;
}

export function stripDiacritics(text: string): string {
  let out = '';
  for (const ch of text) out += ch.charCodeAt(0) < 0x80 ? ch : stripChar(ch);
  return out;
}

/** True when the text carries at least one Vietnamese diacritic or đ. */
export function hasDiacritics(text: string): boolean {
  for (const ch of text) if (ch.charCodeAt(0) >= 0x80 && stripChar(ch) !== ch) return true;
  return false;
}
