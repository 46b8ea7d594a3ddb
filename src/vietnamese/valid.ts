// Is a string one Vietnamese syllable, spelled by the rules?
//   valid: "quyết", "nghiêng", "kỹ", "giữa", "gìn", "hòa", "hoà", "yêu", "khuya"
//   not:   "kan" (k before a), "ghe" ok but "gha" no, "ngi" (needs ngh), "cé" (c before e),
//          "các" ok but "càc" (stop coda with huyền), "yên" ok but "tyên", "iso", "index"
import { splitSyllable, type SyllableParts } from './parts.js';
import { toneAllowedWithCoda } from './tone.js';

const FRONT = /^[ieêy]/; // front vowels: k, gh, ngh before them; c, g, ng not

/** The spelling rules and the tone-with-coda rule, on parts already split. */
export function spellingAllows(p: SyllableParts): boolean {
  const front = !p.glide && FRONT.test(p.nucleus);
  switch (p.onset) {
    case 'k':
    case 'gh':
    case 'ngh':
      if (!front) return false;
      break;
    case 'c':
      if (front || p.glide) return false;
      break;
    case 'ng':
      if (front) return false;
      break;
    case 'g':
      // plain g before i only in the gi-words (gì, gìn, giếng), which parts.ts splits as g + i…
      if (front && !p.nucleus.startsWith('i')) return false;
      break;
  }
  // "yê…" only without an onset or after the glide u; "iê…" only after an onset.
  if (p.nucleus.startsWith('yê') && p.onset && !p.glide) return false;
  if (p.nucleus.startsWith('iê') && !p.onset) return false;
  return toneAllowedWithCoda(p.tone, p.coda);
}

/** Parts of a valid syllable (lowercased first), or null. */
export function parseSyllable(text: string): SyllableParts | null {
  const lower = text.normalize('NFC').toLowerCase();
  const parts = splitSyllable(lower);
  return parts && spellingAllows(parts) ? parts : null;
}

export function isValidSyllable(text: string): boolean {
  return parseSyllable(text) !== null;
}
