// Find the agencies an OCR'd cell names, whatever the OCR did to their letters:
// each name of the vocabulary is scored by the share of its words found in the
// cell; the best is taken, its words used up, and the search goes on.
import { AGENCY_NAMES, type AgencyName } from './agency-names.js';
import { ocrTokens, sameWord } from './text.js';

// Words every name shares: they do not tell one agency from another.
const COMMON = new Set(['so', 'cac', 'va', 'tinh', 'cap', 'ban', 'co', 'quan', 'phong', 'don', 'vi', 'thanh', 'hoa']);
const ENTRIES = AGENCY_NAMES.map((agency) => {
  const words = ocrTokens(agency.name);
  return { agency, words, telling: words.filter((w) => !COMMON.has(w)) };
});

export interface FoundAgency extends AgencyName {
  /** Share of the name's words that were found. */
  score: number;
  /** Index of the first word found in the token stream (reading order). */
  at: number;
}

export function findAgencies(text: string, minScore = 0.55, minGeneric = 0.7): FoundAgency[] {
  const pool: Array<string | null> = ocrTokens(text);
  const found: FoundAgency[] = [];
  for (;;) {
    let best: { entry: (typeof ENTRIES)[number]; hits: number[]; score: number } | null = null;
    for (const entry of ENTRIES) {
      const hits = matchNear(entry.words, pool);
      const found = hits.filter((h) => h >= 0);
      const spread = found.length ? Math.max(...found) - Math.min(...found) + 1 : 0;
      const score = found.length / Math.max(entry.words.length, spread / 2);
      const tellingHit = entry.telling.length === 0 || entry.words.some((w, i) => hits[i]! >= 0 && !COMMON.has(w));
      // A long name whose head ("Trung tâm Phục vụ", "Phòng Hành") was read whole may have lost its
      // tail to the OCR; so may "Các phòng, đơn vị", whose second line sits far below the first.
      const headRead = hits[0]! >= 0 && hits[1]! >= 0 && hits[1]! === hits[0]! + 1 && (entry.agency.generic ? score >= 0.5 : entry.words.length >= 5 && score >= 0.35);
      // Without its first word ("Sở", "Ban", "Các") a name needs most of the rest: "Công … Thường xuyên" is no "Sở Công Thương".
      const headless = entry.words.length <= 3 && hits[0]! < 0 && score < 0.75;
      if (!tellingHit || headless || (score < (entry.agency.generic ? minGeneric : minScore) && !headRead)) continue;
      if (!best || score > best.score || (score === best.score && entry.words.length > best.entry.words.length)) best = { entry, hits, score };
    }
    if (!best) return found.sort((a, b) => a.at - b.at);
    const used = best.hits.filter((h) => h >= 0);
    for (const h of used) pool[h] = null;
    const name = best.entry.agency.name;
    if (!found.some((f) => f.name === name)) found.push({ ...best.entry.agency, score: best.score, at: Math.min(...used) });
  }
}

/**
 * The name's words found in reading order close together: pool index or -1 each.
 * Cells of a column are read a line apart, with the other columns' words between,
 * so the window is wider than the name.
 */
function matchNear(words: string[], pool: Array<string | null>): number[] {
  const width = words.length * 3 + 3;
  let best: number[] = words.map(() => -1);
  let bestScore = 0;
  for (let start = 0; start < pool.length; start++) {
    const first = pool[start];
    if (first === null || first === undefined || !words.some((w) => sameWord(w, first))) continue;
    let at = start;
    const hits = words.map((word, k) => {
      for (let i = at; i < Math.min(pool.length, start + width); i++) {
        const token = pool[i];
        if (token === undefined) continue;
        if (token === null) continue;
        // Two words read as one ("donvi" for "đơn vị") count for both.
        if (sameWord(word, token) || token === word + (words[k + 1] ?? '\0')) {
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
    if (!found.length) continue;
    // Words strewn over a long stretch are less likely one name.
    const spread = Math.max(...found) - Math.min(...found) + 1;
    const score = found.length / Math.max(words.length, spread / 2);
    if (score > bestScore) {
      best = hits;
      bestScore = score;
    }
  }
  return best;
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
