// OCR clean-up that keeps every line where it is: the output has exactly as many lines as the
// input, so positions found later still point at the file the user gave. Every edit is logged.
//
// Rules, each with the damage it undoes:
//   ligatures            "tinﬁ" → "tinfi", "ﬂ" → "fl"
//   leading stray marks  "~ Can cứ" → "Can cứ", "‘ Theo" → "Theo", "_ Lưu" → "Lưu", "| Nội" → "Nội"
//   bar for roman I      "|. MỤC ĐÍCH" → "I. MỤC ĐÍCH"
//   l for roman I        "Il. MUC TIEU" → "II. MUC TIEU", "Ill. NHIEM VU" → "III. NHIEM VU": OCR without a Vietnamese
//                        model reads a heading's I as l; at a line's start, before a dot and a capital, where
//                        the letters with I for l make a roman numeral (eng OCR'd prints of corpus:tvpl-john,
//                        tnt, plans:lm and plans:lvn, the layouts bench's OCR mode)
//   cent sign for c      "¢) Kiểm tra" → "c) Kiểm tra"; between letters "hi¢u" → "hieu"
//   quotes inside words  "SU’A" → "SUA", "VU'C" → "VUC" — only where the joined word spells a syllable:
//                        in a code the quote stands for something else ("TT'VPCP" stays)
//   symbols for letters  glued to a word, read where a marked vowel was printed (seed 003, lines
//                        1–300, and the OCR'd pairs): "nhi€ém" → "nhiêém", "ti€u" → "tiêu"; "k§y" → "kyy";
//                        "s&" → "sơ"; "C&n" → "Can" (the channel then reads them: nhiệm, tiêu, kỹ, sở,
//                        căn). "R&D" stays. A "1€" standing alone is "lê" (1 read for l: "tỷ 1€" is tỷ lệ;
//                        seed 000 and a generated scan page).
//   the second "d)"       a list's bullets run a) b) c) d) đ) e): OCR without a Vietnamese model reads
//                        đ) as d), so a "d)" that follows a "d)" becomes "đ)"
//   quarters in roman     "Quy 11, 111, 1V" → "Quy II, III, IV": OCR without a Vietnamese model reads a
//                        quarter's roman I as 1 (or l). A list after quý is read as roman only when every
//                        numeral becomes I, II, III or IV and one of them cannot be an Arabic quarter
//                        (11, 111, 1V): "Quý 1" and "Quý 1, 2" stay.
//   fused numbers        "thang12" → "thang 12", "ngay15" → "ngay 15": a syllable glued to the number after it,
//                        where the language model says numbers follow that syllable (tháng, năm, ngày, số,
//                        điều, khoản, mục: NumberFollows); codes stay ("QH15", "TD341", "hợp1" a footnote)
//   fused words          "quanly" → "quan ly", "Donvi" → "Don vi": two syllables printed without their space,
//                        where the language model says so (fused-words.ts: FusedWordSplit)
//   hyphenated line end  "thực hi-" / "ện nhiệm vụ" → "thực hiện" / "nhiệm vụ": the continuation is
//                        moved up onto the first line, the second line becomes shorter (never removed).
//                        Vietnamese rarely breaks a syllable, so lowercase pieces are joined only when
//                        together they spell one syllable ("Lao động-" / "Thương binh" stays);
//                        a code split at the hyphen ("QĐ-" / "UBND …") keeps its hyphen: "QĐ-UBND".
import { stripDiacritics } from '../vietnamese/index.js';
import { isSyllableKey } from './channel/key-trie.js';
import { fusedWords, type FusedWordSplit } from './fused-words.js';
import {
  isDecimalDigit,
  isLetter,
  isLowercaseLetter,
  isMark,
  isNumber,
  isRegExpSpace,
  pointAt,
  pointBefore,
} from '../vietnamese/letters.js';

// Whether a word's stripped key is a syllable's: looked up in the key trie the channel uses (read
// from model/candidates.bin and needed by the restoration that follows anyway) rather than in a set
// of the ~2,400 keys built for this alone.
const spellsSyllableKey = (text: string) => isSyllableKey(stripDiacritics(text.toLowerCase()));

export interface CleanupChange {
  /** 1-based line and column (UTF-16 code units) of the original text in the input. */
  line: number;
  column: number;
  original: string;
  restored: string;
}

/** Whether numbers usually follow the syllables of this stripped key (the restorer asks its language model). */
export type NumberFollows = (key: string) => boolean;

export interface CleanupOptions {
  /** Fused numbers are split only where this says so; none are without it. */
  numberFollows?: NumberFollows;
  /** Fused words are split only where this says so; none are without it. */
  fusedWords?: FusedWordSplit;
}

export interface CleanupResult {
  text: string;
  changes: CleanupChange[];
}

const LIGATURES: Record<string, string> = { ﬀ: 'ff', ﬁ: 'fi', ﬂ: 'fl', ﬃ: 'ffi', ﬄ: 'ffl', ﬅ: 'st', ﬆ: 'st' };
const LIGATURE = /[ﬀ-ﬆ]/gu;
const LEADING_STRAY = /^(\s*)([~‘’_|•]+\s+)/u; // "~ Can", "| Nội"
const BAR_NUMERAL = /^(\s*)\|(?=[.,]\s)/u; // "|. MỤC"
const ELL_NUMERAL = /^(\s*)([IVXl]{1,5})(?=\.\s+\p{Lu})/u; // "Ill. NHIEM"
const ROMAN_NUMERAL = /^X{0,2}(?:IX|IV|V?I{0,3})$/u;
const CENT_ITEM = /(^|\s)¢(?=\))/gu; // "¢) Kiểm"
const ONE_EURO = /(?<![\p{L}\p{N}])1€(?![\p{L}\p{N}])/gu; // "tỷ 1€"
// The symbols read for letters are told by their neighbours, tested by hand (vietnamese/letters.ts)
// rather than with \p{L} lookarounds, so a cold start compiles no regexp per rule.
// They get the code points before and after the symbol (-1 at the line's ends).
type Neighbours = (before: number, after: number) => boolean;
const CENT_IN_WORD: Neighbours = (b, a) => isLetter(b) && isLetter(a); // "hi¢u"
const EURO_IN_WORD: Neighbours = (b, a) => isLetter(b) || isLetter(a); // "nhi€ém", "€n"
const SECTION_IN_WORD: Neighbours = (b, a) => isLetter(b) || isLetter(a); // "k§y"
const AMPERSAND_AT_END: Neighbours = (b, a) => isLetter(b) && !isLetter(a) && !isNumber(a); // "S&" but not "R&D"
const AMPERSAND_IN_WORD: Neighbours = (b, a) => isLetter(b) && isLowercaseLetter(a); // "C&n", "c&p" but not "R&D"
const QUOTE_IN_WORD: Neighbours = (b, a) => isLetter(b) && isLetter(a); // "SU’A"
// Every in-line rule above needs one of these characters: a line without any is left as it is
// without running them (most lines of most documents).
const SUSPECT = /[ﬀ-ﬆ¢€§&'’‘`~_|•]/u;

export function cleanupOcr(text: string, options: CleanupOptions = {}): CleanupResult {
  const lines = text.split('\n');
  const changes: CleanupChange[] = [];
  // Edits within one line, logged at their column in the *input* line.
  const shifts: Shift[][] = [];
  for (let i = 0; i < lines.length; i++) {
    const lineShifts: Shift[] = [];
    lines[i] = cleanLine(lines[i]!, i + 1, changes, lineShifts, options);
    shifts.push(lineShifts);
  }
  fixBulletDStroke(lines, changes, shifts);
  fixQuarterNumerals(lines, changes, shifts);
  joinHyphenated(lines, changes, shifts);
  changes.sort((a, b) => a.line - b.line || a.column - b.column);
  return { text: lines.join('\n'), changes };
}

/** A heading's roman numeral read with l for I ("Ill. NHIEM VU"), as the edit that mends it; else null. */
function ellNumeral(line: string): { start: number; end: number; replacement: string } | null {
  const m = ELL_NUMERAL.exec(line);
  if (!m || !m[2]!.includes('l')) return null;
  const roman = m[2]!.replace(/l/gu, 'I');
  if (!ROMAN_NUMERAL.test(roman)) return null;
  return { start: m[1]!.length, end: m[1]!.length + m[2]!.length, replacement: roman };
}

/** The letters around position `at` of `line`, without the character at `at`: "SU’A" → "SUA". */
function wordWithout(line: string, at: number): string {
  let a = at;
  let b = at + 1;
  while (a > 0 && isLetter(line.charCodeAt(a - 1))) a--;
  while (b < line.length && isLetter(line.charCodeAt(b))) b++;
  return line.slice(a, at) + line.slice(at + 1, b);
}

/** An in-line edit: from `at` (column in the cleaned line) on, the input is `delta` further right. */
interface Shift {
  at: number;
  delta: number;
}

/** Column in the input line of a column in the cleaned line. */
function inputColumn(shifts: readonly Shift[], cleanedColumn: number): number {
  let delta = 0;
  for (const s of shifts) if (s.at <= cleanedColumn) delta = s.delta;
  return cleanedColumn + delta;
}

/** Apply the in-line rules, recording how far the cleaned line has shifted from the input. */
function cleanLine(line: string, lineNumber: number, changes: CleanupChange[], shifts: Shift[], options: CleanupOptions): string {
  const fused = options.numberFollows ? fusedNumbers(line, options.numberFollows) : NONE;
  const fusedPairs = options.fusedWords ? fusedWords(line, options.fusedWords) : NONE;
  const ell = ellNumeral(line);
  if (fused.length === 0 && fusedPairs.length === 0 && !ell && !SUSPECT.test(line)) return line;
  const edits: Array<{ start: number; end: number; replacement: string }> = [...fused];
  const add = (edit: { start: number; end: number; replacement: string } | null) => {
    if (edit && !edits.some((e) => edit.start < e.end && e.start < edit.end)) edits.push(edit);
  };
  for (const edit of fusedPairs) add(edit);
  // Each rule runs only on lines holding a character it needs.
  const collect = (
    re: RegExp,
    needs: string,
    replace: (m: RegExpMatchArray) => { start: number; end: number; replacement: string } | null,
  ) => {
    let present = false;
    for (let i = 0; i < needs.length && !present; i++) present = line.includes(needs[i]!);
    if (!present) return;
    for (const m of line.matchAll(re)) add(replace(m));
  };
  // Each of the symbols where its neighbours say it stands for a letter; `replacement` null: left as it is.
  // (One character per edit, so the order the hits are found in does not matter.)
  const collectSymbol = (symbols: string, glued: Neighbours, replacement: (at: number) => string | null) => {
    for (const symbol of symbols) {
      for (let at = line.indexOf(symbol); at >= 0; at = line.indexOf(symbol, at + 1)) {
        if (!glued(pointBefore(line, at), pointAt(line, at + 1))) continue;
        const text = replacement(at);
        if (text !== null) add({ start: at, end: at + 1, replacement: text });
      }
    }
  };
  const leading = BAR_NUMERAL.exec(line);
  if (leading) edits.push({ start: leading[1]!.length, end: leading[1]!.length + 1, replacement: 'I' });
  if (ell) add(ell);
  const stray = LEADING_STRAY.exec(line);
  if (stray && !leading) edits.push({ start: stray[1]!.length, end: stray[1]!.length + stray[2]!.length, replacement: '' });
  collect(LIGATURE, 'ﬀﬁﬂﬃﬄﬅﬆ', (m) => ({ start: m.index!, end: m.index! + m[0].length, replacement: LIGATURES[m[0]] ?? m[0] }));
  collect(CENT_ITEM, '¢', (m) => ({ start: m.index! + m[1]!.length, end: m.index! + m[0].length, replacement: 'c' }));
  // "K¢é" → "Ké" (the ¢ doubles an e already read), "hi¢u" → "hieu"
  collectSymbol('¢', CENT_IN_WORD, (at) => (/^[eéèẻẽẹêếềểễệ]/iu.test(line.slice(at + 1)) ? '' : 'e'));
  collect(ONE_EURO, '€', (m) => ({ start: m.index!, end: m.index! + m[0].length, replacement: 'lê' }));
  collectSymbol('€', EURO_IN_WORD, () => 'ê');
  collectSymbol('§', SECTION_IN_WORD, () => 'y');
  collectSymbol('&', AMPERSAND_AT_END, () => 'ơ');
  collectSymbol('&', AMPERSAND_IN_WORD, () => 'a');
  collectSymbol("'’‘`", QUOTE_IN_WORD, (at) => (spellsSyllableKey(wordWithout(line, at)) ? '' : null));
  if (edits.length === 0) return line;
  edits.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const e of edits) {
    out += line.slice(at, e.start) + e.replacement;
    shifts.push({ at: out.length, delta: e.end - out.length });
    changes.push({ line: lineNumber, column: e.start + 1, original: line.slice(e.start, e.end), restored: e.replacement });
    at = e.end;
  }
  return out + line.slice(at);
}

const NONE: Array<{ start: number; end: number; replacement: string }> = [];
/** The fused numbers of a line, each as an edit that puts a space between syllable and number. */
function fusedNumbers(line: string, numberFollows: NumberFollows): Array<{ start: number; end: number; replacement: string }> {
  let edits = NONE;
  for (const { start, letters, digits } of lettersGluedToDigits(line)) {
    const key = stripDiacritics(letters.toLowerCase());
    if (!isSyllableKey(key) || !numberFollows(key)) continue;
    if (edits === NONE) edits = [];
    edits.push({ start, end: start + letters.length + digits.length, replacement: `${letters} ${digits}` });
  }
  return edits;
}

const BULLET = /^(\s*)([a-zđ])\)\s/u; // "d) Chủ động …"

function fixBulletDStroke(lines: string[], changes: CleanupChange[], shifts: readonly Shift[][]): void {
  let previous = '';
  for (let i = 0; i < lines.length; i++) {
    const bullet = BULLET.exec(lines[i]!);
    if (!bullet) continue;
    const letter = bullet[2]!;
    if (letter === 'd' && previous === 'd') {
      const at = bullet[1]!.length;
      lines[i] = lines[i]!.slice(0, at) + 'đ' + lines[i]!.slice(at + 1);
      changes.push({ line: i + 1, column: inputColumn(shifts[i]!, at) + 1, original: 'd', restored: 'đ' });
      previous = 'đ';
    } else previous = letter;
  }
}

// "Quý" as printed or OCR'd without its mark, then numerals of 1, l, I and V joined by commas, "và" or dashes.
const QUARTER_LIST = /(?<![\p{L}\p{N}])(?:Qu[yýỳ]|qu[yýỳ]|QU[YÝỲ])\s+([1lIV]{1,4}(?:\s*(?:,|và|va|-|–)\s*[1lIV]{1,4})*)(?![\p{L}\p{N}])/gu;
const QUARTER_HINT = /[uU][yýỳYÝỲ]\s+[1lIV]/;
const QUARTER_NUMERAL = /[1lIV]+/gu;
const QUARTERS = new Set(['I', 'II', 'III', 'IV']);

function fixQuarterNumerals(lines: string[], changes: CleanupChange[], shifts: readonly Shift[][]): void {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!QUARTER_HINT.test(line)) continue; // a cheap test first: "uy" alone is in most lines (Ủy ban, quy định)
    for (const list of line.matchAll(QUARTER_LIST)) {
      const listAt = list.index! + list[0].length - list[1]!.length;
      const numerals = [...list[1]!.matchAll(QUARTER_NUMERAL)].map((m) => ({
        at: listAt + m.index!,
        printed: m[0],
        roman: m[0].replace(/[1l]/gu, 'I'),
      }));
      if (!numerals.every((n) => QUARTERS.has(n.roman)) || !numerals.some((n) => n.roman.length > 1 && n.roman !== n.printed)) continue;
      for (const n of numerals) {
        if (n.roman === n.printed) continue;
        // Same length: the columns of the rest of the line do not move.
        lines[i] = lines[i]!.slice(0, n.at) + n.roman + lines[i]!.slice(n.at + n.printed.length);
        changes.push({ line: i + 1, column: inputColumn(shifts[i]!, n.at) + 1, original: n.printed, restored: n.roman });
      }
    }
  }
}

/** "…hi-" + "ện …": move the continuation up. Columns in the log point at the input lines. */
function joinHyphenated(lines: string[], changes: CleanupChange[], shifts: readonly Shift[][]): void {
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!lines[i]!.includes('-')) continue; // cheap test before the scans
    const line = lines[i]!.trimEnd();
    const head = hyphenatedEnd(line);
    if (!head) continue;
    const next = lines[i + 1]!;
    const cont = continuation(next);
    if (!cont) continue;
    const first = head.letters;
    const word = cont.letters;
    const isCode = first === first.toUpperCase() && word === word.toUpperCase();
    const isWordBreak = word[0] === word[0]!.toLowerCase() && spellsSyllableKey(first + word);
    if (!isCode && !isWordBreak) continue;
    const joined = isCode ? `${first}-${word}` : `${first}${word}`;
    lines[i] = line.slice(0, head.at) + joined + cont.punctuation;
    lines[i + 1] = cont.indent + next.slice(cont.length);
    changes.push({
      line: i + 1,
      column: inputColumn(shifts[i]!, head.at) + 1,
      original: line.slice(head.at),
      restored: joined + cont.punctuation,
    });
    const at = cont.indent.length;
    changes.push({ line: i + 2, column: inputColumn(shifts[i + 1]!, at) + 1, original: next.slice(at, cont.length), restored: '' });
  }
}

// The three scans below are written by hand rather than as \p{L} regexps, so a cold start compiles
// none of them; tests/restore/cleanup.test.ts checks them against those regexps.

const isLetterNumberOrMark = (point: number) => point >= 0 && (isLetter(point) || isNumber(point) || isMark(point));

/**
 * Runs of 2–7 letters glued to 1–4 decimal digits, nothing else glued to either side ("thang12",
 * "Ngay15"), left to right: what /(?<![\p{L}\p{N}\p{M}])(\p{L}{2,7})(\p{Nd}{1,4})(?![\p{L}\p{N}\p{M}])/gu matches.
 */
export function lettersGluedToDigits(line: string): Array<{ start: number; letters: string; digits: string }> {
  const found: Array<{ start: number; letters: string; digits: string }> = [];
  let i = 0;
  while (i < line.length) {
    const point = pointAt(line, i);
    if (!isLetter(point) || isLetterNumberOrMark(pointBefore(line, i))) {
      i += point > 0xffff ? 2 : 1;
      continue;
    }
    // A run of letters opens at i: only here can a match start, and nowhere else inside the run.
    const start = i;
    let letters = 0;
    for (let p = point; p >= 0 && isLetter(p); p = pointAt(line, i)) {
      i += p > 0xffff ? 2 : 1;
      letters++;
    }
    if (letters < 2 || letters > 7) continue;
    const digitsStart = i;
    let digits = 0;
    for (let p = pointAt(line, i); p >= 0 && isDecimalDigit(p); p = pointAt(line, i)) {
      i += p > 0xffff ? 2 : 1;
      digits++;
    }
    if (digits < 1 || digits > 4 || isLetterNumberOrMark(pointAt(line, i))) continue;
    found.push({ start, letters: line.slice(start, digitsStart), digits: line.slice(digitsStart, i) });
  }
  return found;
}

/** The letters before the hyphen that ends `line` and where they start: /(\p{L}+)-$/u. */
export function hyphenatedEnd(line: string): { letters: string; at: number } | null {
  const hyphen = line.length - 1;
  if (line.charCodeAt(hyphen) !== 0x2d) return null;
  let at = hyphen;
  for (let point = pointBefore(line, at); point >= 0 && isLetter(point); point = pointBefore(line, at)) at -= point > 0xffff ? 2 : 1;
  return at < hyphen ? { letters: line.slice(at, hyphen), at } : null;
}

/**
 * How a line that continues a hyphenated word starts: its indent, its first word's letters, a
 * punctuation mark right after them, and the length up to the end of the space that follows (or the
 * line's end): /^(\s*)(\p{L}+)([.,;:]?)(\s+|$)/u.
 */
export function continuation(line: string): { indent: string; letters: string; punctuation: string; length: number } | null {
  let i = 0;
  while (i < line.length && isRegExpSpace(line.charCodeAt(i))) i++;
  const start = i;
  for (let point = pointAt(line, i); point >= 0 && isLetter(point); point = pointAt(line, i)) i += point > 0xffff ? 2 : 1;
  if (i === start) return null;
  const end = i;
  if (i < line.length && '.,;:'.includes(line[i]!)) i++;
  const punctuation = line.slice(end, i);
  if (i < line.length && !isRegExpSpace(line.charCodeAt(i))) return null;
  while (i < line.length && isRegExpSpace(line.charCodeAt(i))) i++;
  return { indent: line.slice(0, start), letters: line.slice(start, end), punctuation, length: i };
}
