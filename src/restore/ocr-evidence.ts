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
// A text shows OCR when it has at least one sign per MARKS_PER_THOUSAND_TOKENS thousand tokens.
import { hasDiacritics, isValidSyllable } from '../vietnamese/index.js';

/**
 * Signs a thousand tokens a text needs to be taken for OCR. On the development texts (npm run bench
 * restore prints them): near-correct OCR (ocr-pairs p00–p31 read by tesseract -l vie) shows 1.6–31,
 * clean text (seeds 001 and 002, the development plans, the clean side of the ocr-pairs, corpus
 * documents) at most 0.8 but for texts with many typos of their own.
 */
export const MARKS_PER_THOUSAND_TOKENS = 1;

export interface OcrEvidence {
  /** Signs of OCR found (the file's head lists them). */
  marks: number;
  /** Whitespace-separated tokens. */
  tokens: number;
}

/** The signs of OCR in `text` (NFC), counted. */
export function ocrEvidence(text: string): OcrEvidence {
  let marks = 0;
  let tokens = 0;
  for (const token of text.split(/\s+/)) {
    if (!token) continue;
    tokens++;
    marks += tokenMarks(token);
  }
  return { marks: marks + lineMarks(text), tokens };
}

/** Whether the text shows OCR enough for auto mode to correct it (the file's head). */
export function showsOcr(evidence: OcrEvidence): boolean {
  return evidence.marks > 0 && (1000 * evidence.marks) / Math.max(1, evidence.tokens) >= MARKS_PER_THOUSAND_TOKENS;
}

const LETTERS = /[\p{L}\p{M}]+/gu;
/** Latin letters with an eth, a diaeresis, a ring, a cedilla or a tilde on n: none is Vietnamese. */
const FOREIGN_LETTER = /[ÐÏÄËÖÜÿïäëöüÑñÇçÅåØøÆæŒœß]/u;
const GLUED_NUMBER = /\p{L}\p{N}|\p{N}\p{L}/u;

function tokenMarks(token: string): number {
  // Most tokens carry no sign and no mark at all: one test of the token spares the rest.
  if (!hasDiacritics(token) && !FOREIGN_LETTER.test(token)) return 0;
  let marks = 0;
  let gluedSyllable = false;
  for (const match of token.matchAll(LETTERS)) {
    const run = match[0];
    if (FOREIGN_LETTER.test(run)) {
      marks++;
      continue;
    }
    if (!hasDiacritics(run)) continue;
    const lower = run.toLowerCase();
    const syllable = isValidSyllable(lower);
    if (!syllable && !capitalAcronym(run) && !highlandName(lower) && lower !== 'đ') marks++;
    else if (syllable && /\p{Ll}\p{Lu}/u.test(run)) marks++;
    else if (syllable) gluedSyllable = true;
  }
  if (gluedSyllable && GLUED_NUMBER.test(token) && gluedToNumber(token)) marks++;
  return marks;
}

/** "QĐ", "HĐND", "TTĐT": capitals whose only mark is Đ. */
function capitalAcronym(run: string): boolean {
  return run.length >= 2 && run === run.toUpperCase() && !hasDiacritics(run.replace(/Đ/g, 'D'));
}

/** "đắk", "lắk", "pắk": a highland place name, spelled with k where the syllable would end in c. */
function highlandName(lower: string): boolean {
  return lower.endsWith('k') && isValidSyllable(`${lower.slice(0, -1)}c`);
}

/** A marked syllable touching a digit: "tháng11", "2025của". */
function gluedToNumber(token: string): boolean {
  for (const match of token.matchAll(LETTERS)) {
    const run = match[0];
    if (!hasDiacritics(run) || !isValidSyllable(run.toLowerCase())) continue;
    const before = token[match.index - 1] ?? '';
    const after = token[match.index + run.length] ?? '';
    if (/\p{N}/u.test(before) || /\p{N}/u.test(after)) return true;
  }
  return false;
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
    if (line.startsWith('~')) marks++;
    else if (blank && previous && /^\p{Ll}[\p{Ll}\p{M}]+[\s,]/u.test(line) && !/[.:;!?*)]$/.test(previous) && !/^\d+$/.test(previous)) marks++;
    previous = line;
    blank = false;
  }
  return marks;
}
