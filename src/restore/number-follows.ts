// Which syllables numbers follow, by the language model: the key's most frequent syllable
// (Lexicon.byKey lists them so) is followed by a number at least this often. tháng 0.66, điều 0.72,
// số 0.56, năm 0.51, mục 0.26 are; hợp 0.002, cấp 0.01, từ 0.07 are not. The clean-up splits a
// syllable glued to its number ("thang12") only after these.
import type { Lexicon } from '../vietnamese/index.js';
import type { NgramModel } from './lm/model.js';
import { SPECIAL } from './lm/format.js';
import type { NumberFollows } from './cleanup.js';

const AT_LEAST = Math.log(0.25);

export function numberFollowsIn(lm: NgramModel, lexicon: Lexicon): NumberFollows {
  const known = new Map<string, boolean>();
  return (key) => {
    let answer = known.get(key);
    if (answer === undefined) {
      const syllable = lexicon.byKey(key)[0];
      answer = syllable !== undefined && lm.has(syllable) && lm.bigram(lm.id(syllable), SPECIAL.number) >= AT_LEAST;
      known.set(key, answer);
    }
    return answer;
  };
}
