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
import {
  hasDiacritics,
  isValidSyllable,
  removeTone,
  splitTone,
  stripDiacritics,
  toneOf,
  TONES,
  type Lexicon,
} from '../../vietnamese/index.js';
import { ChannelSource, channelPath, MARKED_KEEP_PENALTY, type ChannelTables, type Profile } from './model.js';
import { clearKeyCaches, OTHER_LETTER, proposeKeys } from './keys.js';
import { isSyllableKey } from './key-trie.js';
import { insertBelowEqual, ScratchList } from './ranking.js';
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
  /**
   * Most syllables returned (default 12); on top of these come the kept token, when offered, and for
   * heavy OCR up to MAX_OTHER_LETTER_SYLLABLES read with a letter never learned for the one printed, or dropped.
   */
  max?: number;
  /** Precomputed lists (table.ts) to answer from before computing; used only for the lexicon it was opened with. */
  table?: CandidateTable;
  /** The channel to compute with (a Restorer's own); the package's model/channel.json when absent. */
  channel?: ChannelSource;
}

/** Syllables a list offers unless asked otherwise (CandidateOptions.max). */
export const DEFAULT_MAX = 12;
const BLEND = 3;
/** Stripped keys searched per token (each brings up to 18 marked syllables). */
const MAX_KEYS = 6;
/**
 * Keys only the free edit's unseen letter proposes ("dink" ⇒ dinh, "yao" ⇒ vao, "khog" ⇒ khong,
 * keys.ts), searched for heavy OCR only, after the learned ones, for the tokens readsWithOtherLetter
 * names: at most this many. Such readings all cost the same, so their syllables are ranked as the
 * others are (channel × how common) …
 */
const MAX_OTHER_LETTER_KEYS = 64;
/**
 * … and at most this many of them come after the list: they never push out a syllable the learned
 * keys brought. Leave-one-kind-out (speckle/thin/lowres held out): 16 keys and 4 syllables gave
 * 581/750/1655 word errors, 32 and 6 577/748/1650, 32 and 10 578/748/1650 (and a larger table).
 * Since every non-word gets them (readsWithOtherLetter), speckle/thin SER: 32 and 6 9.00/13.53%,
 * 32 and 10 8.90/13.39%, 64 and 10 8.88/13.34%, 64 and 16 8.88/13.33%.
 */
const MAX_OTHER_LETTER_SYLLABLES = 10;
/** A non-syllable (a code, a bullet letter) is offered for a form only when counted this often. */
const MIN_CODE_COUNT = 2; // β: how many observations the learned model is worth against the counted forms
const TONE_INDEX = new Map(TONES.map((t, i) => [t, i]));
const HAS_LETTER = /\p{L}/u;
const HAS_DIGIT = /[0-9]/;

/** Lists computed, per lexicon (so per model, and gone with it) and profile. */
let caches = new WeakMap<Lexicon, Record<Profile, Map<string, Candidate[]>>>();
/** The package's channel, for callers that give none, per lexicon (as the lists computed with it). */
const packageChannels = new WeakMap<Lexicon, ChannelSource>();

/**
 * Candidates for a lowercased token, best first (ranked by channel × how common the syllable is:
 * the count in the training text, then its place in `lexicon.byKey`, which lists a key's syllables
 * most frequent first); `logProb` itself is the channel alone. A token that is not a Vietnamese
 * syllable (an English word, a code) is also offered as itself.
 */
export function candidates(token: string, lexicon: Lexicon, options: CandidateOptions = {}): Candidate[] {
  const profile = options.profile ?? 'heavy';
  const max = options.max ?? DEFAULT_MAX;
  // The table builds a new list on every lookup: the caller may have it as it is (no cache, no copy).
  const stored = options.table?.lookup(token, lexicon, max);
  if (stored) return stored;
  let forLexicon = caches.get(lexicon);
  if (!forLexicon) caches.set(lexicon, (forLexicon = { heavy: new Map(), light: new Map() }));
  const cacheKey = `${max}\u0001${token}`;
  const cache = forLexicon[profile];
  let hit = cache.get(cacheKey);
  if (!hit) {
    if (cache.size > 100_000) cache.clear();
    // A form the table does not hold is computed with the tables stored beside it when it has them.
    const tables = options.table?.missTables(token) ?? channelOf(options, lexicon).tables(profile);
    hit = compute(token, lexicon, tables, max, profile === 'heavy');
    cache.set(cacheKey, hit);
  }
  return copyOf(hit);
}

function channelOf(options: CandidateOptions, lexicon: Lexicon): ChannelSource {
  if (options.channel) return options.channel;
  let channel = packageChannels.get(lexicon);
  if (!channel) packageChannels.set(lexicon, (channel = new ChannelSource(channelPath())));
  return channel;
}

/** A copy the caller may change without changing the cached list. */
function copyOf(list: Candidate[]): Candidate[] {
  const copy: Candidate[] = [];
  for (let i = 0; i < list.length; i++) copy.push({ syllable: list[i]!.syllable, logProb: list[i]!.logProb });
  return copy;
}

/** Toneless letters, with lettersLogProb against the token being computed once asked. */
interface Letters {
  text: string;
  logProb: number;
  /** The token (TokenScoring.token) `logProb` was computed for. */
  computedIn: number;
}

/**
 * What compute() needs of a syllable, remembered across tokens (a lexicon is finite), with room
 * for what it found while computing one token: kept on the syllable, these save a Map per token.
 */
interface SyllableParts {
  /** Its letters without tone, shared by every syllable with the same letters. */
  letters: Letters;
  /** Its tone's index in TONES. */
  tone: number;
  /** The token (TokenScoring.token) that last scored it: a syllable is scored once per token. */
  scoredIn: number;
  /** Its count in `goldOf.gold`. */
  gold: number;
  goldOf: ChannelTables | undefined;
}

const syllableParts = new Map<string, SyllableParts>();
const lettersByText = new Map<string, Letters>();

function partsOf(syllable: string): SyllableParts {
  let parts = syllableParts.get(syllable);
  if (!parts) {
    const { bare, tone } = splitTone(syllable);
    let letters = lettersByText.get(bare);
    // logProb is NaN until computed for a token (computedIn).
    if (!letters) lettersByText.set(bare, (letters = { text: bare, logProb: NaN, computedIn: -1 }));
    parts = { letters, tone: TONE_INDEX.get(tone)!, scoredIn: -1, gold: 0, goldOf: undefined };
    syllableParts.set(syllable, parts);
  }
  return parts;
}

/** The syllable's count in the training text (tables.gold), remembered for the tables last asked with. */
function goldCount(parts: SyllableParts, syllable: string, tables: ChannelTables): number {
  if (parts.goldOf !== tables) {
    parts.gold = tables.gold.get(syllable) ?? 0;
    parts.goldOf = tables;
  }
  return parts.gold;
}

/** Forget every cached answer (benchmarks measure the uncached cost with it). */
export function clearChannelCaches(): void {
  caches = new WeakMap();
  clearKeyCaches();
}

/**
 * The syllables one token may stand for, scored (each once) in the order first offered, into lists
 * kept from token to token (never truncated: see ScratchList). Part of the channel's speed device
 * (README): one long-lived object that stamps what it computed with the token's number
 * (SyllableParts.scoredIn, Letters.computedIn) instead of Maps made anew for each token. A syllable
 * is scored once per token, at its first offer's rank, and ties rank in the order scored.
 */
class TokenScoring {
  private tables: ChannelTables | undefined;
  private pieces: string[][] = [];
  private counted: Map<string, number> | undefined;
  private ocrTone = 0;
  /** Counts the tokens scored: SyllableParts and Letters note the one they were last computed for. */
  private token = 0;
  /** Syllables scored for this token so far. */
  count = 0;
  private readonly syllables: string[] = [];
  private readonly logProbs: number[] = [];
  private orders: Float64Array = new Float64Array(64);
  private readonly best = new ScratchList();

  start(tables: ChannelTables, pieces: string[][], counted: Map<string, number> | undefined, ocrTone: number): void {
    this.tables = tables;
    this.pieces = pieces;
    this.counted = counted;
    this.ocrTone = ocrTone;
    this.token++;
    this.count = 0;
  }

  /** Scores the syllables of one key's list, `rank` their place in it. */
  scoreAll(syllables: readonly string[]): void {
    for (let rank = 0; rank < syllables.length; rank++) this.score(syllables[rank]!, rank);
  }

  /** The syllable's channel log-probability, once per token; `rank` its place in its key's list (0 for counted forms). */
  score(syllable: string, rank: number): void {
    const tables = this.tables!;
    const parts = partsOf(syllable);
    if (parts.scoredIn === this.token) return;
    parts.scoredIn = this.token;
    const letters = parts.letters;
    if (letters.computedIn !== this.token) {
      letters.logProb = lettersLogProb(tables, letters.text, this.pieces);
      letters.computedIn = this.token;
    }
    const model = letters.logProb + tables.tone[parts.tone]![this.ocrTone]!;
    const counted = this.counted;
    const seen = counted?.get(syllable) ?? 0;
    const total = goldCount(parts, syllable, tables);
    // Only where this very form was counted: a form never counted says nothing about any syllable.
    const logProb = counted ? Math.log((seen + BLEND * Math.exp(model)) / (total + BLEND)) : model;
    const at = this.count++;
    this.syllables[at] = syllable;
    // In single precision, as model/candidates.bin stores it (table.ts): table and computation agree bit for bit.
    this.logProbs[at] = Math.fround(logProb);
    if (at >= this.orders.length) this.orders = growTo(this.orders, 2 * at);
    this.orders[at] = logProb + Math.log(total + 1 / (1 + rank));
  }

  /**
   * The best `max` scored (from the `from`th scored on), by channel × how common the syllable is
   * (`orders`), ties in the order scored (as a stable sort would leave them).
   */
  ranked(max: number, from = 0): Candidate[] {
    const best = this.best;
    best.count = 0;
    for (let i = from; i < this.count; i++) insertBelowEqual(best, i, this.orders[i]!, this.orders, max);
    const ranked: Candidate[] = [];
    for (let b = 0; b < best.count; b++) {
      const at = best.items[b]!;
      ranked.push({ syllable: this.syllables[at]!, logProb: this.logProbs[at]! });
    }
    return ranked;
  }
}

const scoring = new TokenScoring();

function compute(token: string, lexicon: Lexicon, tables: ChannelTables, max: number, otherLetters: boolean): Candidate[] {
  if (!hasLetter(token)) return [{ syllable: token, logProb: 0 }];
  const ocrTone = TONE_INDEX.get(toneOf(token))!;
  const counted = tables.tokens.get(token);
  scoring.start(tables, ocrPieces(removeTone(token)), counted, ocrTone);
  if (counted) {
    counted.forEach((count, syllable) => {
      // Codes and letters seen for this very form count too ("hdnd" → hđnd, the bullet "d" → đ).
      if (lexicon.has(syllable) || (count >= MIN_CODE_COUNT && syllable !== token && !isValidSyllable(syllable)))
        scoring.score(syllable, 0);
    });
  }
  const key = stripDiacritics(token);
  const isKey = (k: string) => lexicon.byKey(k).length > 0;
  const keys = proposeKeys(tables, key, isKey, MAX_KEYS);
  for (let k = 0; k < keys.length; k++) scoring.scoreAll(lexicon.byKey(keys[k]![0]));
  const ranked = scoring.ranked(max);
  if (otherLetters && readsWithOtherLetter(token, lexicon, ranked)) {
    const learned = scoring.count;
    const more = proposeKeys(tables, key, isKey, MAX_OTHER_LETTER_KEYS, true);
    for (let k = 0; k < more.length; k++) if (!keys.some(([known]) => known === more[k]![0])) scoring.scoreAll(lexicon.byKey(more[k]![0]));
    const extra = scoring.ranked(MAX_OTHER_LETTER_SYLLABLES, learned);
    for (let e = 0; e < extra.length; e++) ranked.push(extra[e]!);
  }

  if (!lexicon.has(token) && !isSyllable(token, key)) {
    // Codes and foreign words: offered as printed. How often such a token was right as printed
    // in training stands in for its channel probability (a marked one, "quyén", hardly ever is).
    const keepSeen = counted?.get(token) ?? 0;
    const marked = hasDiacritics(token);
    const keep = keepSeen
      ? Math.log((keepSeen + 1) / (sumOf(counted!) + 2)) - (marked ? MARKED_KEEP_PENALTY : 0)
      : marked
        ? tables.logKeepMarked
        : tables.logKeep;
    const kept = { syllable: token, logProb: Math.fround(keep) };
    let at = 0;
    while (at < ranked.length && !(ranked[at]!.logProb < kept.logProb)) at++;
    ranked.splice(at, 0, kept);
  }
  return ranked;
}

/**
 * The stripped keys an OCR'd piece of a word may spell by the learned readings alone ("tir" ⇒ tu,
 * "ludn" ⇒ luan), with log P(piece | key), best first, at most `limit`: what the clean-up asks of
 * the channel to find two syllables printed as one word. No counted forms are needed.
 */
export function learnedKeys(piece: string, lexicon: Lexicon, options: CandidateOptions, limit: number): Array<[string, number]> {
  const profile = options.profile ?? 'heavy';
  const tables = options.table?.storedTables() ?? channelOf(options, lexicon).tables(profile);
  return proposeKeys(tables, stripDiacritics(piece), (k) => lexicon.byKey(k).length > 0, limit);
}

/**
 * isValidSyllable(token), rejecting first by its stripped key, which every valid syllable's is in the
 * key trie (most tokens the table misses are OCR garbage); the same answer (test).
 */
export function isSyllable(token: string, key: string): boolean {
  return isSyllableKey(key) && isValidSyllable(token);
}

/**
 * Whether a heavy OCR token's list also takes syllables read with one letter never learned for the
 * one printed (or dropped). A token with no digit that is no word of the lexicon, or a word printed
 * without marks, always does: a kind of scan the channel never learned misreads letters the others
 * never do (speckle `oat` for hoạt; thin strokes `phing` for phòng, `iién` for kiện; low resolution
 * `can` for cạnh, `nga` for ngày, `hin` for hiện), and a learned reading that explains such a token
 * fairly well (`oat` ⇒ loạt at e^-6.1) is no sign that the unseen one is wrong. Any other token only
 * when no learned reading explains it better than one unseen letter would: a word the OCR printed
 * with its marks is most often right as printed, and with a digit (`b0` is bo, bộ … at e^-7.4) the
 * digit's readings already stand for the misread letter, so the unseen letter's đó would only crowd
 * the decoder's beam.
 */
function readsWithOtherLetter(token: string, lexicon: Lexicon, ranked: Candidate[]): boolean {
  if (!HAS_DIGIT.test(token) && !(lexicon.has(token) && hasDiacritics(token))) return true;
  return !(ranked.length > 0 && bestLogProb(ranked) > OTHER_LETTER);
}

function bestLogProb(list: Candidate[]): number {
  let best = -Infinity;
  for (let i = 0; i < list.length; i++) if (list[i]!.logProb > best) best = list[i]!.logProb;
  return best;
}

/** The counts added up in the Map's order, from 0 (as reduce((a, b) => a + b, 0) adds them). */
function sumOf(counts: Map<string, number>): number {
  let sum = 0;
  counts.forEach((count) => (sum += count));
  return sum;
}

/** Whether the token has a letter (\p{L}); an ASCII one is looked for first. */
function hasLetter(token: string): boolean {
  for (let i = 0; i < token.length; i++) {
    const lower = token.charCodeAt(i) | 0x20; // A–Z onto a–z, and nothing else onto a–z
    if (lower >= 0x61 && lower <= 0x7a) return true;
  }
  return HAS_LETTER.test(token);
}

function growTo(values: Float64Array, size: number): Float64Array {
  const grown = new Float64Array(size);
  grown.set(values);
  return grown;
}
