// Tokens of OCR'd text for fuzzy matching: folded (no diacritics, lowercase),
// with the letter confusions the OCR makes inside words undone
// ("c4c" → "cac", "s6" → "so", "t0" → "to", "S&" → "so", "nghi¢p" → "nghiep").
import { fold } from '../../vietnamese/fold.js';
import { remembered } from './remembered.js';

const IN_WORD: Record<string, string> = { '0': 'o', '6': 'o', '4': 'a', '¢': 'e', '€': 'e', '&': 'o', '§': 'o', '@': 'o', '1': 'l' };

/** Folded words of the text, OCR confusions inside words undone; numbers stay numbers. */
export function ocrTokens(text: string): string[] {
  const words: string[] = [];
  scanTokens(text, words, null, null);
  return words;
}

/**
 * The same words, each with where it starts in the text (give or take the marks dropped inside
 * words) and what stands between it and the next word.
 */
export function ocrTokensAt(text: string): Array<{ word: string; at: number; gap: string }> {
  const words: string[] = [];
  const starts: number[] = [];
  const gaps: string[] = [];
  scanTokens(text, words, starts, gaps);
  const out: Array<{ word: string; at: number; gap: string }> = new Array(words.length);
  for (let i = 0; i < words.length; i++) out[i] = { word: words[i]!, at: starts[i]!, gap: gaps[i]! };
  return out;
}

// Compiled once: the scanner runs on every line and cell, many times over (cold runs pay per call).
const MARKS_IN_WORD = /(?<=\p{L})[,'’‘`´]+(?=\p{Ll})/gu;
const TOKEN = /[\p{L}\p{N}¢€&§@]+/gu;
const HAS_LETTER = /\p{L}/u;
const SPACES_OR_COMMAS = /^[\s,]+$/u;
const STARTS_WITH_LETTER = /^\p{L}/u;

/**
 * The tokens of the text into `words` (and, when given, their starts and gaps), in one pass
 * without a list of matches: each match's gap is known once the next one is found.
 */
function scanTokens(text: string, words: string[], starts: number[] | null, gaps: string[] | null): void {
  // "din,h", "b,OI": marks the OCR put inside a word are no word break.
  const folded = fold(text).replace(MARKS_IN_WORD, '');
  TOKEN.lastIndex = 0;
  let m = TOKEN.exec(folded);
  while (m !== null) {
    const raw = m[0];
    const at = m.index;
    const end = at + raw.length;
    const next = TOKEN.exec(folded);
    const nextAt = next === null ? folded.length : next.index;
    let word: string;
    if (HAS_LETTER.test(raw)) word = unconfused(raw);
    else if (
      isFiftyOrEighty(raw) &&
      SPACES_OR_COMMAS.test(folded.slice(end, nextAt)) &&
      next !== null &&
      STARTS_WITH_LETTER.test(next[0])
    ) {
      // "50 Noi vy", "Cac 80, ban": a "Sở" read as a number, told by the word that follows it.
      word = 'so';
    } else word = raw;
    if (word) {
      words.push(word);
      if (starts) starts.push(at);
      if (gaps) gaps.push(folded.slice(end, nextAt));
    }
    m = next;
  }
}

/** "50", "80" (/^[58]0$/). */
function isFiftyOrEighty(raw: string): boolean {
  return raw.length === 2 && (raw.charCodeAt(0) === 0x35 || raw.charCodeAt(0) === 0x38) && raw.charCodeAt(1) === 0x30;
}

/** unconfuse, remembered per word: the same words come back on every line of a table. */
const unconfused = remembered(unconfuse);

function unconfuse(word: string): string {
  // "c4¢" (các): a ¢ closing a word after a vowel is a c; elsewhere it is an e ("nghi¢p").
  // "No1" (Nội): a 1 closing a word after a vowel is an i; elsewhere it is an l ("1ap" lập).
  const closed = word.replace(/(?<=[aeiouy4])¢$/u, 'c').replace(/(?<=[aeiouy])1$/u, 'i');
  const plain = [...closed]
    .map((c) => IN_WORD[c] ?? c)
    .join('')
    .replace(/[^\p{L}]/gu, '');
  // "Céac", "cic": the "các" that heads so many agency names.
  // "cép", "cip": the "cấp" of "UBND cấp huyện".
  // "S¢", "Sé", "S&", "Sd": the "Sở" of "Sở Tư pháp".
  if (/^s[eod]$/u.test(plain)) return 'so';
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
  const la = a.length;
  const lb = b.length;
  const short = Math.min(la, lb) < 5;
  if (short && (la !== lb || la < 4 || a.charCodeAt(0) !== b.charCodeAt(0) || a.charCodeAt(la - 1) !== b.charCodeAt(lb - 1))) return false;
  if (Math.abs(la - lb) > 1) return false;
  return withinOneEdit(a, b);
}

/**
 * Edit distance (Levenshtein, UTF-16 units) at most one, for lengths at most one apart, without
 * the distance table: equal lengths allow one unit changed, else the longer has one unit more.
 */
export function withinOneEdit(a: string, b: string): boolean {
  const la = a.length;
  const lb = b.length;
  if (la === lb) {
    let changed = 0;
    for (let i = 0; i < la; i++) if (a.charCodeAt(i) !== b.charCodeAt(i) && ++changed > 1) return false;
    return true;
  }
  const long = la > lb ? a : b;
  const short = la > lb ? b : a;
  if (long.length - short.length !== 1) return false;
  let i = 0;
  while (i < short.length && long.charCodeAt(i) === short.charCodeAt(i)) i++;
  for (; i < short.length; i++) if (long.charCodeAt(i + 1) !== short.charCodeAt(i)) return false;
  return true;
}

/** Which of `have` a coverage call has used up, and their letter masks (reused: coverage runs for every row against every bullet). */
let usedScratch = new Uint8Array(64);
let maskScratch = new Int32Array(64);

/**
 * The word's letters as a set of 32 bits (code unit & 31). Words one edit apart differ in one
 * letter each way at most, so their masks differ in two bits at most: a test that rules most
 * pairs out before sameWord is called.
 */
function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) mask |= 1 << (word.charCodeAt(i) & 31);
  return mask;
}

/** Share of `wanted` words found (fuzzily) among `have`, each of `have` found once at most. */
export function coverage(wanted: string[], have: string[]): number {
  if (!wanted.length) return 0;
  const n = have.length;
  if (usedScratch.length < n) {
    usedScratch = new Uint8Array(n * 2);
    maskScratch = new Int32Array(n * 2);
  }
  const used = usedScratch;
  const masks = maskScratch;
  used.fill(0, 0, n);
  for (let j = 0; j < n; j++) masks[j] = letterMask(have[j]!);
  let hit = 0;
  for (let w = 0; w < wanted.length; w++) {
    const word = wanted[w]!;
    const mask = letterMask(word);
    const shortest = word.length - 1;
    const longest = word.length + 1;
    for (let j = 0; j < n; j++) {
      // sameWord never holds for lengths more than one apart, nor for masks more than two bits
      // apart: most pairs end here, without a call.
      const length = have[j]!.length;
      if (length < shortest || length > longest) continue;
      let apart = mask ^ masks[j]!;
      apart &= apart - 1;
      apart &= apart - 1;
      if (apart !== 0) continue;
      if (used[j] === 0 && sameWord(word, have[j]!)) {
        used[j] = 1;
        hit++;
        break;
      }
    }
  }
  return hit / wanted.length;
}
