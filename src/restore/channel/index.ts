// The OCR channel: for one OCR'd token, the syllables it may stand for, each with
// log P(observed token | syllable). INTERIM version: stripped-key lookup only; the learned
// channel (model/channel.json from scripts/learn-channel.ts) replaces the scoring.
import { stripDiacritics, toneOf, isValidSyllable, type Lexicon } from '../../vietnamese/index.js';

export type { Lexicon };

export interface Candidate {
  syllable: string;
  /** log P(observed token | syllable), natural log. */
  logProb: number;
}

const MAX_CANDIDATES = 12;

/** Candidates for a lowercased token, best first, at most MAX_CANDIDATES. */
export function candidates(token: string, lexicon: Lexicon): Candidate[] {
  const key = stripDiacritics(token);
  const tone = toneOf(token);
  const out: Candidate[] = lexicon.byKey(key).map((syllable) => ({
    syllable,
    logProb: syllable === token ? -0.1 : toneOf(syllable) === tone ? -1 : -2,
  }));
  if (!isValidSyllable(token) && !out.some((c) => c.syllable === token)) out.push({ syllable: token, logProb: -0.1 });
  out.sort((a, b) => b.logProb - a.logProb);
  return out.slice(0, MAX_CANDIDATES);
}
