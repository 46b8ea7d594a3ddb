// An OCR'd word cleaned of what the scan added: a border read as "|", a speck read as a quote or a
// dot alone, and a lost space — tesseract often reads two syllables set close together as one word
// ("Cácsở", "chủtrì", "Cơquan"), which then hides a table header or an agency's name. A word that
// is no Vietnamese syllable but splits wholly into syllables is split; capitals-only words
// (acronyms: "HĐND", "UBND") and words with digits are left alone.
import { isValidSyllable } from '../../vietnamese/valid.js';
import { stripDiacritics } from '../../vietnamese/strip.js';
import { syllableKeys } from '../../vietnamese/inventory.js';

export function cleanWord(text: string): string {
  const trimmed = hornOfApostrophe(text.replace(/^[|¦'‘`]+|[|¦]+$/gu, ''));
  // Specks read as punctuation alone ("_", ".", "'"); a dash or plus alone is a bullet.
  if (/^[_~'"‘’“”.,:;°^]+$/u.test(trimmed)) return '';
  return trimmed.replace(/\p{L}{4,}/gu, splitJoined);
}

const HORN: Record<string, string> = { o: 'ơ', u: 'ư', O: 'Ơ', U: 'Ư' };

/**
 * tesseract's English model writes a horn as an apostrophe after the word ("co’" for "cơ", "So’" for
 * "Sở", "CHU'" for "CHƯ"): the horn put back on the o or u it follows, any other such apostrophe
 * dropped, so that restoration sees one word.
 */
function hornOfApostrophe(word: string): string {
  const found = /^(.*\p{L})['’`]$/u.exec(word);
  if (!found) return word;
  const stem = found[1]!;
  const last = stem[stem.length - 1]!;
  return HORN[last] ? stem.slice(0, -1) + HORN[last] : stem;
}

/** "Cácsở" → "Các sở"; a word that is a syllable, or cannot be split wholly, stays. */
export function splitJoined(word: string): string {
  if (isValidSyllable(word) || word === word.toUpperCase() || isSyllableWithoutItsMarks(word)) return word;
  // A capital inside the word after a small letter starts a new word ("SởTư").
  const byCase = word.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2');
  if (byCase !== word) return byCase.split(' ').map(splitJoined).join(' ');
  // Syllables as printed first ("chủtrì" → "chủ trì", not "chủt rì"); then ones whose marks were lost ("Cacsé").
  const parts = syllables(word, false) ?? syllables(word, true);
  return parts && parts.length > 1 ? parts.join(' ') : word;
}

/**
 * A syllable whose marks the OCR lost or got wrong ("hién", "quyét", "nhiem": tesseract eng reads
 * "hiện" so): one word for restoration to mend, not two ("hi én").
 */
const isSyllableWithoutItsMarks = (word: string) => syllableKeys().has(stripDiacritics(word.toLowerCase()));

/** The word as syllables, longest first from the left; null when it cannot be cut so. */
function syllables(word: string, markless: boolean, depth = 0): string[] | null {
  if (!word) return [];
  if (depth > 4) return null;
  for (let end = Math.min(word.length, 7); end >= 1; end--) {
    const head = word.slice(0, end);
    if (!isValidSyllable(head) && !(markless && isSyllableWithoutItsMarks(head))) continue;
    const rest = syllables(word.slice(end), markless, depth + 1);
    if (rest) return [head, ...rest];
  }
  return null;
}
