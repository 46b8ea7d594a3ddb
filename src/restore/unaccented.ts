// Candidates for text typed or stripped without any diacritics ("Uy ban nhan dan tinh"):
// every syllable that strips to the token, all equally likely — nothing in the token
// prefers one tone over another, so the language model alone decides. Tokens that are
// not plain letters (OCR digits "s6", marks) still go to the OCR channel.
import type { Lexicon } from '../vietnamese/index.js';
import type { Candidate } from './channel/index.js';

const PLAIN = /^[a-z]+$/;

export function unaccentedCandidates(
  token: string,
  lexicon: Lexicon,
  fallback: (token: string, lexicon: Lexicon) => Candidate[],
): Candidate[] {
  if (!PLAIN.test(token)) return fallback(token, lexicon);
  const syllables = lexicon.byKey(token);
  if (syllables.length === 0) return [{ syllable: token, logProb: 0 }];
  return syllables.map((syllable) => ({ syllable, logProb: 0 }));
}
