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
//   cent sign for c      "¢) Kiểm tra", "©) Có" → "c) …" (label-glyphs.ts); between letters "hi¢u" → "hieu"
//   quotes inside words  "SU’A" → "SUA", "VU'C" → "VUC" — only where the joined word spells a syllable:
//                        in a code the quote stands for something else ("TT'VPCP" stays)
//   symbols for letters  glued to a word, read where a marked vowel was printed (seed 003, lines
//                        1–300, and the OCR'd pairs): "nhi€ém" → "nhiêém", "ti€u" → "tiêu"; "k§y" → "kyy";
//                        "s&" → "sơ"; "C&n" → "Can" (the channel then reads them: nhiệm, tiêu, kỹ, sở,
//                        căn). "R&D" stays. A "1€" standing alone is "lê" (1 read for l: "tỷ 1€" is tỷ lệ;
//                        seed 000 and a generated scan page).
//   a sign for a word's   "$6" → "S6", "¢6" → "c6", "©6ng" → "c6ng": a capital S read as $, a c read as ¢ or ©,
//   first letter          before the digit an OCR reads for a marked vowel (the channel then reads số, có, công).
//                        Only a sign opening a word, then one digit, then letters or the word's end: "$60",
//                        "©2024" stay. The generated eng scans print "$6" 38 times and "¢6" 13 over speckle,
//                        lowres, thin, skew and blur pages, the shared OCR pairs "$6" 6 times, seed 000 both.
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
import { C_LABEL_GLYPH } from './label-glyphs.js';

// Whether a word's stripped key is a syllable's: looked up in the key trie the channel uses (needed
// by the restoration that follows anyway) rather than in a set of the ~2,400 keys built for this alone.
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
const ONE_EURO = /(?<![\p{L}\p{N}])1€(?![\p{L}\p{N}])/gu; // "tỷ 1€"
const CENT_IN_WORD = /(?<=\p{L})¢(?=\p{L})/gu; // "hi¢u"
const EURO_IN_WORD = /(?<=\p{L})€|€(?=\p{L})/gu; // "nhi€ém", "€n"
const SECTION_IN_WORD = /(?<=\p{L})§|§(?=\p{L})/gu; // "k§y"
const AMPERSAND_AT_END = /(?<=\p{L})&(?![\p{L}\p{N}])/gu; // "S&" but not "R&D"
const AMPERSAND_IN_WORD = /(?<=\p{L})&(?=\p{Ll})/gu; // "C&n", "c&p" but not "R&D"
const SIGN_FOR_S = /(?<![\p{L}\p{N}\p{M}])\$(?=\p{Nd}(?![\p{N}]))/gu; // "$6"
const SIGN_FOR_C = /(?<![\p{L}\p{N}\p{M}])[¢©](?=\p{Nd}(?![\p{N}]))/gu; // "¢6", "©6ng"
const QUOTE_IN_WORD = /(?<=\p{L})['’‘`](?=\p{L})/gu; // "SU’A"
// Every in-line rule above needs one of these characters: a line without any is left as it is
// without running them (most lines of most documents).
const SUSPECT = /[ﬀ-ﬆ¢©€§&'’‘`~_|•$]/u;

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

const LETTER = /\p{L}/u;

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
  while (a > 0 && LETTER.test(line[a - 1]!)) a--;
  while (b < line.length && LETTER.test(line[b]!)) b++;
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
  const leading = BAR_NUMERAL.exec(line);
  if (leading) edits.push({ start: leading[1]!.length, end: leading[1]!.length + 1, replacement: 'I' });
  if (ell) add(ell);
  const stray = LEADING_STRAY.exec(line);
  if (stray && !leading) edits.push({ start: stray[1]!.length, end: stray[1]!.length + stray[2]!.length, replacement: '' });
  collect(LIGATURE, 'ﬀﬁﬂﬃﬄﬅﬆ', (m) => ({ start: m.index!, end: m.index! + m[0].length, replacement: LIGATURES[m[0]] ?? m[0] }));
  collect(C_LABEL_GLYPH, '¢©', (m) => ({ start: m.index! + m[1]!.length, end: m.index! + m[0].length, replacement: 'c' }));
  // "K¢é" → "Ké" (the ¢ doubles an e already read), "hi¢u" → "hieu"
  collect(CENT_IN_WORD, '¢', (m) => ({
    start: m.index!,
    end: m.index! + 1,
    replacement: /^[eéèẻẽẹêếềểễệ]/iu.test(line.slice(m.index! + 1)) ? '' : 'e',
  }));
  collect(SIGN_FOR_S, '$', (m) => ({ start: m.index!, end: m.index! + 1, replacement: 'S' }));
  collect(SIGN_FOR_C, '¢©', (m) => ({ start: m.index!, end: m.index! + 1, replacement: 'c' }));
  collect(ONE_EURO, '€', (m) => ({ start: m.index!, end: m.index! + m[0].length, replacement: 'lê' }));
  collect(EURO_IN_WORD, '€', (m) => ({ start: m.index!, end: m.index! + 1, replacement: 'ê' }));
  collect(SECTION_IN_WORD, '§', (m) => ({ start: m.index!, end: m.index! + 1, replacement: 'y' }));
  collect(AMPERSAND_AT_END, '&', (m) => ({ start: m.index!, end: m.index! + 1, replacement: 'ơ' }));
  collect(AMPERSAND_IN_WORD, '&', (m) => ({ start: m.index!, end: m.index! + 1, replacement: 'a' }));
  collect(QUOTE_IN_WORD, "'’‘`", (m) =>
    spellsSyllableKey(wordWithout(line, m.index!)) ? { start: m.index!, end: m.index! + 1, replacement: '' } : null,
  );
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
/** A run of 2–7 letters glued to 1–4 digits, nothing else glued to either side: "thang12", "Ngay15". */
const FUSED_NUMBER = /(?<![\p{L}\p{N}\p{M}])(\p{L}{2,7})(\p{Nd}{1,4})(?![\p{L}\p{N}\p{M}])/gu;

/** The fused numbers of a line, each as an edit that puts a space between syllable and number. */
function fusedNumbers(line: string, numberFollows: NumberFollows): Array<{ start: number; end: number; replacement: string }> {
  // A cheap test first: most lines have no letter right before a digit.
  let glued = false;
  for (let i = 1; i < line.length && !glued; i++) {
    const c = line.charCodeAt(i);
    glued = c >= 0x30 && c <= 0x39 && LETTER.test(line[i - 1]!);
  }
  if (!glued) return NONE;
  const edits: Array<{ start: number; end: number; replacement: string }> = [];
  for (const m of line.matchAll(FUSED_NUMBER)) {
    const letters = m[1]!;
    const key = stripDiacritics(letters.toLowerCase());
    if (!isSyllableKey(key) || !numberFollows(key)) continue;
    edits.push({ start: m.index!, end: m.index! + m[0].length, replacement: `${letters} ${m[2]!}` });
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

const HYPHEN_END = /(\p{L}+)-$/u; // "hi-" at the end of a line
const CONTINUATION = /^(\s*)(\p{L}+)([.,;:]?)(\s+|$)/u;

/** The letters before the hyphen that ends `line` and where they start. */
function hyphenatedEnd(line: string): { letters: string; at: number } | null {
  const m = HYPHEN_END.exec(line);
  return m ? { letters: m[1]!, at: m.index } : null;
}

/**
 * How a line that continues a hyphenated word starts: its indent, its first word's letters, a
 * punctuation mark right after them, and the length up to the end of the space that follows (or the
 * line's end).
 */
function continuation(line: string): { indent: string; letters: string; punctuation: string; length: number } | null {
  const m = CONTINUATION.exec(line);
  return m ? { indent: m[1]!, letters: m[2]!, punctuation: m[3]!, length: m[0].length } : null;
}
