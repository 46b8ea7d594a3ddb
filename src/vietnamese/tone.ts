// Tones: which of the six a syllable carries, and how to add or remove the mark.
// Works on NFC text; the tone marks are the five combining marks below (NFD).
export type Tone = 'ngang' | 'huyen' | 'sac' | 'hoi' | 'nga' | 'nang';

export const TONES: readonly Tone[] = ['ngang', 'huyen', 'sac', 'hoi', 'nga', 'nang'];

/** Combining mark of each tone (ngang has none). */
const MARK: Record<Tone, string> = {
  ngang: '',
  huyen: '\u0300', // à
  sac: '\u0301', // á
  hoi: '\u0309', // ả
  nga: '\u0303', // ã
  nang: '\u0323', // ạ
};

const TONE_BY_MARK = new Map<string, Tone>(TONES.filter((t) => t !== 'ngang').map((t) => [MARK[t], t] as [string, Tone]));
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;

export interface CharTone {
  bare: string;
  tone: Tone;
}
const charCache = new Map<string, CharTone>();

/** One character without its tone mark, and the tone it carried ("ế" → "ê", sac). */
export function splitCharTone(ch: string): CharTone {
  let hit = charCache.get(ch);
  if (hit) return hit;
  const nfd = ch.normalize('NFD');
  let tone: Tone = 'ngang';
  for (const c of nfd) {
    const t = TONE_BY_MARK.get(c);
    if (t) tone = t;
  }
  hit = { bare: nfd.replace(TONE_MARKS, '').normalize('NFC'), tone };
  charCache.set(ch, hit);
  return hit;
}

/** The tone of a syllable: the first tone mark found, else ngang. */
export function toneOf(syllable: string): Tone {
  for (const ch of syllable) {
    const { tone } = splitCharTone(ch);
    if (tone !== 'ngang') return tone;
  }
  return 'ngang';
}

/** The syllable with every tone mark removed (hats, breves, horns and đ kept): "quyết" → "quyêt". */
export function removeTone(syllable: string): string {
  let out = '';
  for (const ch of syllable) out += splitCharTone(ch).bare;
  return out;
}

/** removeTone and toneOf in one pass: the syllable without tone marks, and its tone ("quyết" → quyêt, sac). */
export function splitTone(syllable: string): CharTone {
  let bare = '';
  let tone: Tone = 'ngang';
  for (const ch of syllable) {
    const split = splitCharTone(ch);
    bare += split.bare;
    if (tone === 'ngang') tone = split.tone;
  }
  return { bare, tone };
}

/** One vowel with a tone mark added: ("ê", sac) → "ế". */
export function addTone(vowel: string, tone: Tone): string {
  return tone === 'ngang' ? vowel : (vowel + MARK[tone]).normalize('NFC');
}

/** Stop codas (c, ch, p, t) allow only sắc and nặng. */
export function toneAllowedWithCoda(tone: Tone, coda: string): boolean {
  if (coda === 'c' || coda === 'ch' || coda === 'p' || coda === 't') return tone === 'sac' || tone === 'nang';
  return true;
}
