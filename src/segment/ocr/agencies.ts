// Find the agencies an OCR'd cell names, whatever the OCR did to their letters:
// each name of the vocabulary is scored by the share of its words found in the
// cell; the best is taken, its words used up, and the search goes on.
import { AGENCY_NAMES, type AgencyName } from './agency-names.js';
import { ocrTokens, sameWord } from './text.js';

// Words every name shares: they do not tell one agency from another.
const COMMON = new Set(['so', 'cac', 'va', 'tinh', 'cap', 'ban', 'co', 'quan', 'phong', 'don', 'vi', 'thanh', 'hoa']);
// Telling words that other cells use all the time.
const AMBIGUOUS = new Set(['bao']);
const ENTRIES = AGENCY_NAMES.map((agency) => {
  const words = ocrTokens(agency.name);
  return { agency, words, telling: words.filter((w) => !COMMON.has(w)) };
});
/** Every word of every name: what a cell's tokens are compared with. */
const NAME_WORDS = [...new Set(ENTRIES.flatMap((e) => e.words))];
/** Two words of a name read as one token ("donvi"): matchNear counts it for both. */
const JOINED = new Map<string, string[]>();
for (const { words } of ENTRIES) {
  for (let k = 0; k + 1 < words.length; k++) JOINED.set(words[k]! + words[k + 1]!, [...(JOINED.get(words[k]! + words[k + 1]!) ?? []), words[k]!, words[k + 1]!]);
}

/**
 * Per token of the cell, the name words it may be read as (sameWord): worked out once per cell,
 * where the search would otherwise compare every name's words with the tokens again on every round.
 */
function nameWordsLike(tokens: string[]): Array<Set<string>> {
  const known = new Map<string, Set<string>>();
  return tokens.map((token) => {
    let like = known.get(token);
    if (!like) known.set(token, (like = new Set(NAME_WORDS.filter((word) => sameWord(word, token)))));
    return like;
  });
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
  const pool: Array<string | null> = ocrTokens(text);
  const like = nameWordsLike(pool as string[]);
  const readings = new Map<Entry, { match: Match; candidate: Candidate | null }>();
  const found: FoundAgency[] = [];
  for (;;) {
    // Each agency is judged by its best-read form, which is the one written back (on a tie, the
    // gazetteer's order: its name, then its aliases as listed) — unless a form naming the parent
    // body in brackets was read, bracket and all ("Ban Thi đua - Khen thưởng (Sở Nội vụ)").
    const byAgency = new Map<string, Candidate[]>();
    // A name is read only when a token left may be one of its telling words (readForm's tellingHit),
    // or of any of its words when all are common.
    const present = new Set<string>();
    pool.forEach((token, i) => {
      if (token === null) return;
      like[i]!.forEach((word) => present.add(word));
      JOINED.get(token)?.forEach((word) => present.add(word));
    });
    for (const entry of ENTRIES) {
      if (!rereadAll && !(entry.telling.length ? entry.telling : entry.words).some((word) => present.has(word))) continue;
      // A name's reading changes only when a token it depended on was used up by the last find.
      let reading = readings.get(entry);
      if (rereadAll || !reading || reading.match.dependsOn.some((i) => pool[i] === null)) {
        const match = matchNear(entry.words, pool, like);
        readings.set(entry, (reading = { match, candidate: judge(entry, match.hits, minScore, minGeneric) }));
      }
      const candidate = reading.candidate;
      if (candidate) byAgency.set(entry.agency.id, [...(byAgency.get(entry.agency.id) ?? []), candidate]);
    }
    const read = [...byAgency.values()].map((forms) => {
      const score = Math.max(...forms.map((f) => f.score));
      return { form: forms.find(bracketRead) ?? forms.find((f) => f.score === score)!, score };
    });
    // The best read; between names read equally well, the longer ("Sở Thông tin và Truyền thông"
    // before "Sở Công Thương" when both are there), ...
    // A name with its parent body in brackets goes first, so that the bracket is not read as an agency of its own.
    let best = read.find((r) => bracketRead(r.form)) ?? read.reduce<(typeof read)[number] | null>((a, b) => (!a || b.score > a.score || (b.score === a.score && b.form.entry.words.length > a.form.entry.words.length) ? b : a), null);
    if (!best) return found.sort((a, b) => a.at - b.at);
    // ... unless it only extends a name read as well whose words stand closer ("UBND cấp huyện"
    // before "UBND cấp huyện, cấp xã" read across two list items, "- UBND cấp huyện; - UBND cấp xã").
    const tighter = read.find((r) => r.score === best!.score && r !== best && isSubsequence(r.form.entry.words, best!.form.entry.words) && compactness(r.form) > compactness(best!.form));
    if (tighter) best = tighter;
    const used = best.form.hits.filter((h) => h >= 0);
    for (const h of used) pool[h] = null;
    // Two forms of one agency ("Văn phòng UBND tỉnh", "Văn phòng Ủy ban nhân dân tỉnh") are one find.
    if (!found.some((f) => f.id === best.form.entry.agency.id)) found.push({ ...best.form.entry.agency, score: best.score, at: Math.min(...used), words: used });
  }
}

type Entry = (typeof ENTRIES)[number];
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
  const inside = c.entry.agency.name.match(/\(([^)]*)\)/u);
  if (!inside) return false;
  const size = ocrTokens(inside[1]!).length;
  const bracket = c.hits.slice(-size);
  const before = c.hits.slice(0, -size).filter((h) => h >= 0);
  return bracket.every((h) => h >= 0) && before.length > 0 && bracket[0]! - Math.max(...before) <= 2;
}

function isSubsequence(short: string[], long: string[]): boolean {
  let at = 0;
  for (const word of long) if (word === short[at]) at++;
  return at === short.length;
}

function compactness(c: Candidate): number {
  const found = c.hits.filter((h) => h >= 0);
  return found.length / (Math.max(...found) - Math.min(...found) + 1);
}

/** One form of a name as read in the pool (matchNear's hits), or null when too little of it is there. */
function judge(entry: Entry, hits: number[], minScore: number, minGeneric: number): Candidate | null {
  const found = hits.filter((h) => h >= 0);
  const spread = found.length ? Math.max(...found) - Math.min(...found) + 1 : 0;
  const score = found.length / Math.max(entry.words.length, spread / 2);
  const tellingHit = entry.telling.length === 0 || entry.words.some((w, i) => hits[i]! >= 0 && !COMMON.has(w));
  // A long name whose head ("Trung tâm Phục vụ", "Phòng Hành") was read whole may have lost its
  // tail to the OCR; so may "Các phòng, đơn vị", whose second line sits far below the first.
  const headRead = hits[0]! >= 0 && hits[1]! >= 0 && hits[1]! === hits[0]! + 1 && (entry.agency.generic ? score >= 0.5 : entry.words.length >= 5 && score >= 0.35);
  // Without its first word ("Sở", "Ban", "Các") a name needs most of the rest: "Công … Thường xuyên" is no "Sở Công Thương".
  const headless = entry.words.length <= 3 && hits[0]! < 0 && score < 0.75;
  // "Báo Thanh Hóa" is told by its "báo" only, and that is also the "báo" of every "Báo cáo": it
  // needs all its words, one after another.
  const weak = entry.telling.length === 1 && AMBIGUOUS.has(entry.telling[0]!) && (found.length < entry.words.length || spread > entry.words.length);
  if (!tellingHit || headless || weak || (score < (entry.agency.generic ? minGeneric : minScore) && !headRead)) return null;
  return { entry, hits, score };
}

/**
 * The name's words found in reading order close together: pool index or -1 each (`like`: the
 * name words each pool token may be read as).
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

function matchNear(words: string[], pool: Array<string | null>, like: Array<Set<string>>): Match {
  const width = words.length * 3 + 3;
  let best: number[] = words.map(() => -1);
  let bestScore = 0;
  const dependsOn: number[] = [];
  for (let start = 0; start < pool.length; start++) {
    const first = pool[start];
    if (first === null || first === undefined || !words.some((w) => like[start]!.has(w))) continue;
    dependsOn.push(start);
    let at = start;
    const hits = words.map((word, k) => {
      for (let i = at; i < Math.min(pool.length, start + width); i++) {
        const token = pool[i];
        if (token === undefined) continue;
        if (token === null) continue;
        // Two words read as one ("donvi" for "đơn vị") count for both.
        if (like[i]!.has(word) || token === word + (words[k + 1] ?? '\0')) {
          at = token === word + (words[k + 1] ?? '\0') ? i : i + 1;
          return i;
        }
        if (k > 0 && token === words[k - 1]! + word) {
          at = i + 1;
          return i;
        }
      }
      return -1;
    });
    const found = hits.filter((h) => h >= 0);
    dependsOn.push(...found);
    if (!found.length) continue;
    // Words strewn over a long stretch are less likely one name.
    const spread = Math.max(...found) - Math.min(...found) + 1;
    const score = found.length / Math.max(words.length, spread / 2);
    if (score > bestScore) {
      best = hits;
      bestScore = score;
    }
  }
  return { hits: best, dependsOn };
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
