// Matching keys for agency names: the same key for every way a name is printed
// (case, spacing, trailing dots, old/new tone placement, dash styles, "Ủy ban
// nhân dân" = "UBND"). `foldTones` keeps string length, so positions found in
// the folded text are positions in the printed text.

// New-style tone placement for open syllables: hoà → hòa, khoẻ → khỏe, uỷ → ủy.
const TONED: Record<string, string> = { à: 'ò', á: 'ó', ả: 'ỏ', ã: 'õ', ạ: 'ọ', è: 'ò', é: 'ó', ẻ: 'ỏ', ẽ: 'õ', ẹ: 'ọ' };
const UTONE: Record<string, string> = { ỳ: 'ù', ý: 'ú', ỷ: 'ủ', ỹ: 'ũ', ỵ: 'ụ' };

/** Lower case, NFC, new tone style; same length as the NFC input. */
import { fold } from '../../vietnamese/fold.js';

export function foldTones(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/o([àáảãạ])(?!\p{L})/gu, (_, v: string) => `${TONED[v]}a`)
    .replace(/o([èéẻẽẹ])(?!\p{L})/gu, (_, v: string) => `${TONED[v]}e`)
    .replace(/(?<!q)u([ỳýỷỹỵ])(?!\p{L})/gu, (_, v: string) => `${UTONE[v]}y`)
    .replace(/[\u2010-\u2015]/gu, '-');
}

/** The lookup key of a name. */
export function agencyKey(name: string): string {
  return (
    foldTones(name)
      // OCR marks that are never part of a name: "Sở¢ Nội vụ", "Bộ§ Nội vụ", "Sở& Nội vụ" (an "&" glued to a word, not between abbreviations)
      .replace(/[¢§©®™°~|]/gu, '')
      .replace(/(?<=\p{Ll})&(?=\s)/gu, '')
      .replace(/\([^)]*\)/gu, ' ')
      .replace(/ủy ban nhân dân/gu, 'ubnd')
      .replace(/hội đồng nhân dân/gu, 'hđnd')
      .replace(/\s*([-&,/])\s*/gu, '$1')
      .replace(/\s+/gu, ' ')
      .replace(/^[-+•\s]+|[\s.;,:]+$/gu, '')
      .trim()
  );
}

/** The key with every diacritic removed: a last resort for misspelt restorations ("Sở Nội vu"). */
export function bareKey(key: string): string {
  return fold(key);
}
