// Split a syllable into onset, glide, nucleus, coda and tone.
//   "nguyễn" → ng + u + yê + n, ngã      "quốc" → q + u + ô + c, sắc
//   "hòa"    → h + o + a, huyền          "giữa" → gi + ư a, ngã      "gìn" → g + i + n, huyền
// The parts concatenate back to the syllable without its tone mark. Structure only: the spelling
// rules (c/k, g/gh, tones on stop codas …) are checked by valid.ts.
import { AFTER_QU, CONSONANT_CODAS, O_GLIDE_RHYMES, PLAIN_RHYMES, U_GLIDE_RHYMES } from './rhymes.js';
import { removeTone, toneOf, type Tone } from './tone.js';

export interface SyllableParts {
  onset: string;
  glide: string;
  nucleus: string;
  coda: string;
  tone: Tone;
}

interface Rhyme {
  glide: string;
  nucleus: string;
  coda: string;
}

const SEMIVOWEL_CODAS = new Set(['i', 'y', 'o', 'u']);

function splitRhyme(rhyme: string, glide: string): Rhyme {
  let rest = rhyme.slice(glide.length);
  let coda = CONSONANT_CODAS.find((c) => rest.length > c.length && rest.endsWith(c)) ?? '';
  rest = rest.slice(0, rest.length - coda.length);
  if (!coda && rest.length >= 2 && rest !== 'oo' && SEMIVOWEL_CODAS.has(rest[rest.length - 1]!)) {
    coda = rest[rest.length - 1]!;
    rest = rest.slice(0, -1);
  }
  return { glide, nucleus: rest, coda };
}

const RHYMES = new Map<string, Rhyme>();
for (const r of PLAIN_RHYMES) RHYMES.set(r, splitRhyme(r, ''));
for (const r of O_GLIDE_RHYMES) RHYMES.set(r, splitRhyme(r, 'o'));
for (const r of U_GLIDE_RHYMES) RHYMES.set(r, splitRhyme(r, 'u'));
const QU_RHYMES = new Set(AFTER_QU);

// Longest first, so that "ngh" wins over "ng" and "ng" over "n".
const ONSETS = [
  'ngh',
  'ng',
  'gh',
  'ch',
  'kh',
  'nh',
  'ph',
  'th',
  'tr',
  'b',
  'c',
  'd',
  'đ',
  'g',
  'h',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'v',
  'x',
];

/** All onsets, "" for none; "q" only ever comes with the glide u ("qu"). */
export const ONSET_LIST: readonly string[] = ['', ...ONSETS, 'gi', 'q'];

const VOWEL = /^[aăâeêioôơuưy]/;

/** Split a lowercase NFC syllable; null when it has no Vietnamese shape. */
export function splitSyllable(syllable: string): SyllableParts | null {
  const tone = toneOf(syllable);
  const bare = removeTone(syllable);
  const parts = splitToneless(bare);
  return parts ? { ...parts, tone } : null;
}

/** Split a lowercase syllable written without tone mark ("quyêt"); null when it has no Vietnamese shape. */
export function splitToneless(s: string): Omit<SyllableParts, 'tone'> | null {
  // qu + rhyme: the u is the glide ("quốc", "quy").
  if (s.startsWith('qu') && VOWEL.test(s.slice(2))) {
    const rest = s.slice(2);
    if (!QU_RHYMES.has(rest)) return null;
    return { onset: 'q', ...splitRhyme('u' + rest, 'u') };
  }
  // gi + rhyme ("giữa", "giá"), or g + an i-rhyme when the i is the vowel ("gì", "gìn", "giếng").
  if (s.startsWith('gi')) {
    const rest = s.slice(2);
    const rhyme = rest ? RHYMES.get(rest) : undefined;
    if (rhyme && VOWEL.test(rest)) return { onset: 'gi', ...rhyme };
    const iRhyme = RHYMES.get(s.slice(1));
    if (iRhyme && !iRhyme.glide) return { onset: 'g', ...iRhyme };
    return null;
  }
  const onset = ONSETS.find((o) => s.startsWith(o) && s.length > o.length) ?? '';
  const rhyme = RHYMES.get(s.slice(onset.length));
  return rhyme ? { onset, ...rhyme } : null;
}

/** The parts written back out (without tone): inverse of splitSyllable. */
export function joinParts(parts: Omit<SyllableParts, 'tone'>): string {
  return parts.onset + parts.glide + parts.nucleus + parts.coda;
}
