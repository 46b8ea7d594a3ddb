// Find the agencies an OCR'd cell names, whatever the OCR did to their letters:
// each name of the vocabulary is scored by the share of its words found in the
// cell; the best is taken, its words used up, and the search goes on.
import { agencyNames, type AgencyName } from './agency-names.js';
import { lazy } from '../../lazy.js';
import { ocrTokens, sameWord } from './text.js';
import { remembered } from './remembered.js';

// Words every name shares: they do not tell one agency from another.
const COMMON = new Set(['so', 'cac', 'va', 'tinh', 'cap', 'ban', 'co', 'quan', 'phong', 'don', 'vi', 'thanh', 'hoa']);
// Telling words that other cells use all the time.
const AMBIGUOUS = new Set(['bao']);
interface Entry {
  agency: AgencyName;
  words: string[];
  /** The words' ids. */
  ids: number[];
  /** The words a token left must be like for the name to be read (its telling words, or all when all are common). */
  gate: number[];
  /** Per word, the id of it joined with the next word (-2 for the last: no token has it). */
  joinNext: number[];
  telling: string[];
  /** Words of the bracket the name ends with ("(Sở Nội vụ)"), 0 without one. */
  bracket: number;
}

/** The names' words and ids, built on first use. */
interface Vocabulary {
  entries: Entry[];
  /** Every word of every name: what a cell's tokens are compared with (a word's id is its index). */
  nameWords: string[];
  /** Two words of a name read as one token ("donvi"): an id per such pair as spelled joined. */
  joinId: Map<string, number>;
  /** Per joined pair, the words it stands for (matchNear counts such a token for both). */
  joinedWords: number[][];
  /** Name word ids by length: sameWord never holds between words more than one letter apart in length. */
  idsByLength: number[][];
}

const vocabulary = lazy((): Vocabulary => {
  const nameWords: string[] = [];
  const ids = new Map<string, number>();
  const wordId = (word: string): number => {
    let id = ids.get(word);
    if (id === undefined) ids.set(word, (id = nameWords.push(word) - 1));
    return id;
  };
  const entries: Entry[] = agencyNames().map((agency) => {
    const words = ocrTokens(agency.name);
    const telling = words.filter((w) => !COMMON.has(w));
    const inside = agency.name.match(/\(([^)]*)\)/u);
    return {
      agency,
      words,
      ids: words.map(wordId),
      gate: (telling.length ? telling : words).map(wordId),
      joinNext: [],
      telling,
      bracket: inside ? ocrTokens(inside[1]!).length : 0,
    };
  });
  const joinId = new Map<string, number>();
  const joinedWords: number[][] = [];
  for (const entry of entries) {
    const { words, ids } = entry;
    for (let k = 0; k < words.length; k++) {
      if (k + 1 === words.length) {
        entry.joinNext.push(-2);
        continue;
      }
      const joined = words[k]! + words[k + 1]!;
      let id = joinId.get(joined);
      if (id === undefined) {
        joinId.set(joined, (id = joinedWords.length));
        joinedWords.push([]);
      }
      joinedWords[id]!.push(ids[k]!, ids[k + 1]!);
      entry.joinNext.push(id);
    }
  }
  const idsByLength: number[][] = [];
  nameWords.forEach((word, id) => (idsByLength[word.length] ??= []).push(id));
  return { entries, nameWords, joinId, joinedWords, idsByLength };
});

/**
 * The name words a token may be read as (sameWord), remembered per token for the whole run:
 * the same tokens come back in every cell, and in the short lines read before their rows.
 */
const nameWordsLike = remembered((token: string): number[] => {
  const like: number[] = [];
  const { idsByLength, nameWords } = vocabulary();
  for (let length = Math.max(0, token.length - 1); length <= token.length + 1; length++) {
    const ids = idsByLength[length];
    if (ids) for (const id of ids) if (sameWord(nameWords[id]!, token)) like.push(id);
  }
  return like;
});

/**
 * A cell's tokens as matchNear reads them: per token, which name words it may be read as (a
 * token × word table, reused between calls) and which joined pair it spells (-1: none).
 */
interface Reading {
  pool: Array<string | null>;
  /** Name words in all (the vocabulary's): the length of a row of `like`. */
  rowLength: number;
  /** like[i * words + id] = 1: token i may be read as name word id. */
  like: Uint8Array;
  /** The same, per token the ids. */
  likeIds: number[][];
  /** The same, per name word id the tokens (ascending; undefined: none). */
  tokensLike: Array<number[] | undefined>;
  joinOf: Int32Array;
  /** Whether any token spells a joined pair (else a word is found from its own tokens' list). */
  hasJoins: boolean;
}
let likeTable = new Uint8Array(0);

function readCell(pool: Array<string | null>): Reading {
  const n = pool.length;
  const { nameWords, joinId } = vocabulary();
  const rowLength = nameWords.length;
  if (likeTable.length < n * rowLength) likeTable = new Uint8Array(n * rowLength * 2);
  const like = likeTable;
  like.fill(0, 0, n * rowLength);
  const joinOf = new Int32Array(n);
  const likeIds: number[][] = new Array(n);
  let hasJoins = false;
  const tokensLike: Array<number[] | undefined> = new Array(rowLength);
  for (let i = 0; i < n; i++) {
    const token = pool[i]!;
    const ids = (likeIds[i] = nameWordsLike(token));
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k]!;
      like[i * rowLength + id] = 1;
      const tokens = tokensLike[id];
      if (tokens) tokens.push(i);
      else tokensLike[id] = [i];
    }
    joinOf[i] = joinId.get(token) ?? -1;
    if (joinOf[i]! >= 0) hasJoins = true;
  }
  return { pool, rowLength, like, likeIds, tokensLike, joinOf, hasJoins };
}

export interface FoundAgency extends AgencyName {
  /** Share of the name's words that were found. */
  score: number;
  /** Index of the first word found in the token stream (reading order). */
  at: number;
  /** Indexes of all the words found. */
  words: number[];
}

/** `rereadAll`: read every name again on every round, the search without its shortcuts (tests compare the two). */
export function findAgencies(text: string, minScore = 0.55, minGeneric = 0.7, { rereadAll = false } = {}): FoundAgency[] {
  const tokens = ocrTokens(text);
  if (tokens.length <= MAX_POOL) return findInPool(tokens, minScore, minGeneric, rereadAll);
  // Every find re-reads the names near the words it used up, so the cost grows with the square
  // of a cell's length: a longer cell (a whole page read as one cell) is read in stretches, an
  // agency read in several keeping its best reading, ranked by where it was first found.
  const byId = new Map<string, FoundAgency>();
  for (let from = 0; from < tokens.length; from += MAX_POOL) {
    for (const f of findInPool(tokens.slice(from, from + MAX_POOL), minScore, minGeneric, rereadAll)) {
      const shifted = { ...f, at: f.at + from, words: f.words.map((w) => w + from) };
      const seen = byId.get(f.id);
      if (!seen || shifted.score > seen.score) byId.set(f.id, shifted);
    }
  }
  return [...byId.values()].sort((a, b) => a.at - b.at);
}

/** Tokens of one cell read at once; see findAgencies. */
const MAX_POOL = 1500;

function findInPool(pool: Array<string | null>, minScore: number, minGeneric: number, rereadAll: boolean): FoundAgency[] {
  const cell = readCell(pool);
  const { entries } = vocabulary();
  const readings: Array<{ match: Match; candidate: Candidate | null } | undefined> = new Array(entries.length);
  const present = new Uint8Array(cell.rowLength);
  const found: FoundAgency[] = [];
  for (;;) {
    // Each agency is judged by its best-read form, which is the one written back (on a tie, the
    // gazetteer's order: its name, then its aliases as listed) — unless a form naming the parent
    // body in brackets was read, bracket and all ("Ban Thi đua - Khen thưởng (Sở Nội vụ)").
    const byAgency = new Map<string, Candidate[]>();
    // A name is read only when a token left may be one of its telling words (readForm's tellingHit),
    // or of any of its words when all are common.
    markPresent(cell, present);
    for (let e = 0; e < entries.length; e++) {
      const entry = entries[e]!;
      if (!rereadAll && !anyPresent(entry.gate, present)) continue;
      // A name's reading changes only when a token it depended on was used up by the last find.
      let reading = readings[e];
      if (rereadAll || !reading || anyUsed(reading.match.dependsOn, pool)) {
        const match = matchNear(entry, cell);
        readings[e] = reading = { match, candidate: judge(entry, match.hits, minScore, minGeneric) };
      }
      const candidate = reading.candidate;
      if (candidate) {
        const forms = byAgency.get(entry.agency.id);
        if (forms) forms.push(candidate);
        else byAgency.set(entry.agency.id, [candidate]);
      }
    }
    const read: Read[] = [];
    for (const forms of byAgency.values()) read.push(bestForm(forms));
    // The best read; between names read equally well, the longer ("Sở Thông tin và Truyền thông"
    // before "Sở Công Thương" when both are there), ...
    // A name with its parent body in brackets goes first, so that the bracket is not read as an agency of its own.
    let best = read.find((r) => bracketRead(r.form)) ?? null;
    if (!best)
      for (const r of read)
        if (!best || r.score > best.score || (r.score === best.score && r.form.entry.words.length > best.form.entry.words.length)) best = r;
    if (!best) return found.sort((a, b) => a.at - b.at);
    // ... unless it only extends a name read as well whose words stand closer ("UBND cấp huyện"
    // before "UBND cấp huyện, cấp xã" read across two list items, "- UBND cấp huyện; - UBND cấp xã").
    const chosen = best;
    const tighter = read.find(
      (r) =>
        r.score === chosen.score &&
        r !== chosen &&
        isSubsequence(r.form.entry.words, chosen.form.entry.words) &&
        compactness(r.form) > compactness(chosen.form),
    );
    if (tighter) best = tighter;
    const used = best.form.hits.filter((h) => h >= 0);
    for (const h of used) pool[h] = null;
    // Two forms of one agency ("Văn phòng UBND tỉnh", "Văn phòng Ủy ban nhân dân tỉnh") are one find.
    const id = best.form.entry.agency.id;
    if (!found.some((f) => f.id === id)) found.push({ ...best.form.entry.agency, score: best.score, at: Math.min(...used), words: used });
  }
}

interface Read {
  form: Candidate;
  score: number;
}

/** An agency's forms read: its best score, and the form written back. */
function bestForm(forms: Candidate[]): Read {
  let score = forms[0]!.score;
  for (let f = 1; f < forms.length; f++) if (forms[f]!.score > score) score = forms[f]!.score;
  let form = forms.find(bracketRead);
  if (!form)
    for (const f of forms)
      if (f.score === score) {
        form = f;
        break;
      }
  return { form: form!, score };
}

/** Which name words the tokens left may be read as, joined pairs counting for both words. */
function markPresent({ pool, likeIds, joinOf }: Reading, present: Uint8Array): void {
  const { joinedWords } = vocabulary();
  present.fill(0);
  for (let i = 0; i < pool.length; i++) {
    if (pool[i] === null) continue;
    const ids = likeIds[i]!;
    for (let k = 0; k < ids.length; k++) present[ids[k]!] = 1;
    const join = joinOf[i]!;
    if (join >= 0) for (const id of joinedWords[join]!) present[id] = 1;
  }
}

function anyPresent(ids: number[], present: Uint8Array): boolean {
  for (let k = 0; k < ids.length; k++) if (present[ids[k]!] === 1) return true;
  return false;
}

function anyUsed(indexes: number[], pool: Array<string | null>): boolean {
  for (let k = 0; k < indexes.length; k++) if (pool[indexes[k]!] === null) return true;
  return false;
}

interface Candidate {
  entry: Entry;
  hits: number[];
  score: number;
}

/**
 * A form with a bracket ("Ban Thi đua - Khen thưởng (Sở Nội vụ)") whose bracket opens right
 * after the name and whose bracketed words were all found; the rest of the bracket may sit a
 * line below, past the other columns' words.
 */
function bracketRead(c: Candidate): boolean {
  const size = c.entry.bracket;
  const hits = c.hits;
  // Words before the bracket, and every bracketed word, must have been found.
  if (size === 0 || size >= hits.length) return false;
  const opens = hits.length - size;
  for (let k = opens; k < hits.length; k++) if (hits[k]! < 0) return false;
  let lastBefore = -1;
  for (let k = 0; k < opens; k++) if (hits[k]! > lastBefore) lastBefore = hits[k]!;
  return lastBefore >= 0 && hits[opens]! - lastBefore <= 2;
}

function isSubsequence(short: string[], long: string[]): boolean {
  let at = 0;
  for (const word of long) if (word === short[at]) at++;
  return at === short.length;
}

/** Words found per place they span (found.length / (max − min + 1), as Math.max/min of none would give). */
function compactness(c: Candidate): number {
  let count = 0;
  let min = Infinity;
  let max = -Infinity;
  for (const h of c.hits) {
    if (h < 0) continue;
    count++;
    if (h < min) min = h;
    if (h > max) max = h;
  }
  return count / (max - min + 1);
}

/** One form of a name as read in the pool (matchNear's hits), or null when too little of it is there. */
function judge(entry: Entry, hits: number[], minScore: number, minGeneric: number): Candidate | null {
  let count = 0;
  let min = Infinity;
  let max = -Infinity;
  let tellingFound = false;
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k]!;
    if (h < 0) continue;
    count++;
    if (h < min) min = h;
    if (h > max) max = h;
    if (!COMMON.has(entry.words[k]!)) tellingFound = true;
  }
  const spread = count ? max - min + 1 : 0;
  const score = count / Math.max(entry.words.length, spread / 2);
  const tellingHit = entry.telling.length === 0 || tellingFound;
  // A long name whose head ("Trung tâm Phục vụ", "Phòng Hành") was read whole may have lost its
  // tail to the OCR; so may "Các phòng, đơn vị", whose second line sits far below the first.
  const headRead =
    hits[0]! >= 0 &&
    hits[1]! >= 0 &&
    hits[1]! === hits[0]! + 1 &&
    (entry.agency.generic ? score >= 0.5 : entry.words.length >= 5 && score >= 0.35);
  // Without its first word ("Sở", "Ban", "Các") a name needs most of the rest: "Công … Thường xuyên" is no "Sở Công Thương".
  const headless = entry.words.length <= 3 && hits[0]! < 0 && score < 0.75;
  // "Báo Thanh Hóa" is told by its "báo" only, and that is also the "báo" of every "Báo cáo": it
  // needs all its words, one after another.
  const weak =
    entry.telling.length === 1 && AMBIGUOUS.has(entry.telling[0]!) && (count < entry.words.length || spread > entry.words.length);
  if (!tellingHit || headless || weak || (score < (entry.agency.generic ? minGeneric : minScore) && !headRead)) return null;
  return { entry, hits, score };
}

/**
 * The name's words found in reading order close together: pool index or -1 each.
 * Cells of a column are read a line apart, with the other columns' words between,
 * so the window is wider than the name.
 */
interface Match {
  hits: number[];
  /**
   * Every window's start and hits: nulling any other token of the pool cannot change any window
   * (a token neither starts a window nor is found in it only if no word is read in it there).
   */
  dependsOn: number[];
}

/** The window being read (reused: matchNear runs for every name in every cell). */
let windowHits = new Int32Array(16);

function matchNear(entry: Entry, { pool, rowLength, like, tokensLike, joinOf, hasJoins }: Reading): Match {
  const { ids, joinNext } = entry;
  const size = ids.length;
  const n = pool.length;
  const width = size * 3 + 3;
  if (windowHits.length < size) windowHits = new Int32Array(size * 2);
  const hits = windowHits;
  let best: number[] | null = null;
  let bestScore = 0;
  const dependsOn: number[] = [];
  // A window starts only at a token that may be one of the name's words: between the first and
  // the last of those, not at every token of the cell.
  let first = n;
  let last = -1;
  for (let k = 0; k < size; k++) {
    const tokens = tokensLike[ids[k]!];
    if (!tokens) continue;
    if (tokens[0]! < first) first = tokens[0]!;
    if (tokens[tokens.length - 1]! > last) last = tokens[tokens.length - 1]!;
  }
  for (let start = first; start <= last; start++) {
    if (pool[start] === null || !likesAny(like, start * rowLength, ids)) continue;
    dependsOn.push(start);
    const end = Math.min(n, start + width);
    let at = start;
    let count = 0;
    let min = Infinity;
    let max = -Infinity;
    for (let k = 0; k < size; k++) {
      const id = ids[k]!;
      let hit = -1;
      if (!hasJoins) {
        // Without joined pairs in the cell, a word is found only at a token it may be read as.
        const tokens = tokensLike[id];
        if (tokens) {
          for (let t = firstAtOrAfter(tokens, at); t < tokens.length; t++) {
            const i = tokens[t]!;
            if (i >= end) break;
            if (i < at || pool[i] === null) continue;
            at = i + 1;
            hit = i;
            break;
          }
        }
      } else hit = scanWindow(k, at, end, entry, pool, rowLength, like, joinOf);
      if (hit >= 0 && hasJoins) at = joinOf[hit] === joinNext[k] ? hit : hit + 1;
      hits[k] = hit;
      if (hit >= 0) {
        dependsOn.push(hit);
        count++;
        if (hit < min) min = hit;
        if (hit > max) max = hit;
      }
    }
    if (!count) continue;
    // Words strewn over a long stretch are less likely one name.
    const spread = max - min + 1;
    const score = count / Math.max(size, spread / 2);
    if (score > bestScore) {
      best = Array.from(hits.subarray(0, size));
      bestScore = score;
    }
  }
  if (!best) best = new Array<number>(size).fill(-1);
  return { hits: best, dependsOn };
}

/** Index of the first of the ascending `tokens` ≥ at (a binary search: a long cell lists a word at many tokens). */
function firstAtOrAfter(tokens: number[], at: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (tokens[mid]! < at) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The first token of the window [at, end) where the name's k-th word is read, alone or joined with a neighbour; -1 if none. */
function scanWindow(
  k: number,
  at: number,
  end: number,
  entry: Entry,
  pool: Array<string | null>,
  rowLength: number,
  like: Uint8Array,
  joinOf: Int32Array,
): number {
  const id = entry.ids[k]!;
  const joined = entry.joinNext[k]!;
  const joinedBefore = k > 0 ? entry.joinNext[k - 1]! : -2;
  for (let i = at; i < end; i++) {
    if (pool[i] === null) continue;
    const join = joinOf[i]!;
    // Two words read as one ("donvi" for "đơn vị") count for both: the next word may be read at the same token.
    if (join === joined || like[i * rowLength + id] === 1 || join === joinedBefore) return i;
  }
  return -1;
}

function likesAny(like: Uint8Array, row: number, ids: number[]): boolean {
  for (let k = 0; k < ids.length; k++) if (like[row + ids[k]!] === 1) return true;
  return false;
}

/**
 * The closest of `known` names to a garbled cell, by shared letter pairs
 * ("Ehong Toh … ml;llan" is nearer "Phòng Hành chính – Tổ chức" than "Phòng
 * Kiểm soát thủ tục hành chính"); null when none comes near enough.
 */
export function closestName(text: string, known: string[], minDice = 0.3): { name: string; score: number } | null {
  const have = pairs(ocrTokens(text).join(' '));
  let best: { name: string; score: number } | null = null;
  for (const name of known) {
    const want = pairs(ocrTokens(name).join(' '));
    const shared = [...want].filter((p) => have.has(p)).length;
    const score = (2 * shared) / (want.size + Math.min(have.size, want.size * 2));
    if (score >= minDice && (!best || score > best.score)) best = { name, score };
  }
  return best;
}

function pairs(text: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++) if (text[i] !== ' ' && text[i + 1] !== ' ') out.add(text.slice(i, i + 2));
  return out;
}

/**
 * The words that tell this agency from others (its name less the words every name shares) that
 * none of the tokens it was read from may be: a name read without them was guessed from its
 * common words and its neighbours' ("Văn phòng UBND tỉnh" from "… Thông UBND tỉnh").
 */
export function unreadTellingWords(agency: FoundAgency, tokens: string[]): string[] {
  const read = agency.words.map((w) => tokens[w]).filter((t): t is string => Boolean(t));
  return ocrTokens(agency.name).filter((word) => !COMMON.has(word) && !read.some((t) => sameWord(word, t)));
}
