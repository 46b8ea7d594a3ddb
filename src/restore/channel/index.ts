// The OCR channel: for one OCR'd token, the syllables it may stand for, each with
// log P(observed token | syllable), learned from aligned OCR/true text (scripts/learn-channel.ts).
//
//   candidates('s6', lexicon)    → số, sơ, sổ, sở …      candidates('ctia', lexicon) → của …
//   candidates('nwéc', lexicon)  → nước …                candidates('index', lexicon) → index (kept)
//
// P(token | syllable) = P(letters without tone | syllable's letters without tone)   (score.ts)
//                     × P(tone the token shows | syllable's tone)
// blended with what was counted for the very same OCR form, where there is enough of it:
//   (c(token, syllable) + β · model) / (c(syllable) + β).
// Syllables come from the stripped keys the token may spell (keys.ts) and from the forms table.
import { hasDiacritics, isValidSyllable, removeTone, splitTone, stripDiacritics, toneOf, TONES, type Lexicon } from '../../vietnamese/index.js';
import { channelTables, type ChannelTables, type Profile } from './model.js';
import { clearKeyCaches, proposeKeys } from './keys.js';
import { lettersLogProb, ocrPieces } from './score.js';
import type { CandidateTable } from './table.js';

export type { Lexicon, Profile };
export { ChannelModelError, profileForShare } from './model.js';

export interface Candidate {
  syllable: string;
  /** log P(observed token | syllable), natural log. */
  logProb: number;
}

export interface CandidateOptions {
  /** 'heavy' (default): OCR that loses marks, like the seeds; 'light': a Vietnamese-aware OCR. */
  profile?: Profile;
  /** Most syllables returned (the kept token, when offered, comes on top of these). Default 12. */
  max?: number;
  /** Precomputed lists (table.ts) to answer from before computing; used only for the lexicon it was opened with. */
  table?: CandidateTable;
}

const BLEND = 3;
/** Stripped keys searched per token (each brings up to 18 marked syllables). */
const MAX_KEYS = 6;
/** A non-syllable (a code, a bullet letter) is offered for a form only when counted this often. */
const MIN_CODE_COUNT = 2; // β: how many observations the learned model is worth against the counted forms
const TONE_INDEX = new Map(TONES.map((t, i) => [t, i]));
const HAS_LETTER = /\p{L}/u;

const caches: Record<Profile, Map<string, Candidate[]>> = { heavy: new Map(), light: new Map() };
const lexiconIds = new WeakMap<Lexicon, number>();
let nextLexiconId = 0;

/**
 * Candidates for a lowercased token, best first (ranked by channel × how common the syllable is:
 * the count in the training text, then its place in `lexicon.byKey`, which lists a key's syllables
 * most frequent first); `logProb` itself is the channel alone. A token that is not a Vietnamese
 * syllable (an English word, a code) is also offered as itself.
 */
export function candidates(token: string, lexicon: Lexicon, options: CandidateOptions = {}): Candidate[] {
  const profile = options.profile ?? 'heavy';
  const max = options.max ?? 12;
  let id = lexiconIds.get(lexicon);
  if (id === undefined) lexiconIds.set(lexicon, (id = nextLexiconId++));
  const cacheKey = `${id}\u0001${max}\u0001${token}`;
  const cache = caches[profile];
  let hit = cache.get(cacheKey);
  if (!hit) {
    if (cache.size > 100_000) cache.clear();
    // A form the table does not hold is computed with the tables stored beside it when it has them.
    hit = options.table?.lookup(token, lexicon, max) ?? compute(token, lexicon, options.table?.missTables(token) ?? channelTables(profile), max);
    cache.set(cacheKey, hit);
  }
  return hit.map((c) => ({ ...c }));
}

const syllableParts = new Map<string, { letters: string; tone: number }>();
/** A syllable's letters without tone, and its tone's index; remembered (a lexicon is finite). */
function lettersAndTone(syllable: string): { letters: string; tone: number } {
  let hit = syllableParts.get(syllable);
  if (!hit) {
    const { bare, tone } = splitTone(syllable);
    syllableParts.set(syllable, (hit = { letters: bare, tone: TONE_INDEX.get(tone)! }));
  }
  return hit;
}

/** Forget every cached answer (benchmarks measure the uncached cost with it). */
export function clearChannelCaches(): void {
  caches.heavy.clear();
  caches.light.clear();
  clearKeyCaches();
}

function compute(token: string, lexicon: Lexicon, tables: ChannelTables, max: number): Candidate[] {
  if (!HAS_LETTER.test(token)) return [{ syllable: token, logProb: 0 }];
  const ocrLetters = removeTone(token);
  const ocrTone = TONE_INDEX.get(toneOf(token))!;
  const pieces = ocrPieces(ocrLetters);
  const scored = new Map<string, { logProb: number; rank: number }>();
  const lettersCache = new Map<string, number>();

  const modelLogProb = (syllable: string): number => {
    const { letters, tone } = lettersAndTone(syllable);
    let lp = lettersCache.get(letters);
    if (lp === undefined) lettersCache.set(letters, (lp = lettersLogProb(tables, letters, pieces)));
    return lp + tables.tone[tone]![ocrTone]!;
  };
  const counted = tables.tokens.get(token);
  const score = (syllable: string, rank: number) => {
    if (scored.has(syllable)) return;
    const model = modelLogProb(syllable);
    const seen = counted?.get(syllable) ?? 0;
    const total = tables.gold.get(syllable) ?? 0;
    // Only where this very form was counted: a form never counted says nothing about any syllable.
    const logProb = counted ? Math.log((seen + BLEND * Math.exp(model)) / (total + BLEND)) : model;
    scored.set(syllable, { logProb, rank });
  };

  if (counted) {
    for (const [syllable, count] of counted) {
      // Codes and letters seen for this very form count too ("hdnd" → hđnd, the bullet "d" → đ).
      if (lexicon.has(syllable) || (count >= MIN_CODE_COUNT && syllable !== token && !isValidSyllable(syllable))) score(syllable, 0);
    }
  }
  const ocrKey = stripDiacritics(token);
  for (const [key] of proposeKeys(tables, ocrKey, (k) => lexicon.byKey(k).length > 0, MAX_KEYS)) {
    lexicon.byKey(key).forEach((syllable, rank) => score(syllable, rank));
  }

  const ranked = [...scored.entries()]
    .map(([syllable, { logProb, rank }]) => ({
      syllable,
      logProb,
      order: logProb + Math.log((tables.gold.get(syllable) ?? 0) + 1 / (1 + rank)),
    }))
    .sort((a, b) => b.order - a.order)
    .slice(0, max)
    .map(({ syllable, logProb }) => ({ syllable, logProb }));

  if (!lexicon.has(token) && !isValidSyllable(token)) {
    // Codes and foreign words: offered as printed. How often such a token was right as printed
    // in training stands in for its channel probability.
    const keepSeen = counted?.get(token) ?? 0;
    const keep = keepSeen ? Math.log((keepSeen + 1) / ([...counted!.values()].reduce((a, b) => a + b, 0) + 2)) : tables.logKeep;
    const kept = { syllable: token, logProb: hasDiacritics(token) ? keep - 2 : keep };
    const at = ranked.findIndex((c) => c.logProb < kept.logProb);
    ranked.splice(at < 0 ? ranked.length : at, 0, kept);
  }
  return ranked;
}
