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
  /**
   * ln cost, on top of its channel score, of a candidate the language model never saw (a token kept
   * as printed that is no word of the model, "thiy", "duge"); default 0. The model's <unk> is the
   * mass of every word it left out, not of this one spelling, so without a cost a misread word kept
   * as printed scores as well as the commonest words ("khí tượng thiy" over "khí tượng thủy").
   */
  unknownCost?: number;
  /** Whether a stop between two words of a line, the next in lowercase, goes on with the sentence (see continuesAfterStop). */
  straySpeckStops?: boolean;
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
 * for fixed tokens. `top` and `bound` are set by Decoder.setTops, again when the decoder starts to
 * use the model's word ceilings.
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

/** One hypothesis of the beam: its last two words, its score, and how it was reached (index in the previous step's beam, candidate chosen). */
interface Hypothesis {
  w1: number;
  w2: number;
  score: number;
  back: number;
  choice: number;
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
const UNKNOWN_ID: number = SPECIAL.unknown;
const HAS_DIGIT = /\p{N}/u;
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

/** Stops a speck may be read as (see continuesAfterStop). */
const STRAY_STOPS = '.:;';
/**
 * A stop between two words of one line, the next in lowercase ("xay. dung", "quy:hoach",
 * "nhiém.clia"): in text that lost its marks, mostly a speck the OCR read as a stop. The generated
 * eng scans print ". x" 114 times in speckle's 20 pages and 41 in thin's (their clean text none),
 * and ": x" / "; x" 131 times in speckle's against 16 in its clean text. Ending the sentence there
 * cuts the words apart for the model ("xây. dựng" read as a sentence that starts "dựng").
 */
function continuesAfterStop(text: string, start: number, end: number): boolean {
  if (end !== start + 1 || !STRAY_STOPS.includes(text[start]!)) return false;
  const before = text[start - 1];
  if (before === undefined || !LETTER.test(before)) return false;
  let i = end;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  const next = text[i];
  return next !== undefined && next !== next.toUpperCase() && next === next.toLowerCase();
}
const LETTER = /\p{L}/u;

/** Whether some token of the sentence has more than one candidate. */
function hasChoice(sentence: Slot[]): boolean {
  for (let i = 0; i < sentence.length; i++) if (sentence[i]!.lattice.ids.length > 1) return true;
  return false;
}

export class Decoder {
  private readonly channelWeight: number;
  private readonly unknownCost: number;
  private readonly straySpeckStops: boolean;
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
    this.straySpeckStops = options.straySpeckStops ?? false;
    this.unknownCost = options.unknownCost ?? 0;
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
        if (!continuesAfterBlankLine(text, start, end) && !(this.straySpeckStops && continuesAfterStop(text, start, end))) flush();
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

  /** The lattice of one syllable, one per word and spelling (Confidence remembers answers by lattice id). */
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
    if (kind === 'number') return this.kept(NUMBER_ID);
    if (kind === 'comma') return this.kept(COMMA_ID);
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
    // A long word is kept everywhere.
    if (word.length > MAX_WORD) return { lower, early: true, guarded: keep(), free: null };
    const code = this.codes.restore(word);
    if (code && this.lexicon.byKey(lower).length === 0) {
      return { lower, early: true, guarded: { kept: null, lattice: this.single(this.lm.id(code), code) }, free: null };
    }
    const inNumber = this.codes.restoreInNumber(word);
    const guarded: Outcome = inNumber ? { kept: null, lattice: this.single(this.lm.id(inNumber), inNumber) } : keep();
    // An ALL CAPS abbreviation the corpus uses that spells no syllable (IOC, SOC, PAR, INDEX): a code, kept.
    const keptCode = word.length >= 2 && isAllCaps(word) && this.lm.has(lower) && this.lexicon.byKey(lower).length === 0;
    return { lower, early: false, guarded, free: keptCode ? keep() : null };
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
    if (this.channelWeight !== 1 || (this.unknownCost !== 0 && stored.ids.includes(UNKNOWN_ID))) {
      channel = new Float64Array(stored.logProbs.length);
      for (let c = 0; c < channel.length; c++)
        channel[c] = stored.logProbs[c]! * this.channelWeight - this.unknownPrice(stored.ids[c]!, stored.syllables[c]!);
    }
    return new Lattice(this.lattices++, stored.syllables, stored.ids, channel);
  }

  /** The candidate source's list as a lattice; the token itself, channel score 0, when the list is empty. */
  private computedLattice(lower: string): Lattice {
    const list = this.candidates(lower, this.lexicon);
    if (list.length === 0) return new Lattice(this.lattices++, [lower], Int32Array.of(this.lm.id(lower)), Float64Array.of(0));
    const ids = Int32Array.from(list, (c) => this.lm.id(c.syllable));
    return new Lattice(
      this.lattices++,
      list.map((c) => c.syllable),
      ids,
      Float64Array.from(list, (c, i) => c.logProb * this.channelWeight - this.unknownPrice(ids[i]!, c.syllable)),
    );
  }

  /**
   * What a candidate pays for being a word the model never saw (unknownCost), 0 for any other and
   * for one with a digit: letters and digits may be a code or a row number read with a letter
   * ("L1" for 11 in seed 000's task table), which the table readers need as printed.
   */
  private unknownPrice(id: number, syllable: string): number {
    return id === UNKNOWN_ID && !HAS_DIGIT.test(syllable) ? this.unknownCost : 0;
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

  /**
   * The beam search: at each token the best `beam` hypotheses, one per state (previous word, this
   * word), best first; a new one goes after those that score as high (so ties keep the order found).
   */
  private decodeSentence(sentence: Slot[], changes: TokenChange[]) {
    const lm = this.lm;
    const steps: Hypothesis[][] = [];
    let previous: Hypothesis[] = [{ w1: SPECIAL.boundary, w2: SPECIAL.boundary, score: 0, back: -1, choice: -1 }];
    for (const { lattice } of sentence) {
      const next: Hypothesis[] = [];
      // Whether the beam is full and `score` would not enter it.
      const outside = (score: number) => next.length === this.beam && score <= next[next.length - 1]!.score;
      previous.forEach(({ w1, w2, score: base }, h) => {
        // No candidate scores above its channel plus its ceiling (the best the language model gives
        // it anywhere), so a hypothesis or candidate that cannot enter the full beam even so is
        // dropped before any lookup. The hypothesis test keeps a margin for rounding: base + (x + y)
        // may differ from (base + x) + y in the last bit; the candidate test sums as the score does.
        if (outside(base + lattice.bound + ROUNDING)) return;
        const context = lm.context(w1, w2);
        lattice.ids.forEach((id, c) => {
          const channel = lattice.channel[c]!;
          if (outside(base + channel + lattice.top[c]!)) return;
          if (this.bounded && context < 0 && outside(base + channel + lm.backedOffCeiling(w2, id))) return;
          const score = base + channel + lm.scoreIn(context, w2, id);
          if (outside(score)) return;
          const same = next.findIndex((x) => x.w2 === id && x.w1 === w2);
          if (same >= 0 && next[same]!.score >= score) return;
          if (same >= 0) next.splice(same, 1);
          else if (next.length === this.beam) next.pop();
          let at = next.length;
          while (at > 0 && next[at - 1]!.score < score) at--;
          next.splice(at, 0, { w1: w2, w2: id, score, back: h, choice: c });
        });
      });
      steps.push(next);
      previous = next;
    }
    // Back from the best final hypothesis, the sentence end scored too.
    let best = 0;
    let bestScore = -Infinity;
    previous.forEach(({ w1, w2, score }, h) => {
      const s = score + lm.score(w1, w2, SPECIAL.boundary);
      if (s > bestScore) {
        bestScore = s;
        best = h;
      }
    });
    const path: number[] = [];
    for (let t = sentence.length - 1, h = best; t >= 0; t--) {
      path[t] = steps[t]![h]!.choice;
      h = steps[t]![h]!.back;
    }
    this.recordPath(sentence, path, changes);
  }

  /** The changes along `path`, each with its confidence. */
  private recordPath(sentence: Slot[], path: ArrayLike<number>, changes: TokenChange[]) {
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
  private margin(sentence: Slot[], path: ArrayLike<number> | null, t: number): number {
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
  private confidence(sentence: Slot[], path: ArrayLike<number>, t: number): number {
    const lattice = sentence[t]!.lattice;
    const a = t >= 2 ? sentence[t - 2]!.lattice.ids[path[t - 2]!]! : SPECIAL.boundary;
    const b = t >= 1 ? sentence[t - 1]!.lattice.ids[path[t - 1]!]! : SPECIAL.boundary;
    const d = t + 1 < sentence.length ? sentence[t + 1]!.lattice.ids[path[t + 1]!]! : SPECIAL.boundary;
    return this.posterior.ofList(lattice.id, lattice.ids, lattice.channel, path[t]!, a, b, d);
  }
}
