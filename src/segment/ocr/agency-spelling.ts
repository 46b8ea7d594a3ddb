// An OCR'd agency cell spelled as the agency names it prints are spelled. The restorer reads a
// cell's words as any text ("xã, phương", "số Nội vụ", "công nghề", "S6 N6ng nghiép"); agency
// names are a closed vocabulary, so each pair of neighbouring words whose folded form (OCR slips
// undone, ./text.ts) is a pair of a gazetteer name with one spelling takes that spelling. A word
// is changed only where its letters fold to the name's: what it was is returned beside it.
import { GAZETTEER } from '../../knowledge/agencies/index.js';
import { lazy } from '../../lazy.js';
import { ocrTokens } from './text.js';

interface Spellings {
  /** Folded word pair → the spellings it has in agency names ("xa phuong" → {"xã phường"}). */
  pairs: Map<string, Set<string>>;
  /** Every name and alias, folded ("so xay dung"). */
  names: Set<string>;
  /** Every word of every name, folded. */
  words: Set<string>;
  /** Every word of every name as spelled, in lower case ("phường", "nghệ"). */
  spelled: Set<string>;
}

const namesOf = (name: string) => [name, name.replace(/Ủy ban nhân dân/gu, 'UBND'), name.replace(/\bUBND\b/gu, 'Ủy ban nhân dân')];

const spellings = lazy((): Spellings => {
  const pairs = new Map<string, Set<string>>();
  const names = new Set<string>();
  const words = new Set<string>();
  // The names repeat their words: each word's fold is taken once.
  const folds = new Map<string, string | undefined>();
  const folded = (word: string) => {
    if (!folds.has(word)) folds.set(word, fold1(word));
    return folds.get(word);
  };
  for (const entry of GAZETTEER) {
    for (const form of new Set([entry.name, ...entry.aliases].flatMap(namesOf))) {
      names.add(ocrTokens(form).join(' '));
      const formWords = form.split(/[\s,;()]+/u).filter((w) => /^\p{L}+$/u.test(w));
      for (let i = 0; i + 1 < formWords.length; i++) {
        const first = folded(formWords[i]!);
        const second = folded(formWords[i + 1]!);
        words.add(first ?? '').add(second ?? '');
        const key = `${first} ${second}`;
        if (key.includes('undefined')) continue;
        const spelled = `${formWords[i]} ${formWords[i + 1]}`;
        let set = pairs.get(key);
        if (!set) pairs.set(key, (set = new Set()));
        // "Ủy ban" and "ủy ban" are one spelling: a spelling is its letters, case aside.
        if (![...set].some((s) => s.toLowerCase() === spelled.toLowerCase())) set.add(spelled);
      }
    }
  }
  const spelled = new Set(
    GAZETTEER.flatMap((entry) => [entry.name, ...entry.aliases].flatMap(namesOf)).flatMap((form) =>
      form
        .normalize('NFC')
        .toLowerCase()
        .split(/[^\p{L}]+/u)
        .filter(Boolean),
    ),
  );
  return { pairs, names, words, spelled };
});

/** A word's one folded token, or undefined for a word the OCR glued or split. */
function fold1(word: string): string | undefined {
  const tokens = ocrTokens(word);
  return tokens.length === 1 ? tokens[0] : undefined;
}

/** Whether two words, as the OCR read them, are neighbours in an agency's name ("Sở" "Xây", "Khoa" "học"). */
export function isAgencyPair(a: string, b: string): boolean {
  const strip = (w: string) => w.replace(/^[-–+•"“(]+|[)"”]+$/gu, '');
  if (/[.,;:!?]$/u.test(a)) return false;
  const x = fold1(strip(a));
  const y = fold1(strip(b).replace(/[.,;:!?]+$/u, ''));
  return Boolean(x && y && spellings().pairs.has(`${x} ${y}`));
}

/** Whether two words, commas aside, stand side by side in some agency's name ("xã," "phường"). */
export function namePair(a: string, b: string): boolean {
  const strip = (w: string) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  const x = fold1(strip(a));
  const y = fold1(strip(b));
  return Boolean(x && y && spellings().pairs.has(`${x} ${y}`));
}

/** Whether the text, as the OCR read it, is an agency's whole name ("Sở Xây dựng", "S6 Tai chinh"). */
export function isWholeName(text: string): boolean {
  return spellings().names.has(ocrTokens(text).join(' '));
}

export interface Respelled {
  text: string;
  /** Each word changed: as it stood, and as written back. */
  changes: Array<{ from: string; to: string }>;
}

/**
 * A folded token the OCR glued from a name's words ("bannhan", "uybannhan", "cacso"): its words,
 * each a name's word and each two a pair of a name; null when it is no such glue.
 */
function unglue(key: string, before?: string): string[] | null {
  const { words, pairs } = spellings();
  if (before !== undefined && words.has(key) && pairs.has(`${before} ${key}`)) return [key];
  for (let k = 1; k < key.length; k++) {
    const head = key.slice(0, k);
    if (!words.has(head) || (before !== undefined && !pairs.has(`${before} ${head}`))) continue;
    const rest = unglue(key.slice(k), head);
    if (rest) return [head, ...rest];
  }
  return null;
}

/** The text with names' words the OCR glued set apart ("Ủy bannhân" → "Ủy ban nhân", "các sở,ngành" → "các sở, ngành"). */
function ungluedWords(text: string, changes: Array<{ from: string; to: string }>): string {
  return text
    .replace(/(?<=[\p{L}\p{N}]),(?=\p{L})/gu, ', ')
    .split(/(\s+)/u)
    .map((token) => {
      const [, before, word, after] = token.match(/^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u)!;
      const key = fold1(word!);
      if (!key || spellings().words.has(key) || key.length !== word!.length) return token;
      const words = unglue(key);
      if (!words || words.length < 2) return token;
      let at = 0;
      const apart = words.map((w) => word!.slice(at, (at += w.length))).join(' ');
      changes.push({ from: word!, to: apart });
      return before! + apart + after!;
    })
    .join('');
}

/** Bodies' one-word heads, by their letters without marks. */
const ONE_WORD_HEADS = new Map(['Sở', 'Bộ', 'Cục', 'Vụ', 'Viện'].map((h) => [fold1(h)!, h]));

/** The cell with each word an agency name's pair spells otherwise written as the name spells it. */
export function respellAgencyWords(raw: string): Respelled {
  const changes: Array<{ from: string; to: string }> = [];
  const text = ungluedWords(raw, changes);
  const parts = text.split(/(\s+)/u);
  const words: Array<{ at: number; lead: string; core: string; tail: string; key: string | undefined }> = [];
  parts.forEach((part, at) => {
    if (!part.trim()) return;
    const m = part.match(/^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u)!;
    words.push({ at, lead: m[1]!, core: m[2]!, tail: m[3]!, key: m[2] ? fold1(m[2]) : undefined });
  });
  // Per pair (i, i + 1), its one spelling in agency names, if it has one.
  const pairSpelling = words.map((a, i) => {
    const b = words[i + 1];
    // A pair broken by a bracket or a list's mark belongs to no one name.
    if (!b || !a.key || !b.key || /[()[\];:]/u.test(a.tail + b.lead)) return null;
    const pairSpellings = spellings().pairs.get(`${a.key} ${b.key}`);
    if (!pairSpellings) return null;
    if (pairSpellings.size === 1) return [...pairSpellings][0]!.split(' ') as [string, string];
    // Two spellings ("Sở Giáo" of Giáo dục, "Sở Giao" of Giao thông): the one whose second word
    // the next pair spells so, when that pair has one spelling ("Giáo dục").
    const c = words[i + 2];
    const next = c?.key && !/[()[\];:]/u.test(b.tail + c.lead) ? spellings().pairs.get(`${b.key} ${c.key}`) : undefined;
    if (next?.size !== 1) return null;
    const nextFirst = [...next][0]!.split(' ')[0]!.toLowerCase();
    const agreeing = [...pairSpellings].filter((sp) => sp.split(' ')[1]!.toLowerCase() === nextFirst);
    return agreeing.length === 1 ? (agreeing[0]!.split(' ') as [string, string]) : null;
  });
  // Only a run of three words or more read as a name: one pair alone ("và Dữ" as "và Du" of
  // "… và Du lịch") may be two names' words meeting by chance.
  const spelling = new Map<number, string>();
  for (let i = 0; i < words.length; i++) {
    if (!pairSpelling[i] || !(pairSpelling[i - 1] || pairSpelling[i + 1])) continue;
    const [first, second] = pairSpelling[i]!;
    if (!spelling.has(i)) spelling.set(i, first);
    spelling.set(i + 1, second);
  }
  // The cell's first word read one mark off a body's one-word head before a name's capital
  // ("Viên Văn hóa, …", "Bố Công an", "Sớ Y tế"): the head, where no pair spelled it already.
  const first = words[0];
  const head =
    first?.key !== undefined && !spelling.has(0) && /^\p{Lu}/u.test(words[1]?.core ?? '') ? ONE_WORD_HEADS.get(first.key) : undefined;
  // Only a word of letters: one the OCR read with a digit ("S6 Giao") is left to the pairs.
  if (head && /^\p{L}+$/u.test(first!.core) && first!.core !== head && first!.core.toLowerCase() !== head.toLowerCase() && !first!.lead)
    spelling.set(0, head);
  for (const [i, to] of spelling) {
    const w = words[i]!;
    if (w.core.toLowerCase() === to.toLowerCase()) continue;
    // Keep the cell's own capital where the name has none ("Các …" opening a cell).
    const cased = /^\p{Lu}/u.test(w.core) && /^\p{Ll}/u.test(to) ? to[0]!.toUpperCase() + to.slice(1) : to;
    changes.push({ from: w.core, to: cased });
    parts[w.at] = w.lead + cased + w.tail;
  }
  return { text: parts.join(''), changes };
}

/**
 * Whether the word is a word of some agency's name: as the names spell it ("phường", "Nghệ"), or,
 * left without its marks, by its letters ("phuong"); "Từ" is no "Tư".
 */
export function isNameWord(word: string): boolean {
  const lower = word.normalize('NFC').toLowerCase();
  if (spellings().spelled.has(lower)) return true;
  const key = fold1(word);
  return !/[^\p{ASCII}]/u.test(word) && key !== undefined && spellings().words.has(key);
}
