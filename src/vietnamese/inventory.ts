// Every valid Vietnamese syllable (lowercase, NFC, tone in the new style), and a Lexicon over them.
// Over-generates on purpose (every spelling the rules allow, used or not): it is the test
// lexicon and the fallback; the decoder's lexicon comes from the language model.
import { AFTER_QU, O_GLIDE_RHYMES, PLAIN_RHYMES, U_GLIDE_RHYMES } from './rhymes.js';
import { ONSET_LIST, splitSyllable, splitToneless, type SyllableParts } from './parts.js';
import { TONES } from './tone.js';
import { parseSyllable, spellingAllows } from './valid.js';
import { writeSyllable, type ToneStyle } from './place-tone.js';
import { stripDiacritics } from './strip.js';

let cached: readonly string[] | undefined;
let keys: ReadonlySet<string> | undefined;

/** The stripped keys of all valid syllables ("quyet", "dinh" …), without writing every tone out. */
export function syllableKeys(): ReadonlySet<string> {
  if (keys) return keys;
  const out = new Set<string>();
  for (const body of bodies()) {
    const parts = splitToneless(body);
    if (!parts) continue;
    // sắc is allowed with every coda, so it tests the spelling alone
    (parts as SyllableParts).tone = 'sac';
    if (spellingAllows(parts as SyllableParts)) out.add(stripDiacritics(body));
  }
  return (keys = out);
}

/** Every onset + rhyme spelling, valid or not. */
function bodies(): string[] {
  const rhymes = [...PLAIN_RHYMES, ...O_GLIDE_RHYMES, ...U_GLIDE_RHYMES];
  return ONSET_LIST.flatMap((onset) => (onset === 'q' ? AFTER_QU.map((r) => 'qu' + r) : rhymes.map((r) => onset + r)));
}

/** All valid syllables, sorted; built once (a few thousand parses). */
export function allSyllables(style: ToneStyle = 'new'): readonly string[] {
  if (style === 'new' && cached) return cached;
  const out = new Set<string>();
  for (const bare of bodies()) {
    const parts = splitSyllable(bare);
    if (!parts) continue;
    for (const tone of TONES) {
      const written = writeSyllable(parts, tone, style);
      if (parseSyllable(written)) out.add(written);
    }
  }
  const list = [...out].sort();
  if (style === 'new') cached = list;
  return list;
}

export interface Lexicon {
  /** Syllables whose stripped form (no diacritics, đ → d) is `key`. */
  byKey(key: string): readonly string[];
  has(syllable: string): boolean;
}

/** A Lexicon over a list of lowercase NFC syllables; byKey keeps the list's order. */
export function lexiconOf(syllables: Iterable<string>): Lexicon {
  const byKey = new Map<string, string[]>();
  const all = new Set<string>();
  for (const s of syllables) {
    if (all.has(s)) continue;
    all.add(s);
    const key = stripDiacritics(s);
    let list = byKey.get(key);
    if (!list) byKey.set(key, (list = []));
    list.push(s);
  }
  const none: readonly string[] = [];
  return { byKey: (key) => byKey.get(key) ?? none, has: (s) => all.has(s) };
}

let inventory: Lexicon | undefined;
/** The whole inventory as a Lexicon. */
export function inventoryLexicon(): Lexicon {
  return (inventory ??= lexiconOf(allSyllables()));
}
