// How a word enters the model: lowercase NFC, tone mark in the new style
// ("Hoà" → "hòa", "THUỶ" → "thủy"), so both spellings count as one syllable.
import { placeTone } from '../../vietnamese/index.js';

const cache = new Map<string, string>();

export function canonicalWord(word: string): string {
  let hit = cache.get(word);
  if (hit === undefined) {
    hit = placeTone(word.toLowerCase().normalize('NFC'), 'new');
    if (cache.size < 500_000) cache.set(word, hit);
  }
  return hit;
}
