// What the unreadable-OCR test (unreadable.ts) asks of a restorer's models: whether the language
// model knows a word, and whether the channel reads a short token as a syllable with fair odds.
import type { NgramModel } from './lm/model.js';
import type { Candidate } from './channel/index.js';
import type { WordKnowledge } from './unreadable.js';

/**
 * ln P(token | syllable) the channel's best reading needs. Tokens of OCR'd text (../shared/ocr-pairs
 * eng and 136 generated scan pages, aligned with their clean text) that stand for a word are read
 * at −2.2 or better ("bj" → bị −2.18, "x4" → xã −2.15, "bd" → bỏ −1.41, "s6" → số −0.55); specks are
 * not (“ya” −3.8, "ny" −3.8, "xl" −4.5, "a4" −9.4, "c4" −6.1).
 */
export const READABLE_AT_LEAST = -2.5;

export function wordKnowledge(lm: NgramModel, heavyCandidates: (token: string) => Candidate[]): WordKnowledge {
  const readable = new Map<string, boolean>();
  return {
    knows: (lower) => lm.has(lower),
    readable: (lower) => {
      let answer = readable.get(lower);
      if (answer === undefined) {
        answer = heavyCandidates(lower).some((c) => c.syllable !== lower && c.logProb >= READABLE_AT_LEAST);
        if (readable.size > 10_000) readable.clear();
        readable.set(lower, answer);
      }
      return answer;
    },
  };
}
