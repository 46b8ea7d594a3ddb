// The decoder: for each sentence, the best path through the lattice of
// candidate syllables, scored by the trigram language model plus the channel
// (beam search with Viterbi recombination on the last two words).
import { lmTokens, type LmToken } from './lm/tokens.js';
import { SPECIAL } from './lm/format.js';
import type { NgramModel } from './lm/model.js';
import type { Lexicon } from '../vietnamese/index.js';
import type { Candidate } from './channel/index.js';
import { isProtected } from './protect.js';
import { applyCase } from './casing.js';

export type CandidateSource = (token: string, lexicon: Lexicon) => Candidate[];

export interface DecoderOptions {
  /** Weight of the channel's ln P(token | syllable) against the language model. */
  channelWeight?: number;
  beam?: number;
}

export interface TokenChange {
  /** Offset of the original token in the text. */
  start: number;
  original: string;
  restored: string;
  confidence: number;
}

interface Slot {
  token: LmToken | null;
  /** Candidate syllables (lowercase), their word ids and channel scores; one entry for fixed tokens. */
  syllables: string[];
  ids: Int32Array;
  channel: Float64Array;
}

const MAX_WORD = 12;

export class Decoder {
  private readonly channelWeight: number;
  private readonly beam: number;
  /** Candidates per lowercase token: documents repeat their words, the channel need not. */
  private readonly cache = new Map<string, Omit<Slot, 'token'>>();

  constructor(
    private readonly lm: NgramModel,
    private readonly lexicon: Lexicon,
    private readonly candidates: CandidateSource,
    options: DecoderOptions = {},
  ) {
    this.channelWeight = options.channelWeight ?? 1;
    this.beam = options.beam ?? 8;
  }

  decode(text: string): TokenChange[] {
    const changes: TokenChange[] = [];
    let sentence: Slot[] = [];
    const flush = () => {
      if (sentence.some((s) => s.ids.length > 1)) this.decodeSentence(sentence, changes);
      else this.keepSingles(sentence, changes);
      sentence = [];
    };
    for (const token of lmTokens(text)) {
      if (token.kind === 'boundary') flush();
      else sentence.push(this.slot(text, token));
    }
    flush();
    return changes;
  }

  private fixed(token: LmToken | null, id: number, syllable: string): Slot {
    return { token, syllables: [syllable], ids: Int32Array.of(id), channel: Float64Array.of(0) };
  }

  private slot(text: string, token: LmToken): Slot {
    if (token.kind === 'number') return this.fixed(null, SPECIAL.number, token.text);
    if (token.kind === 'comma') return this.fixed(null, SPECIAL.comma, ',');
    const lower = token.text.toLowerCase();
    if (token.text.length > MAX_WORD || isProtected(text, token.start, token.start + token.text.length)) {
      return this.fixed(null, this.lm.id(lower), lower);
    }
    let lattice = this.cache.get(lower);
    if (!lattice) {
      const list = this.candidates(lower, this.lexicon);
      lattice = list.length
        ? {
            syllables: list.map((c) => c.syllable),
            ids: Int32Array.from(list, (c) => this.lm.id(c.syllable)),
            channel: Float64Array.from(list, (c) => c.logProb * this.channelWeight),
          }
        : { syllables: [lower], ids: Int32Array.of(this.lm.id(lower)), channel: Float64Array.of(0) };
      if (this.cache.size > 100_000) this.cache.clear();
      this.cache.set(lower, lattice);
    }
    return { token, ...lattice };
  }

  /** Sentences with a single candidate everywhere: only the channel's one choice can change a token. */
  private keepSingles(sentence: Slot[], changes: TokenChange[]) {
    for (const s of sentence) if (s.token) this.record(s, 0, 1, changes);
  }

  private record(slot: Slot, choice: number, confidence: number, changes: TokenChange[]) {
    const token = slot.token!;
    const restored = applyCase(token.text, slot.syllables[choice]!);
    if (restored !== token.text) changes.push({ start: token.start, original: token.text, restored, confidence });
  }

  private decodeSentence(sentence: Slot[], changes: TokenChange[]) {
    const lm = this.lm;
    const beam = this.beam;
    const n = sentence.length;
    // Hypotheses of each step: last two word ids, score, back-pointer, candidate index.
    let prevW1 = Int32Array.of(SPECIAL.boundary);
    let prevW2 = Int32Array.of(SPECIAL.boundary);
    let prevScore = Float64Array.of(0);
    const backs: Int32Array[] = [];
    const choices: Int32Array[] = [];
    for (let t = 0; t < n; t++) {
      const slot = sentence[t]!;
      const k = slot.ids.length;
      const m = prevScore.length * k;
      const score = new Float64Array(m);
      const w2 = new Int32Array(m);
      const from = new Int32Array(m);
      const cand = new Int32Array(m);
      let e = 0;
      for (let h = 0; h < prevScore.length; h++) {
        for (let c = 0; c < k; c++) {
          const id = slot.ids[c]!;
          score[e] = prevScore[h]! + slot.channel[c]! + lm.score(prevW1[h]!, prevW2[h]!, id);
          w2[e] = id;
          from[e] = h;
          cand[e] = c;
          e++;
        }
      }
      // Keep the best `beam` hypotheses, one per (previous word, this word) state.
      const order = Array.from({ length: m }, (_, i) => i).sort((a, b) => score[b]! - score[a]!);
      const seen = new Set<number>();
      const kept: number[] = [];
      for (const i of order) {
        const state = prevW2[from[i]!]! * 65536 + w2[i]!;
        if (seen.has(state)) continue;
        seen.add(state);
        kept.push(i);
        if (kept.length === beam) break;
      }
      const nextW1 = new Int32Array(kept.length);
      const nextW2 = new Int32Array(kept.length);
      const nextScore = new Float64Array(kept.length);
      const back = new Int32Array(kept.length);
      const choice = new Int32Array(kept.length);
      kept.forEach((i, j) => {
        nextW1[j] = prevW2[from[i]!]!;
        nextW2[j] = w2[i]!;
        nextScore[j] = score[i]!;
        back[j] = from[i]!;
        choice[j] = cand[i]!;
      });
      backs.push(back);
      choices.push(choice);
      prevW1 = nextW1;
      prevW2 = nextW2;
      prevScore = nextScore;
    }
    let best = 0;
    let bestScore = -Infinity;
    for (let h = 0; h < prevScore.length; h++) {
      const s = prevScore[h]! + lm.score(prevW1[h]!, prevW2[h]!, SPECIAL.boundary);
      if (s > bestScore) {
        bestScore = s;
        best = h;
      }
    }
    const path = new Int32Array(n);
    for (let t = n - 1, h = best; t >= 0; t--) {
      path[t] = choices[t]![h]!;
      h = backs[t]![h]!;
    }
    for (let t = 0; t < n; t++) {
      const slot = sentence[t]!;
      if (!slot.token) continue;
      const before = slot.syllables[path[t]!]!;
      if (applyCase(slot.token.text, before) === slot.token.text) continue;
      this.record(slot, path[t]!, this.confidence(sentence, path, t), changes);
    }
  }

  /** Posterior of the chosen candidate against the others, with the chosen neighbours held fixed. */
  private confidence(sentence: Slot[], path: Int32Array, t: number): number {
    const lm = this.lm;
    const idAt = (i: number) => (i < 0 || i >= sentence.length ? SPECIAL.boundary : sentence[i]!.ids[path[i]!]!);
    const a = idAt(t - 2);
    const b = idAt(t - 1);
    const d = idAt(t + 1);
    const f = t + 1 < sentence.length ? idAt(t + 2) : -1;
    const slot = sentence[t]!;
    let max = -Infinity;
    const scores = Array.from(slot.ids, (id, c) => {
      let s = slot.channel[c]! + lm.score(a, b, id) + lm.score(b, id, d);
      if (f >= 0) s += lm.score(id, d, f);
      if (s > max) max = s;
      return s;
    });
    let sum = 0;
    for (const s of scores) sum += Math.exp(s - max);
    return Math.exp(scores[path[t]!]! - max) / sum;
  }
}
