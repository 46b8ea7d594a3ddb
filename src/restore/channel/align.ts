// Alignments the channel is learned from (and measured with):
//   alignTokens — OCR'd tokens against the true syllables, a banded edit alignment where a
//                 substitution costs by how alike the two look ("ctia" ~ "của", "s6" ~ "số");
//   alignChars  — one OCR'd token against its true syllable, letter by letter, with the runs of
//                 differences merged into segments: ("của","ctia") → c=c, u→ti, a=a.
import { stripDiacritics } from '../../vietnamese/index.js';

/** Rough look-alikes, for alignment only (the learned channel does the real scoring). */
const LOOKALIKE: Record<string, string> = {
  '6': 'o',
  '0': 'o',
  '1': 'l',
  '4': 'a',
  '8': 'e',
  '9': 'g',
  w: 'u',
  p: 'd',
  '&': 'o',
  '€': 'e',
};

function looseKey(token: string): string {
  let out = '';
  for (const ch of stripDiacritics(token.toLowerCase())) out += LOOKALIKE[ch] ?? ch;
  return out;
}

/** Levenshtein distance between two short strings (code units). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/** 0 for look-alikes, 1 for unrelated tokens. */
export function tokenDistance(ocr: string, gold: string): number {
  const a = looseKey(ocr);
  const b = looseKey(gold);
  return editDistance(a, b) / Math.max(a.length, b.length, 1);
}

/** Pairs of indices [ocrIndex, goldIndex]; -1 marks a gap. */
export function alignTokens(ocr: readonly string[], gold: readonly string[]): Array<[number, number]> {
  const n = ocr.length;
  const m = gold.length;
  const width = 150 + Math.abs(n - m);
  const INF = 1e9;
  const cost = new Float64Array((n + 1) * (m + 1)).fill(INF);
  const back = new Uint8Array((n + 1) * (m + 1)); // 1 diagonal, 2 up (ocr gap), 3 left (gold gap)
  const at = (i: number, j: number) => i * (m + 1) + j;
  const loose = { ocr: ocr.map(looseKey), gold: gold.map(looseKey) };
  cost[0] = 0;
  for (let i = 0; i <= n; i++) {
    const centre = n ? Math.round((i * m) / n) : 0;
    const lo = Math.max(0, centre - width);
    const hi = Math.min(m, centre + width);
    for (let j = lo; j <= hi; j++) {
      if (i === 0 && j === 0) continue;
      let best = INF;
      let move = 0;
      if (i > 0 && j > 0 && cost[at(i - 1, j - 1)]! < INF) {
        const a = loose.ocr[i - 1]!;
        const b = loose.gold[j - 1]!;
        const d = editDistance(a, b) / Math.max(a.length, b.length, 1);
        // Unlike tokens still pair up rather than leave a gap on each side ("dir" / "dữ").
        const c = cost[at(i - 1, j - 1)]! + Math.min(2 * d, 1.9);
        if (c < best) [best, move] = [c, 1];
      }
      if (i > 0 && cost[at(i - 1, j)]! + 1 < best) [best, move] = [cost[at(i - 1, j)]! + 1, 2];
      if (j > 0 && cost[at(i, j - 1)]! + 1 < best) [best, move] = [cost[at(i, j - 1)]! + 1, 3];
      cost[at(i, j)] = best;
      back[at(i, j)] = move;
    }
  }
  const pairs: Array<[number, number]> = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const move = back[at(i, j)];
    if (move === 1) pairs.push([--i, --j]);
    else if (move === 2) pairs.push([--i, -1]);
    else if (move === 3) pairs.push([-1, --j]);
    else break; // outside the band: cannot happen with the band wider than the length difference
  }
  return pairs.reverse();
}

export interface CharOp {
  /** Segment of the true syllable ("" for a letter the OCR added). */
  gold: string;
  /** What the OCR printed for it ("" for a letter it dropped). */
  ocr: string;
}

/** Longest segment kept as one confusion; longer runs are split letter by letter. */
export const MAX_GOLD_SEGMENT = 2;
export const MAX_OCR_SEGMENT = 3;

/**
 * Letter alignment of one token against its syllable (both already toneless or not, the caller
 * chooses), identities as single letters, differences merged into runs.
 */
export function alignChars(gold: string, ocr: string): CharOp[] {
  const g = [...gold];
  const o = [...ocr];
  const n = g.length;
  const m = o.length;
  const sub = (a: string, b: string) => (a === b ? 0 : stripDiacritics(a) === stripDiacritics(b) ? 0.4 : 1);
  const d: number[][] = Array.from({ length: n + 1 }, (_, i) => Array.from({ length: m + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + sub(g[i - 1]!, o[j - 1]!));
    }
  }
  // Walk back, collecting atomic ops.
  const atoms: CharOp[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    if (i > 0 && j > 0 && d[i]![j] === d[i - 1]![j - 1]! + sub(g[i - 1]!, o[j - 1]!)) atoms.push({ gold: g[--i]!, ocr: o[--j]! });
    else if (i > 0 && d[i]![j] === d[i - 1]![j]! + 1) atoms.push({ gold: g[--i]!, ocr: '' });
    else atoms.push({ gold: '', ocr: o[--j]! });
  }
  atoms.reverse();
  // Merge runs of differences.
  const ops: CharOp[] = [];
  let run: CharOp[] = [];
  const flush = () => {
    if (!run.length) return;
    const merged = { gold: run.map((a) => a.gold).join(''), ocr: run.map((a) => a.ocr).join('') };
    if ([...merged.gold].length <= MAX_GOLD_SEGMENT && [...merged.ocr].length <= MAX_OCR_SEGMENT) ops.push(merged);
    else ops.push(...run);
    run = [];
  };
  for (const a of atoms) {
    if (a.gold === a.ocr) {
      flush();
      ops.push(a);
    } else run.push(a);
  }
  flush();
  return ops;
}
