// Unreadable OCR: runs of tokens that are no Vietnamese and no known shape, and that the
// restoration cannot read as words either. A scanner prints them where it met a stamp, a table's
// rule, a signature or marks it could not place ("O e YA a4 A 7", "t}él;ong", "‘?h\ﬂa"). Restoring
// them would make up plausible words that were never printed; instead they are kept as printed and
// reported, and the extraction leaves them out of the fields it reads.
//
// Each whitespace token is one of:
//   good     a Vietnamese syllable, a word the model knows, a number, a code ("123/KH-UBND",
//            "KH&CN"), an abbreviation (UBND), a URL or e-mail, a list marker ("a)", "II.")
//   unknown  letters the model does not know ("thyc", "ciia"): OCR the channel can read, no garbage
//   weak     a lone letter ("A", "e"), two letters or letters and digits that spell nothing ("YA", "a4")
//   strong   symbols inside or instead of letters ("d?m", "hu;ziJ", "£", "1€")
//   neutral  punctuation alone ("-", "|", ",", ".")
//   illegible  (with OCR confidences only) a token the engine could hardly read (below
//            ILLEGIBLE_BELOW, ocr-confidence.ts) and the channel cannot read either, unless it
//            is good: no word, though its letters may look like one ("rnwq")
// A run of weak, strong and illegible tokens (neutral ones may sit between) is unreadable when it
// is long and strong enough (isUnreadableRun), or holds an illegible token.
import { hasDiacritics, isValidSyllable } from '../vietnamese/index.js';
import { ILLEGIBLE_BELOW, type OcrConfidenceAt } from './ocr-confidence.js';

export type TokenClass = 'good' | 'unknown' | 'weak' | 'strong' | 'neutral' | 'illegible';

export interface LineToken {
  /** Offset in the text. */
  start: number;
  end: number;
  text: string;
  kind: TokenClass;
}

export interface UnreadableSpan {
  /** Offsets in the text: from the run's first token's start to its last token's end. */
  start: number;
  end: number;
  /** The tokens of the run (neutral ones included), as printed. */
  text: string;
  /** How many of its tokens are weak and strong (illegible ones counted strong). */
  weak: number;
  strong: number;
}

/** What the restorer knows of a lowercase token. */
export interface WordKnowledge {
  /** The language model has the word. */
  knows(lower: string): boolean;
  /** The channel reads it as a syllable with fair odds ("bj" → bị, "t6" → tổ; not "ya", "a4"). */
  readable(lower: string): boolean;
}

/** Punctuation a word may be printed with on either side ("(Ban", "chính**", "người/", "này./."). */
const EDGE = new Set([...'()[]{}"\'“”‘’«».,;:!?…*-–—/+|•_~·&%°']);
const NEUTRAL = /^[-–—|+•*/\\.,;:!?…()[\]{}"'“”‘’«»<>_~·&%]+$/u;
/** Units printed after a number ("3 cm x 4 cm"), and the sign between two numbers. */
const UNIT = /^(?:cm|mm|km|kg|ha|ml|kw|mw|kwh|gb|mb|m2|m3|km2|x)$/u;
const MARKUP = /[<>=]|^(?:\*\*|#{1,6}|__)/u; // HTML, Markdown: never an OCR's garbage
const NUMBER = /^[+-]?\p{N}+(?:[.,/:-]\p{N}+)*%?$/u;
const NUMBER_WITH_UNIT = /^\p{N}+(?:[.,]\p{N}+)*(?:\p{Ll}{1,3}\p{N}?|[%‰°])$/u; // 1.000đ, 50m2, 30%
const LIST_MARKER = /^\(?(?:\p{L}|[ivxlcIVXLC]{1,5}|\p{N}{1,3}(?:\.\p{N}{1,3})*)[.)]$/u; // a)  đ.  II.  1.2.  (i)
const NUMBER_AND_CAPITAL = /^\p{N}{1,2}\p{Lu}$/u; // 4G, 4K
const ROMAN_LETTER = /^[IVX]$/u;
const ROMAN = /^(?=[IVX]{2})X{0,3}(?:IX|IV|V?I{0,3})$/u; // II, XIV; not "XL" (no plan counts to forty)
const CODE = /^[\p{L}\p{N}]+(?:[/&.\-_:][\p{L}\p{N}]+)+[.,;:)]?$/u; // 123/KH-UBND, KH&CN, QĐ-TTg, 01/2022/TT-BNV
const URL_OR_EMAIL = /^(?:(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)$/iu;
const LETTERS = /^[\p{L}\p{M}]+$/u;
const LETTERS_AND_DIGITS = /^[\p{L}\p{M}\p{N}]+$/u;
const JOINERS = /[.…/%()*&,;:\-–'’‘`"“”]+/u;
const OPENING = new Set([...'([{"\'“‘«*-–+•/']);
const CLOSING = new Set([...')]}"\'”’».,;:!?…*']);
const LETTER_OR_DIGIT = /[\p{L}\p{M}\p{N}]/u;
const ALL_CAPS = /^\p{Lu}{3,8}$/u; // UBND, SIPAS; two capitals only when the model knows them ("YA" does not)
const DIGIT = /^\p{N}$/u;

/** The token's class (see the file's head). */
export function classify(token: string, words: WordKnowledge): TokenClass {
  if (NEUTRAL.test(token) || DIGIT.test(token)) return 'neutral'; // a lone digit may be a speck too
  if (MARKUP.test(token) || UNIT.test(token)) return 'good';
  if (NUMBER.test(token) || NUMBER_WITH_UNIT.test(token) || LIST_MARKER.test(token) || URL_OR_EMAIL.test(token)) return 'good';
  const core = trimEdges(token);
  if (core === '') return 'neutral';
  if (NUMBER.test(core) || NUMBER_WITH_UNIT.test(core) || ROMAN.test(core) || ROMAN_LETTER.test(core) || NUMBER_AND_CAPITAL.test(core))
    return 'good';
  if (LETTERS.test(core) || LETTERS_AND_DIGITS.test(core)) {
    const lower = core.toLowerCase();
    // A lone letter with a mark is a word ("ở", "ý"); a bare one a word too ("a", "e"), yet what a scanner prints for specks.
    if (core.length === 1) return hasDiacritics(lower) ? 'good' : 'weak';
    if (isValidSyllable(lower)) return 'good';
    // Two characters that spell no syllable: the model knows many such codes, and a scanner prints
    // them for specks ("XL", "Ny", "a4"); only the channel's reading ("bj" → bị, "t6" → tổ) saves them.
    if (core.length === 2) return words.readable(lower) ? 'unknown' : 'weak';
    if (words.knows(lower) || ALL_CAPS.test(core) || /^\p{Lu}+\p{N}+$/u.test(core)) return 'good'; // UBND, QH15
    return 'unknown'; // "thyc", "c4c", "d6i": the channel's to read
  }
  if (CODE.test(core)) return 'good';
  // Words joined by punctuation: "ngày...tháng", "9,6%/năm", "(M&A)/liên", "viéc't6".
  const parts = core.split(JOINERS).filter((part) => part !== '');
  if (parts.length > 1) {
    const kinds = parts.map((part) => classify(part, words));
    if (kinds.every((kind) => kind === 'good')) return 'good';
    if (kinds.includes('good') && !kinds.includes('strong')) return 'unknown';
  }
  // One symbol read for a letter inside a word is a misread letter ("chi¥a", "m@t"); more, or a
  // symbol with hardly a letter beside it, is not ("t}él;ong", "‘?h\ﬂa", "1€", "£"). Opening
  // brackets and quotes before a word and sentence punctuation after it are no symbols.
  let a = 0;
  let b = token.length;
  while (a < b && OPENING.has(token[a]!)) a++;
  while (b > a && CLOSING.has(token[b - 1]!)) b--;
  let symbols = 0;
  let alphanumerics = 0;
  for (const char of token.slice(a, b)) {
    if (LETTER_OR_DIGIT.test(char)) alphanumerics++;
    else symbols++;
  }
  return symbols === 1 && alphanumerics >= 3 ? 'unknown' : 'strong';
}

function trimEdges(token: string): string {
  let a = 0;
  let b = token.length;
  while (a < b && EDGE.has(token[a]!)) a++;
  while (b > a && EDGE.has(token[b - 1]!)) b--;
  return token.slice(a, b);
}

/**
 * The whitespace tokens of `text` from `from` to `to`, classified; with OCR confidences, a token
 * the engine could hardly read (below ILLEGIBLE_BELOW) and the channel cannot read either is
 * illegible (see the file's head).
 */
export function lineTokens(text: string, from: number, to: number, words: WordKnowledge, ocr?: OcrConfidenceAt): LineToken[] {
  const tokens: LineToken[] = [];
  let i = from;
  while (i < to) {
    while (i < to && isSpace(text.charCodeAt(i))) i++;
    const start = i;
    while (i < to && !isSpace(text.charCodeAt(i))) i++;
    if (i > start) {
      const token = text.slice(start, i);
      let kind = classifyRemembered(token, words);
      if (ocr && (kind === 'unknown' || kind === 'weak') && ocr.at(start) < ILLEGIBLE_BELOW && !readableCore(token, words))
        kind = 'illegible';
      tokens.push({ start, end: i, text: token, kind });
    }
  }
  return tokens;
}

/** Whether the channel reads the token's letters (its edge punctuation off) as a syllable. */
const readableCore = (token: string, words: WordKnowledge) => {
  const core = trimEdges(token).toLowerCase();
  return core.length > 1 && words.readable(core);
};

/** classify(), remembered per restorer's knowledge: documents repeat their tokens. */
function classifyRemembered(token: string, words: WordKnowledge): TokenClass {
  let known = remembered.get(words);
  if (!known) remembered.set(words, (known = new Map()));
  let kind = known.get(token);
  if (kind === undefined) {
    if (known.size > 50_000) known.clear();
    known.set(token, (kind = classify(token, words)));
  }
  return kind;
}
const remembered = new WeakMap<WordKnowledge, Map<string, TokenClass>>();

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a || c === 0xa0 || c === 0x3000;

/** Runs of weak, strong and illegible tokens in one line's tokens, neutral ones allowed between (not at the ends). */
export function suspectRuns(tokens: readonly LineToken[]): LineToken[][] {
  const runs: LineToken[][] = [];
  let run: LineToken[] = [];
  let pending: LineToken[] = [];
  const close = () => {
    if (run.length > 0) runs.push(run);
    run = [];
    pending = [];
  };
  for (const token of tokens) {
    if (token.kind === 'weak' || token.kind === 'strong' || token.kind === 'illegible') {
      if (run.length > 0) run.push(...pending);
      pending = [];
      run.push(token);
    } else if (token.kind === 'neutral' && run.length > 0) pending.push(token);
    else close();
  }
  close();
  return runs;
}

/**
 * Whether a run of weak, strong and illegible tokens is unreadable: an illegible token (the engine
 * and the channel agree that it reads as nothing), two strong tokens, or three weak and
 * strong ones, that are no enumeration of letters ("a, b, c", "a2, a3, a4)"); weak ones alone only
 * with a lone letter among them (abbreviations the channel reads poorly, "dn cp x8", are no specks). Set on OCR with its
 * clean text beside it (../shared/ocr-pairs p00–p35 and 136 generated scan pages, tesseract eng)
 * and seeds 000 and 004 (two real scanners): a lone strong token is nearly always a real word
 * misread ("$6" số, "N@i" nội) and two weak ones a word or two the channel reads poorly ("B@ Y" Bộ Y).
 */
export function isUnreadableRun(run: readonly LineToken[]): boolean {
  let weak = 0;
  let strong = 0;
  let speck = false;
  let listed = true;
  for (let i = 0; i < run.length; i++) {
    const token = run[i]!;
    if (token.kind === 'illegible') return true;
    if (token.kind === 'weak') {
      weak++;
      speck ||= trimEdges(token.text).length === 1;
    } else if (token.kind === 'strong') strong++;
    if (token.kind !== 'neutral' && i < run.length - 1 && !token.text.endsWith(',')) listed = false;
  }
  if (strong === 0 && (listed || !speck)) return false;
  return strong >= 2 || strong + weak >= 3;
}

/**
 * The unreadable runs of `text`, line by line, in text order; `ocr`: the OCR confidences at
 * offsets of `text`, where it has them (a line with an illegible token is looked at too: the token
 * may be plain letters).
 */
export function findUnreadable(text: string, words: WordKnowledge, ocr?: OcrConfidenceAt): UnreadableSpan[] {
  const spans: UnreadableSpan[] = [];
  let from = 0;
  while (from <= text.length) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    if (mayHoldGarbage(text, from, to) || ocr?.illegibleIn(from, to)) {
      for (const run of suspectRuns(lineTokens(text, from, to, words, ocr))) {
        if (!isUnreadableRun(run)) continue;
        const start = run[0]!.start;
        const end = run[run.length - 1]!.end;
        let weak = 0;
        let strong = 0;
        for (const token of run) {
          if (token.kind === 'weak') weak++;
          else if (token.kind === 'strong' || token.kind === 'illegible') strong++;
        }
        spans.push({ start, end, text: text.slice(start, end), weak, strong });
      }
    }
    from = to + 1;
  }
  return spans;
}

/**
 * A cheap test before a line is tokenised: every unreadable run holds a lone letter (a weak-only run
 * needs one), a character that is neither a letter, a digit, a space nor common punctuation, or
 * punctuation between two letters ("d?m", "hu;ziJ"). Most lines of most documents have none of them.
 */
function mayHoldGarbage(text: string, from: number, to: number): boolean {
  let length = 0;
  let letters = 0;
  for (let i = from; i <= to; i++) {
    const c = i < to ? text.charCodeAt(i) : 0x20;
    if (isSpace(c)) {
      if (length === 1 && letters === 1) return true;
      length = 0;
      letters = 0;
      continue;
    }
    length++;
    if (isAsciiLetter(c) || (c >= 0xc0 && c <= 0x1b0 && c !== 0xd7 && c !== 0xf7) || (c >= 0x1ea0 && c <= 0x1ef9)) letters++;
    else if (!isPlain(c)) return true;
    else if (
      INNER.includes(String.fromCharCode(c)) &&
      i > from &&
      i + 1 < to &&
      isLetterUnit(text.charCodeAt(i - 1)) &&
      isLetterUnit(text.charCodeAt(i + 1))
    )
      return true;
  }
  return false;
}

const isAsciiLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isLetterUnit = (c: number) =>
  isAsciiLetter(c) || (c >= 0xc0 && c <= 0x1b0 && c !== 0xd7 && c !== 0xf7) || (c >= 0x1ea0 && c <= 0x1ef9);
/** Punctuation no word holds between two letters. */
const INNER = '?;:,!()"%';

/** Letters (ASCII and Vietnamese), digits and the punctuation clean text prints. */
function isPlain(c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || isAsciiLetter(c) || PLAIN_ASCII.includes(String.fromCharCode(c));
  return isLetterUnit(c) || c === 0x2013 || c === 0x2014 || c === 0x201c || c === 0x201d || c === 0x2026;
}
const PLAIN_ASCII = '.,;:!?()-/"%+';
