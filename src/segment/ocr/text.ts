// Tokens of OCR'd text for fuzzy matching: folded (no diacritics, lowercase),
// with the letter confusions the OCR makes inside words undone
// ("c4c" → "cac", "s6" → "so", "t0" → "to", "S&" → "so", "nghi¢p" → "nghiep").
import { fold } from '../fold.js';

const IN_WORD: Record<string, string> = { '0': 'o', '6': 'o', '4': 'a', '¢': 'e', '€': 'e', '&': 'o', '§': 'o', '@': 'o', '1': 'l' };

/** Folded words of the text, OCR confusions inside words undone; numbers stay numbers. */
export function ocrTokens(text: string): string[] {
  return ocrTokensAt(text).map((t) => t.word);
}

/**
 * The same words, each with where it starts in the text (give or take the marks dropped inside
 * words) and what stands between it and the next word.
 */
export function ocrTokensAt(text: string): Array<{ word: string; at: number; gap: string }> {
  // "din,h", "b,OI": marks the OCR put inside a word are no word break.
  const folded = fold(text).replace(/(?<=\p{L})[,'’‘`´]+(?=\p{Ll})/gu, '');
  const matches = [...folded.matchAll(/[\p{L}\p{N}¢€&§@]+/gu)];
  return matches
    .map((m, i) => {
      const end = m.index! + m[0].length;
      const gap = folded.slice(end, matches[i + 1]?.index ?? folded.length);
      // "50 Noi vy", "Cac 80, ban": a "Sở" read as a number, told by the word that follows it.
      const so = /^[58]0$/u.test(m[0]) && /^[\s,]+$/u.test(gap) && /^\p{L}/u.test(matches[i + 1]?.[0] ?? '');
      return { word: /\p{L}/u.test(m[0]) ? unconfuse(m[0]) : so ? 'so' : m[0], at: m.index!, gap };
    })
    .filter((t) => t.word);
}

function unconfuse(word: string): string {
  // "c4¢" (các): a ¢ closing a word after a vowel is a c; elsewhere it is an e ("nghi¢p").
  // "No1" (Nội): a 1 closing a word after a vowel is an i; elsewhere it is an l ("1ap" lập).
  const closed = word.replace(/(?<=[aeiouy4])¢$/u, 'c').replace(/(?<=[aeiouy])1$/u, 'i');
  const plain = [...closed].map((c) => IN_WORD[c] ?? c).join('').replace(/[^\p{L}]/gu, '');
  // "Céac", "cic": the "các" that heads so many agency names.
  // "cép", "cip": the "cấp" of "UBND cấp huyện".
  // "S¢", "Sé", "S&": the "Sở" of "Sở Tư pháp".
  if (/^s[eo]$/u.test(plain)) return 'so';
  // "Noi vy", "Thuong vy": the dotted ụ of "vụ" read as a y.
  if (plain === 'vy') return 'vu';
  return /^c[ei]?[ai]c$/u.test(plain) ? 'cac' : /^c[eia]p$/u.test(plain) ? 'cap' : plain;
}

/**
 * Same word, allowing one OCR slip: in words of five letters or more ("phong" ~ "ehong"); in
 * words of four only a middle letter ("gido" ~ "giao"), no letter lost; shorter words must be exact.
 */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const short = Math.min(a.length, b.length) < 5;
  if (short && (a.length !== b.length || a.length < 4 || a[0] !== b[0] || a.at(-1) !== b.at(-1))) return false;
  if (Math.abs(a.length - b.length) > 1) return false;
  return editDistance(a, b) <= 1;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}

/** Share of `wanted` words found (fuzzily) among `have`. */
export function coverage(wanted: string[], have: string[]): number {
  if (!wanted.length) return 0;
  const pool = [...have];
  let hit = 0;
  for (const word of wanted) {
    const at = pool.findIndex((h) => sameWord(word, h));
    if (at >= 0) {
      hit++;
      pool.splice(at, 1);
    }
  }
  return hit / wanted.length;
}
