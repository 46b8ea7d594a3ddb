// The word pairs a table prints: two syllables side by side on one line, counted over the whole
// table. Vietnamese words are mostly two syllables ("doanh nghiệp", "đào tạo", "hải quan"); a pair
// seen twice or more is taken as a word, which a column's edge cuts only at a line's end. A pair
// seen once may be two columns' parts glued by the OCR ("bưu chính nghiệp"), so it counts for nothing.
import { fold } from '../../vietnamese/fold.js';

export type WordPairs = ReadonlyMap<string, number>;

/** Pairs seen this often are taken as words. */
const SEEN = 2;

const key = (a: string, b: string) => `${fold(a).toLowerCase()} ${fold(b).toLowerCase()}`;
// A word that ends a clause or item ("chính,", "khẩu;") makes no pair with the next.
const ENDS = /[.,;:!?)\]"”]$/u;
const SYLLABLE = /^[\p{L}]+$/u;

/** Counted over lines of words. */
export function wordPairs(lines: readonly (readonly string[])[]): WordPairs {
  const out = new Map<string, number>();
  for (const words of lines) {
    for (let i = 1; i < words.length; i++) {
      const a = words[i - 1]!;
      const b = words[i]!;
      if (ENDS.test(a) || !SYLLABLE.test(a) || !SYLLABLE.test(b.replace(/[.,;:!?)"”]+$/u, ''))) continue;
      const k = key(a, b.replace(/[.,;:!?)"”]+$/u, ''));
      out.set(k, (out.get(k) ?? 0) + 1);
    }
  }
  return out;
}

/** Whether `a` then `b` make a word the table prints elsewhere. */
export function isWordPair(pairs: WordPairs, a: string, b: string): boolean {
  if (ENDS.test(a)) return false;
  const bare = (w: string) => w.replace(/^[-–+•"“(]+\s*|[.,;:!?)"”]+$/gu, '');
  return (pairs.get(key(bare(a), bare(b))) ?? 0) >= SEEN;
}
