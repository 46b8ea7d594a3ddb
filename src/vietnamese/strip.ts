// Strip every Vietnamese diacritic: tones, hats, breves, horns, and đ → d.
// "Quyết định" → "Quyet dinh". The result is the key a lexicon is indexed by.

const cache = new Map<string, string>();
const MARKS = /\p{M}/gu;

function stripChar(ch: string): string {
  let hit = cache.get(ch);
  if (hit !== undefined) return hit;
  if (ch === 'đ') hit = 'd';
  else if (ch === 'Đ') hit = 'D';
  else hit = ch.normalize('NFD').replace(MARKS, '').normalize('NFC');
  cache.set(ch, hit);
  return hit;
}

const NON_ASCII = /[^\0-\x7f]/;

export function stripDiacritics(text: string): string {
  if (!NON_ASCII.test(text)) return text; // most keys and codes: nothing to strip
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) out += text[i];
    else if (code >= 0xd800 && code < 0xdc00 && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      out += stripChar(text.slice(i, i + 2)); // a surrogate pair is one character
      i++;
    } else out += stripChar(text[i]!);
  }
  return out;
}

/** True when the text carries at least one Vietnamese diacritic or đ. */
export function hasDiacritics(text: string): boolean {
  for (const ch of text) if (ch.charCodeAt(0) >= 0x80 && stripChar(ch) !== ch) return true;
  return false;
}
