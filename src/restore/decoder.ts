// The decoder: for each sentence, the best path through the lattice of
// candidate syllables, scored by the trigram language model plus the channel
// (beam search with Viterbi recombination on the last two words).
import { scanLmTokens, type LmTokenKind } from './lm/tokens.js';
import { SPECIAL } from './lm/format.js';
import type { NgramModel } from './lm/model.js';
import type { Lexicon } from '../vietnamese/index.js';
import type { Candidate } from './channel/index.js';
import type { StoredList } from './channel/table.js';
import { isProtected } from './protect.js';
import { applyCase } from './casing.js';
import { CodeForms } from './codes.js';
import { Confidence } from './confidence.js';
import { MAX_BEAM, MAX_TOKENS } from './wasm/beam.js';
import { DOUBT_BONUS, ocrBand, SURE_PENALTY, type OcrBand } from './ocr-confidence.js';
import { stripDiacritics } from '../vietnamese/index.js';

export type CandidateSource = (token: string, lexicon: Lexicon) => Candidate[];

export interface DecoderOptions {
  /** Weight of the channel's ln P(token | syllable) against the language model. */
  channelWeight?: number;
  /** Hypotheses kept per position. */
  beam?: number;
  /** Tokens decoded before the model's word ceilings are built and used (see useBounds); default 0 when the model file stores what they are made of, else 30,000. */
  boundsAfter?: number;
  /** The candidate source's lists where they are stored ready (asked first; undefined: ask the source). */
  storedLists?: (token: string) => StoredList | undefined;
  /**
   * What an OCR'd token's confidence vouches for (ocr-confidence.ts): its letters (text that lost its
   * marks, read by an engine without them: the default) or the whole syllable, marks and all (text
   * that kept them).
   */
  vouches?: 'letters' | 'syllable';
}

export interface DecodeOptions {
  /** Each change's confidence (default true); false leaves it NaN (the restored text alone does not need them, ~5% of a cold `cchc normalize`). */
  confidence?: boolean;
  /** Each change's margin (default false). */
  margins?: boolean;
  /** The OCR confidence (0–100) of the token at an offset of the text; NaN where none is known (ocr-confidence.ts). */
  ocrConfidence?: (offset: number) => number;
}

export interface TokenChange {
  /** Offset of the original token in the text. */
  start: number;
  original: string;
  restored: string;
  /** NaN when the decode was asked for none (see Decoder.decode). */
  confidence: number;
  /**
   * ln odds of the restored word over the word as printed, the path's neighbours held fixed (see
   * Decoder.margin); NaN unless the decode was asked for margins.
   */
  margin: number;
}

/**
 * What a token may become: candidate syllables (lowercase), their word ids and channel scores; one entry
 * for fixed tokens. A class, so every lattice has one shape from the start: `bound` starts as a
 * non-integer number, so setting it later never changes how the field is stored (that would
 * deoptimise the decoder's compiled code mid-document).
 */
class Lattice {
  /** The highest score the language model gives each candidate anywhere (NgramModel.ceilings; lm.ceiling until the decoder uses bounds). */
  readonly top: Float64Array;
  /** The best channel + top of the candidates (see Decoder.setTops). */
  bound = -Infinity;

  constructor(
    /** Unique within the decoder (Confidence remembers answers by it). */
    readonly id: number,
    readonly syllables: string[],
    readonly ids: Int32Array,
    readonly channel: Float64Array,
  ) {
    this.top = new Float64Array(ids.length);
  }
}

interface Slot {
  /** The token as printed, when a change to it is recorded; null for numbers, commas and kept codes. */
  word: string | null;
  /** Offset of the token in the text. */
  start: number;
  /** The token lowercased: when the path keeps it, nothing changes. */
  lower: string;
  lattice: Lattice;
}

/** A token kept as the model's word (never recorded), or the lattice it is decoded and recorded with. */
interface Outcome {
  kept: Slot | null;
  lattice: Lattice | null;
}

/**
 * What a printed word becomes wherever it stands. `guarded`: inside a document number or URL
 * (isProtected), and everywhere for `early` words (too long to be a syllable; codes like "ND" → NĐ);
 * `free`: elsewhere, the channel's candidates, looked up on first need (null until then).
 */
interface WordPlan {
  lower: string;
  early: boolean;
  guarded: Outcome;
  free: Outcome | null;
}

const MAX_WORD = 12;
const NUMBER_ID: number = SPECIAL.number;
const COMMA_ID: number = SPECIAL.comma;
/** Tokens a decoder decodes before it builds and uses the model's word ceilings (see useBounds). */
const BOUNDS_AFTER = 30_000;
/** Far above the rounding error of sums of a sentence's scores, far below any score difference that matters. */
const ROUNDING = 1e-6;
const ALL_CAPS = /^[A-Z]+$/;
const isAllCaps = (word: string) => word.charCodeAt(0) >= 65 && word.charCodeAt(0) <= 90 && ALL_CAPS.test(word);

/**
 * A blank line inside a sentence: the next line goes on in lowercase ("… đã chỉ" / "" / "đạo các …").
 * OCR that double-spaces its lines puts one after every line; the model's blank-line boundary would
 * end the sentence there and pull the last word towards a sentence-final reading.
 */
function continuesAfterBlankLine(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(start) !== 0x0a) return false;
  let i = end;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\r' || text[i] === '\n')) i++;
  const next = text[i];
  return next !== undefined && next !== next.toUpperCase() && next === next.toLowerCase();
}

/** Whether some token of the sentence has more than one candidate. */
function hasChoice(sentence: Slot[]): boolean {
  for (let i = 0; i < sentence.length; i++) if (sentence[i]!.lattice.ids.length > 1) return true;
  return false;
}

export class Decoder {
  private readonly channelWeight: number;
  private readonly beam: number;
  private readonly boundsAfter: number;
  private readonly codes: CodeForms;
  /** Per word, the highest score the model can give it: lm.ceilings once bounded, lm.ceiling (0) everywhere before. */
  private ceilings: Float64Array;
  private posterior: Confidence;
  /** Whether the word ceilings are in use (see useBounds). */
  private bounded = false;
  /** Tokens decoded so far. */
  private decoded = 0;
  private readonly storedLists: ((token: string) => StoredList | undefined) | undefined;
  /** Whether the document being decoded wants its changes' confidences, and their margins. */
  private withConfidence = true;
  private withMargins = false;
  /** Candidates per lowercase token: documents repeat their words, the channel need not. */
  private readonly cache = new Map<string, Lattice>();
  /** The document's OCR confidences, when it has them. */
  private ocrConfidence: ((offset: number) => number) | undefined;
  private readonly vouches: 'letters' | 'syllable';
  /** A token's candidates weighed by its OCR band, per band and lowercase token. */
  private readonly banded = new Map<string, Lattice>();

  constructor(
    private readonly lm: NgramModel,
    private readonly lexicon: Lexicon,
    private readonly candidates: CandidateSource,
    options: DecoderOptions = {},
  ) {
    this.channelWeight = options.channelWeight ?? 1;
    // 3 loses accuracy (held-out 0.75% vs 0.56%). 8 gains a little (seed 003 0.90% vs 0.99%, 8 held-out
    // documents 0.96% vs 1.00%) for ~60% more search time, which a cold start cannot spare yet.
    this.beam = options.beam ?? 5;
    this.boundsAfter = options.boundsAfter ?? (lm.boundsAreCheap ? 0 : BOUNDS_AFTER);
    this.storedLists = options.storedLists;
    this.vouches = options.vouches ?? 'letters';
    this.codes = new CodeForms((word) => (lm.has(word) ? lm.id(word) : Infinity));
    this.ceilings = new Float64Array(lm.vocab.length).fill(lm.ceiling);
    this.posterior = new Confidence(lm, this.ceilings);
    if (this.boundsAfter <= 0) this.useBounds();
  }

  /** The changes to `text`, in text order (see DecodeOptions). */
  decode(text: string, options: DecodeOptions = {}): TokenChange[] {
    const changes: TokenChange[] = [];
    this.withConfidence = options.confidence ?? true;
    this.withMargins = options.margins ?? false;
    this.ocrConfidence = options.ocrConfidence;
    this.posterior.forget();
    const sentence: Slot[] = [];
    const flush = () => {
      if (!hasChoice(sentence)) this.keepSingles(sentence, changes);
      else if (!this.searchCompiled(sentence, changes)) this.decodeSentence(sentence, changes);
      this.decoded += sentence.length;
      sentence.length = 0;
      if (!this.bounded && this.decoded >= this.boundsAfter) this.useBounds();
    };
    scanLmTokens(text, (kind, start, end) => {
      if (kind === 'boundary') {
        if (!continuesAfterBlankLine(text, start, end)) flush();
      } else sentence.push(this.slot(text, kind, start, end));
    });
    flush();
    return changes;
  }

  /** A token that stays the model's word `id` and is never recorded: one shared slot per word. */
  private kept(id: number): Slot {
    let slot = this.keptSlots.get(id);
    if (!slot) this.keptSlots.set(id, (slot = { word: null, start: -1, lower: '', lattice: this.single(id, this.lm.vocab[id] ?? '') }));
    return slot;
  }
  private readonly keptSlots = new Map<number, Slot>();

  /** The lattice of one syllable, made once (typed arrays are slow to create). */
  private single(id: number, syllable: string): Lattice {
    const key = `${id} ${syllable}`;
    let lattice = this.singles.get(key);
    if (!lattice) {
      lattice = new Lattice(this.lattices++, [syllable], Int32Array.of(id), Float64Array.of(0));
      this.setTops(lattice);
      this.singles.set(key, lattice);
    }
    return lattice;
  }
  private readonly singles = new Map<string, Lattice>();
  /** Lattices made so far: the next one's id. */
  private lattices = 0;

  private slot(text: string, kind: LmTokenKind, start: number, end: number): Slot {
    // One call for both, the id picked from constants: a path first taken after this function is
    // optimised (the first comma may come late) deoptimises it, and a shared call was taken already.
    if (kind !== 'word') return this.kept(kind === 'number' ? NUMBER_ID : COMMA_ID);
    const word = text.slice(start, end);
    let plan = this.plans.get(word);
    if (!plan) {
      if (this.plans.size > 100_000) this.plans.clear();
      this.plans.set(word, (plan = this.plan(word)));
    }
    // Only the protection test looks at the token's neighbours; the rest was decided for the word.
    const outcome =
      plan.early || isProtected(text, start, end) ? plan.guarded : (plan.free ??= { kept: null, lattice: this.lattice(plan.lower) });
    if (outcome.kept) return outcome.kept;
    const lattice =
      this.ocrConfidence !== undefined && outcome === plan.free
        ? this.weighed(outcome.lattice!, plan.lower, ocrBand(this.ocrConfidence(start)))
        : outcome.lattice!;
    return { word, start, lower: plan.lower, lattice };
  }

  /**
   * The token's candidates weighed by its OCR band (ocr-confidence.ts): each candidate that reads
   * the token otherwise (other letters, or another syllable where the token kept its marks) loses
   * SURE_PENALTY when the engine was sure, gains DOUBT_BONUS when it doubted (by what the engine
   * vouches for). One lattice a band and token; the lattice itself where nothing shifts.
   */
  private weighed(lattice: Lattice, lower: string, band: OcrBand): Lattice {
    if (band === null || lattice.ids.length < 2) return lattice;
    const shift = band === 'sure' ? -SURE_PENALTY[this.vouches] : DOUBT_BONUS[this.vouches];
    if (shift === 0) return lattice;
    const key = `${band}\u0001${lower}`;
    let found = this.banded.get(key);
    if (!found) {
      const read = this.vouches === 'letters' ? stripDiacritics(lower) : lower;
      const channel = new Float64Array(lattice.channel);
      for (let c = 0; c < channel.length; c++) {
        const syllable = lattice.syllables[c]!;
        if ((this.vouches === 'letters' ? stripDiacritics(syllable) : syllable) !== read) channel[c] = channel[c]! + shift;
      }
      found = new Lattice(this.lattices++, lattice.syllables, lattice.ids, channel);
      this.setTops(found);
      if (this.banded.size > 100_000) this.banded.clear();
      this.banded.set(key, found);
    }
    return found;
  }

  /** What a printed word becomes (see WordPlan). */
  private plan(word: string): WordPlan {
    const lower = word.toLowerCase();
    const keep = (): Outcome => ({ kept: this.kept(this.lm.id(lower)), lattice: null });
    // A long word is kept everywhere. It takes the common path below with its tests skipped, not a
    // return of its own: the first long word may come after slot() (which inlines this) is optimised,
    // and code that first runs then deoptimises it.
    const long = word.length > MAX_WORD;
    const code = long ? null : this.codes.restore(word);
    if (code && this.lexicon.byKey(lower).length === 0) {
      return { lower, early: true, guarded: { kept: null, lattice: this.single(this.lm.id(code), code) }, free: null };
    }
    const inNumber = long ? null : this.codes.restoreInNumber(word);
    const guarded: Outcome = inNumber ? { kept: null, lattice: this.single(this.lm.id(inNumber), inNumber) } : keep();
    // An ALL CAPS abbreviation the corpus uses that spells no syllable (IOC, SOC, PAR, INDEX): a code, kept.
    const keptCode = !long && word.length >= 2 && isAllCaps(word) && this.lm.has(lower) && this.lexicon.byKey(lower).length === 0;
    return { lower, early: long, guarded, free: keptCode ? keep() : null };
  }
  private readonly plans = new Map<string, WordPlan>();

  /** The candidates of a lowercase token, from the channel once per document word. */
  private lattice(lower: string): Lattice {
    let lattice = this.cache.get(lower);
    if (!lattice) {
      const stored = this.storedLists?.(lower);
      lattice = stored && stored.ids.length > 0 ? this.storedLattice(stored) : this.computedLattice(lower);
      this.setTops(lattice);
      if (this.cache.size > 100_000) this.cache.clear();
      this.cache.set(lower, lattice);
    }
    return lattice;
  }

  /** A stored list as a lattice: its ids as they are, its log-probabilities too (a view) unless weighted. */
  private storedLattice(stored: StoredList): Lattice {
    let channel = stored.logProbs;
    if (this.channelWeight !== 1) {
      channel = new Float64Array(stored.logProbs.length);
      for (let c = 0; c < channel.length; c++) channel[c] = stored.logProbs[c]! * this.channelWeight;
    }
    return new Lattice(this.lattices++, stored.syllables, stored.ids, channel);
  }

  /** The candidate source's list as a lattice. */
  private computedLattice(lower: string): Lattice {
    const list = this.candidates(lower, this.lexicon);
    // Plain loops, not Int32Array.from(list, fn): a callback per element is slow before the code is optimised.
    const k = Math.max(list.length, 1);
    const ids = new Int32Array(k);
    const channel = new Float64Array(k);
    const syllables: string[] = [];
    if (list.length === 0) {
      ids[0] = this.lm.id(lower);
      syllables.push(lower);
    }
    for (let c = 0; c < list.length; c++) {
      const candidate = list[c]!;
      ids[c] = this.lm.id(candidate.syllable);
      channel[c] = candidate.logProb * this.channelWeight;
      syllables.push(candidate.syllable);
    }
    return new Lattice(this.lattices++, syllables, ids, channel);
  }

  /** Each candidate's ceiling and the lattice's best channel + ceiling. */
  private setTops(lattice: Lattice): void {
    let bound = -Infinity;
    for (let c = 0; c < lattice.ids.length; c++) {
      lattice.top[c] = this.ceilings[lattice.ids[c]!]!;
      bound = Math.max(bound, lattice.channel[c]! + lattice.top[c]!);
    }
    lattice.bound = bound;
  }

  /**
   * Prune with the model's word ceilings from now on. Made from the best levels model/lm.bin stores,
   * they are free and a decoder prunes with them from the start. A model file without those levels
   * makes them by reading every table entry, so a decoder then turns them on only after BOUNDS_AFTER
   * tokens, when a document is long enough to repay that (figures: `npm run bench devices`).
   * Outputs are the same either way: bounds only skip lookups.
   */
  private useBounds(): void {
    this.bounded = true;
    this.ceilings = this.lm.ceilings;
    this.posterior = new Confidence(this.lm, this.ceilings);
    for (const lattice of this.cache.values()) this.setTops(lattice);
    for (const lattice of this.singles.values()) this.setTops(lattice);
    for (const lattice of this.banded.values()) this.setTops(lattice);
  }

  /** Sentences with a single candidate everywhere: only the channel's one choice can change a token. */
  private keepSingles(sentence: Slot[], changes: TokenChange[]) {
    for (let t = 0; t < sentence.length; t++) {
      const s = sentence[t]!;
      if (s.word !== null) this.record(s, 0, 1, changes, this.withMargins ? this.margin(sentence, null, t) : NaN);
    }
  }

  private record(slot: Slot, choice: number, confidence: number, changes: TokenChange[], margin: number) {
    const word = slot.word!;
    const syllable = slot.lattice.syllables[choice]!;
    // Kept as printed: mixed-case codes ("1PRx1", "5Ag03Cu") are not recased.
    if (syllable === slot.lower) return;
    // A lowercase token takes the syllable as it is (applyCase's own first test, without lowercasing again).
    const restored = word === slot.lower ? syllable : applyCase(word, syllable);
    if (restored !== word) changes.push({ start: slot.start, original: word, restored, confidence, margin });
  }

  // Scratch space reused across sentences: the hypotheses of the previous and the
  // current step, and every step's back-pointers and choices (beam entries a step).
  // decodeSentence only runs the beam; readPath and recordPath are separate so its optimised code
  // stays small (quick to compile) and is not thrown away when a rare path there first runs.
  private w1 = [new Int32Array(0), new Int32Array(0)];
  private w2 = [new Int32Array(0), new Int32Array(0)];
  private scores = [new Float64Array(0), new Float64Array(0)];
  private backs = new Int32Array(0);
  private choices = new Int32Array(0);
  /** The best path's choice at each step. */
  private path = new Int32Array(64);

  private reserve(steps: number) {
    const beam = this.beam;
    if (this.w1[0]!.length < beam) {
      this.w1 = [new Int32Array(beam), new Int32Array(beam)];
      this.w2 = [new Int32Array(beam), new Int32Array(beam)];
      this.scores = [new Float64Array(beam), new Float64Array(beam)];
    }
    if (this.backs.length < steps * beam) {
      this.backs = new Int32Array(steps * beam * 2);
      this.choices = new Int32Array(steps * beam * 2);
    }
    // Here, not in decodeSentence: code that first runs after decodeSentence is optimised deoptimises it.
    if (this.path.length < steps) this.path = new Int32Array(steps * 2);
  }

  /**
   * decodeSentence's search run by the model's WebAssembly (wasm/beam.ts): the same path, without
   * the cost of running JavaScript before V8 has optimised it. False when the model has none or the
   * sentence does not fit its arrays; decodeSentence then searches.
   */
  private searchCompiled(sentence: Slot[], changes: TokenChange[]): boolean {
    const compiled = this.lm.beam;
    const n = sentence.length;
    if (!compiled || n > MAX_TOKENS || this.beam > MAX_BEAM) return false;
    const { starts, ids, channel, top, bound } = compiled;
    let at = 0;
    starts[0] = 0;
    for (let t = 0; t < n; t++) {
      const lattice = sentence[t]!.lattice;
      const k = lattice.ids.length;
      if (at + k > ids.length) return false;
      ids.set(lattice.ids, at);
      channel.set(lattice.channel, at);
      top.set(lattice.top, at);
      bound[t] = lattice.bound;
      at += k;
      starts[t + 1] = at;
    }
    compiled.run(n, this.beam, this.bounded);
    this.recordPath(sentence, compiled.path, changes);
    return true;
  }

  private decodeSentence(sentence: Slot[], changes: TokenChange[]) {
    const lm = this.lm;
    const beam = this.beam;
    const bounded = this.bounded;
    const n = sentence.length;
    this.reserve(n);
    const backs = this.backs;
    const choices = this.choices;
    let pW1 = this.w1[0]!,
      pW2 = this.w2[0]!,
      pScore = this.scores[0]!;
    let nW1 = this.w1[1]!,
      nW2 = this.w2[1]!,
      nScore = this.scores[1]!;
    pW1[0] = SPECIAL.boundary;
    pW2[0] = SPECIAL.boundary;
    pScore[0] = 0;
    let pSize = 1;
    for (let t = 0; t < n; t++) {
      const lattice = sentence[t]!.lattice;
      const ids = lattice.ids;
      const channel = lattice.channel;
      const k = ids.length;
      const at0 = t * beam;
      // Keep the best `beam` hypotheses, one per state (previous word, this word):
      // a small list sorted best first, filled by insertion.
      let size = 0;
      const top = lattice.top;
      const bound = lattice.bound;
      for (let h = 0; h < pSize; h++) {
        const w2 = pW2[h]!;
        const base = pScore[h]!;
        // No candidate scores above its channel plus its ceiling (the best the language model gives
        // it anywhere), so a hypothesis or candidate that cannot enter the full beam even so is
        // dropped before any lookup. The hypothesis test keeps a margin for rounding: base + (x + y)
        // may differ from (base + x) + y in the last bit; the candidate test sums as the score does.
        if (size === beam && base + bound + ROUNDING <= nScore[size - 1]!) continue;
        const context = lm.context(pW1[h]!, w2);
        for (let c = 0; c < k; c++) {
          if (size === beam) {
            const worst = nScore[size - 1]!;
            if (base + channel[c]! + top[c]! <= worst) continue;
            if (bounded && context < 0 && base + channel[c]! + lm.backedOffCeiling(w2, ids[c]!) <= worst) continue;
          }
          const id = ids[c]!;
          const s = base + channel[c]! + lm.scoreIn(context, w2, id);
          if (size === beam && s <= nScore[size - 1]!) continue;
          let at = -1;
          for (let j = 0; j < size; j++) {
            if (nW2[j] === id && nW1[j] === w2) {
              at = j;
              break;
            }
          }
          if (at >= 0 && nScore[at]! >= s) continue;
          let j = at >= 0 ? at : size < beam ? size++ : size - 1;
          for (; j > 0 && nScore[j - 1]! < s; j--) {
            nW1[j] = nW1[j - 1]!;
            nW2[j] = nW2[j - 1]!;
            nScore[j] = nScore[j - 1]!;
            backs[at0 + j] = backs[at0 + j - 1]!;
            choices[at0 + j] = choices[at0 + j - 1]!;
          }
          nW1[j] = w2;
          nW2[j] = id;
          nScore[j] = s;
          backs[at0 + j] = h;
          choices[at0 + j] = c;
        }
      }
      // Swapped through temporaries: before this code is optimised, [a, b] = [b, a] runs the
      // iterator protocol and allocates on every step.
      const w1 = pW1;
      pW1 = nW1;
      nW1 = w1;
      const w2 = pW2;
      pW2 = nW2;
      nW2 = w2;
      const scores = pScore;
      pScore = nScore;
      nScore = scores;
      pSize = size;
    }
    this.readPath(sentence, pW1, pW2, pScore, pSize);
    this.recordPath(sentence, this.path, changes);
  }

  /** Back from the best final hypothesis (the sentence end scored too): each step's choice into `path`. */
  private readPath(sentence: Slot[], w1: Int32Array, w2: Int32Array, scores: Float64Array, size: number) {
    const beam = this.beam;
    let best = 0;
    let bestScore = -Infinity;
    for (let h = 0; h < size; h++) {
      const s = scores[h]! + this.lm.score(w1[h]!, w2[h]!, SPECIAL.boundary);
      if (s > bestScore) {
        bestScore = s;
        best = h;
      }
    }
    const path = this.path;
    for (let t = sentence.length - 1, h = best; t >= 0; t--) {
      path[t] = this.choices[t * beam + h]!;
      h = this.backs[t * beam + h]!;
    }
  }

  /** The changes along `path`, each with its confidence. */
  private recordPath(sentence: Slot[], path: Int32Array, changes: TokenChange[]) {
    for (let t = 0; t < sentence.length; t++) {
      const slot = sentence[t]!;
      if (slot.word === null || slot.lattice.syllables[path[t]!] === slot.lower) continue;
      this.record(
        slot,
        path[t]!,
        this.withConfidence ? this.confidence(sentence, path, t) : NaN,
        changes,
        this.withMargins ? this.margin(sentence, path, t) : NaN,
      );
    }
  }

  /**
   * ln odds of the path's word at t over the word as printed: channel plus the three trigrams that
   * hold position t, the path's words around it held fixed. The printed word scores its own
   * channel entry when the lattice offers it, else nothing (it is what was read); a word the model
   * never saw scores as <unk>. `path` null: every slot's only candidate.
   */
  private margin(sentence: Slot[], path: Int32Array | null, t: number): number {
    const n = sentence.length;
    const idAt = (i: number) => (i < 0 || i >= n ? SPECIAL.boundary : sentence[i]!.lattice.ids[path ? path[i]! : 0]!);
    const slot = sentence[t]!;
    const lattice = slot.lattice;
    const chosen = path ? path[t]! : 0;
    const printed = lattice.syllables.indexOf(slot.lower);
    const printedId = printed >= 0 ? lattice.ids[printed]! : this.lm.id(slot.lower);
    const printedChannel = printed >= 0 ? lattice.channel[printed]! : 0;
    const a = idAt(t - 2);
    const b = idAt(t - 1);
    const d = idAt(t + 1);
    const e = idAt(t + 2);
    const around = (c: number) => this.lm.score(a, b, c) + this.lm.score(b, c, d) + (t + 1 < n ? this.lm.score(c, d, e) : 0);
    return lattice.channel[chosen]! + around(lattice.ids[chosen]!) - printedChannel - around(printedId);
  }

  /** The confidence of the path's word at t (see confidence.ts), its neighbours on the path held fixed. */
  private confidence(sentence: Slot[], path: Int32Array, t: number): number {
    const lattice = sentence[t]!.lattice;
    const a = t >= 2 ? sentence[t - 2]!.lattice.ids[path[t - 2]!]! : SPECIAL.boundary;
    const b = t >= 1 ? sentence[t - 1]!.lattice.ids[path[t - 1]!]! : SPECIAL.boundary;
    const d = t + 1 < sentence.length ? sentence[t + 1]!.lattice.ids[path[t + 1]!]! : SPECIAL.boundary;
    return this.posterior.ofList(lattice.id, lattice.ids, lattice.channel, path[t]!, a, b, d);
  }
}
