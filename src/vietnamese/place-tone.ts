// Where the tone mark goes.
//   The nucleus carries it: "quốc", "nguyễn", "mùa", "cửa", "hoài", "khuỷu".
//   Open oa, oe, uy (no coda) are the one choice of style:
//     'new' (the project's default, the gold's convention): hòa, khỏe, thủy, Ủy ban
//     'old' (on request):                                   hoà, khoẻ, thuỷ, Uỷ ban
//   (Linguists often call these the other way round; the project follows its gold format.)
import { parseSyllable } from './valid.js';
import { joinParts, type SyllableParts } from './parts.js';
import { addTone, type Tone } from './tone.js';

export type ToneStyle = 'new' | 'old';

/** Index, inside glide + nucleus, of the letter that carries the tone. */
function markIndex(p: Omit<SyllableParts, 'tone'>, style: ToneStyle): number {
  const g = p.glide.length;
  // new style, open oa/oe/uy: on the glide (not after q, whose u belongs to the onset's spelling)
  if (style === 'new' && g && !p.coda && p.onset !== 'q' && p.nucleus.length === 1 && 'aey'.includes(p.nucleus)) {
    return 0;
  }
  if (p.nucleus.length === 1) return g;
  // iê, yê, uô, ươ, oo: second letter; ia, ya, ua, ưa: first
  return /^(iê|yê|uô|ươ|oo)$/.test(p.nucleus) ? g + 1 : g;
}

/** Write a toneless syllable's parts with a tone: ({h,o,a}, huyen) → "hòa". */
export function writeSyllable(p: Omit<SyllableParts, 'tone'>, tone: Tone, style: ToneStyle = 'new'): string {
  const body = p.glide + p.nucleus;
  const i = markIndex(p, style);
  const marked = body.slice(0, i) + addTone(body[i]!, tone) + body.slice(i + 1);
  return p.onset + marked + p.coda;
}

/**
 * The same syllable with its tone mark where `style` puts it, keeping the input's case:
 * "hoà" → "hòa", "THUỶ" → "THỦY". Anything that is not a valid syllable comes back unchanged.
 */
export function placeTone(syllable: string, style: ToneStyle = 'new'): string {
  const nfc = syllable.normalize('NFC');
  const parts = parseSyllable(nfc);
  if (!parts || parts.tone === 'ngang') return nfc;
  const lower = writeSyllable(parts, parts.tone, style);
  if (lower === nfc.toLowerCase()) return nfc;
  return restoreCase(lower, nfc);
}

/** Copy the case of `model` letter by letter onto `lower` (same length in code points). */
export function restoreCase(lower: string, model: string): string {
  const a = [...lower];
  const m = [...model];
  if (a.length !== m.length) return model === model.toUpperCase() ? lower.toUpperCase() : lower;
  return a.map((ch, i) => (m[i] !== m[i]!.toLowerCase() ? ch.toUpperCase() : ch)).join('');
}

export { joinParts };
