// Signs that a text which kept its marks was read off a page by an OCR, found without a model: auto
// mode corrects such a text (correct.ts) and leaves any other as `never` would, reading no model.
// Each sign is a slip that typed text hardly makes:
//   a sentence broken across a blank line  "…về tiền thuê\n\nđất. Về vấn đề này"  (OCR ends a block where the page's spacing does)
//   a marked token that spells no syllable "SẲẢN", "QUYẾ", "BỔỒ"      (not "QĐ-UBND", "HĐND": Đ in capitals;
//                                                                       not "Đắk Lắk": a highland name's k coda)
//   case changing inside a syllable        "nƯƠC", "VựC"
//   a marked syllable glued to a number    "tháng11", "27/6/2025của"
//   a letter Vietnamese does not print     "ÐVBQ" (Ð, not Đ), "VÏA", "LÄK"
//   a line opened by a tilde               "~ Lưu: VT" (a dash read as ~)
//   a list label's c read as a sign        "©) Có ý kiến", "¢) Kiểm tra" (label-glyphs.ts; no clean text in
//                                           ../shared prints one: the OCR'd seeds 000 and 003, ocr-pairs p12, and
//                                           blurred, thick-stroke and low-resolution scan pages do)
// A text shows OCR when it has at least one sign per MARKS_PER_THOUSAND_TOKENS thousand tokens.
// It runs over every text that kept its marks, before any model is read: the runs of marked letters
// are found by one regexp without Unicode property classes (MARKED_RUN), each run's verdict kept.
import { isValidSyllable, tokenCount } from '../vietnamese/index.js';
import { C_LABEL_GLYPH } from './label-glyphs.js';

/**
 * Signs a thousand tokens a text needs to be taken for OCR. On the development texts (npm run bench
 * restore prints them): near-correct OCR (ocr-pairs p00–p31 read by tesseract -l vie) shows 1.6–31,
 * clean text (seeds 001 and 002, the development plans, the clean side of the ocr-pairs, corpus
 * documents) at most 0.8 but for texts with many typos of their own.
 */
export const MARKS_PER_THOUSAND_TOKENS = 1;

/** The signs of OCR in `text` (NFC), counted (the file's head lists them). */
export function ocrMarks(text: string): number {
  let marks = 0;
  let gluedAt = -1; // where the last glued-number sign's token ends: one such sign a token
  MARKED_RUN.lastIndex = 0;
  for (let match = MARKED_RUN.exec(text); match; match = MARKED_RUN.exec(text)) {
    const run = match[0];
    let sign = runSigns.get(run);
    if (sign === undefined) {
      if (runSigns.size >= MAX_REMEMBERED) runSigns.clear();
      runSigns.set(run, (sign = signOf(run)));
    }
    if (sign === SIGN) marks++;
    else if (sign === SYLLABLE) {
      const end = match.index + run.length;
      if (match.index > gluedAt && (isDigit(text.charCodeAt(match.index - 1)) || isDigit(text.charCodeAt(end)))) {
        marks++;
        gluedAt = tokenEnd(text, end);
      }
    }
  }
  return marks + lineMarks(text) + labelMarks(text);
}

/** List labels whose c was read as ¢ or © (label-glyphs.ts). */
function labelMarks(text: string): number {
  if (!text.includes('©') && !text.includes('¢')) return 0;
  let marks = 0;
  for (const _ of text.matchAll(C_LABEL_GLYPH)) marks++;
  return marks;
}

/** Signs of OCR a 1,000 tokens of `text` (NFC). Tokens are counted only where there is a sign. */
export function signsPerThousand(text: string): number {
  const marks = ocrMarks(text);
  return marks === 0 ? 0 : (1000 * marks) / Math.max(1, tokenCount(text));
}

/** Whether `text` (NFC) shows OCR enough for auto mode to correct it (the file's head). */
export function showsOcr(text: string): boolean {
  return signsPerThousand(text) >= MARKS_PER_THOUSAND_TOKENS;
}

/** Ð Ï Ä Ë Ö Ü ÿ Ñ Ç Å Ø Æ Œ ß and their lowercase: Latin letters with an eth, a diaeresis, a ring, a cedilla or a tilde on n; none is Vietnamese. */
const FOREIGN_LETTERS = new Set([...'ÐÏÄËÖÜÿïäëöüÑñÇçÅåØøÆæŒœß'].map((ch) => ch.charCodeAt(0)));

const isDigit = (unit: number) => unit >= 0x30 && unit <= 0x39;

/**
 * A run of Latin letters with at least one that is not ASCII (a Vietnamese letter or a foreign one;
 * the text is NFC, its marks composed): plain ASCII runs carry no sign. No /u flag: every letter here is one code
 * unit, and the regexp compiles without Unicode tables.
 */
const MARKED_RUN =
  /[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff]*[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff][A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff]*/g;
const NONE = 0;
const SIGN = 1;
const SYLLABLE = 2;

/** Whether a run is a sign of OCR by itself (SIGN), a Vietnamese syllable (SYLLABLE: a sign when glued to a number) or neither. */
function signOf(run: string): number {
  for (let i = 0; i < run.length; i++) if (FOREIGN_LETTERS.has(run.charCodeAt(i))) return SIGN;
  const lower = run.toLowerCase();
  if (!syllable(lower)) return capitalAcronym(run) || highlandName(lower) || lower === 'đ' ? NONE : SIGN;
  // Case changing inside: an uppercase letter after the first, in a word not all capitals ("nƯƠC", "VựC").
  const tail = run.slice(1);
  return tail !== tail.toLowerCase() && run !== run.toUpperCase() ? SIGN : SYLLABLE;
}
const runSigns = new Map<string, number>();

/** Where the token that goes on at `at` ends (the next white space, or the text's end). */
function tokenEnd(text: string, at: number): number {
  SPACE.lastIndex = at;
  return SPACE.test(text) ? SPACE.lastIndex : text.length;
}
const SPACE = /\s/g;

/** isValidSyllable of a lowercase run. */
const syllable = (lower: string): boolean => isValidSyllable(lower);
/** Runs remembered with their sign: a text repeats a few hundred syllables thousands of times. */
const MAX_REMEMBERED = 50_000;

/** "QĐ", "HĐND", "TTĐT": capitals whose only mark is Đ. */
function capitalAcronym(run: string): boolean {
  if (run.length < 2) return false;
  for (let i = 0; i < run.length; i++) {
    const c = run.charCodeAt(i);
    if (!((c >= 65 && c <= 90) || c === 0x110)) return false;
  }
  return true;
}

/** "đắk", "lắk", "pắk": a highland place name, spelled with k where the syllable would end in c. */
function highlandName(lower: string): boolean {
  return lower.endsWith('k') && syllable(`${lower.slice(0, -1)}c`);
}

/**
 * Line signs: a line opened by a tilde, and a sentence broken across a blank line (a line that ends
 * no sentence, a blank line, then a line going on with a lowercase word; not after a number alone,
 * as a page number, nor before a label "a)").
 */
function lineMarks(text: string): number {
  let marks = 0;
  let previous = '';
  let blank = false;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) {
      blank = true;
      continue;
    }
    if (line.charCodeAt(0) === 0x7e) marks++;
    else if (blank && previous && goesOn(line) && !endsSentence(previous) && !allDigits(previous)) marks++;
    previous = line;
    blank = false;
  }
  return marks;
}

/** A lowercase word of two letters or more, then a space or a comma: "đất. Về…", "hành chính, …" (not "a) …"). Read for the few lines after a blank line only. */
const GOES_ON = /^(?!\p{Lu})\p{L}(?:(?!\p{Lu})\p{L}|\p{M})+[\s,]/u;
function goesOn(line: string): boolean {
  return GOES_ON.test(line);
}

const SENTENCE_ENDS = new Set([...'.:;!?*)'].map((ch) => ch.charCodeAt(0)));
const endsSentence = (line: string) => SENTENCE_ENDS.has(line.charCodeAt(line.length - 1));

function allDigits(line: string): boolean {
  for (let i = 0; i < line.length; i++) if (!isDigit(line.charCodeAt(i))) return false;
  return true;
}
