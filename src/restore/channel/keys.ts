// Which stripped keys an OCR'd token may spell: "ctia" ⇒ cua, "nwec" ⇒ nuoc, "s6" ⇒ so,
// "pinh" ⇒ dinh. A beam over the token, left to right, each step reading one to three OCR letters
// as a learned key segment (or as themselves), at most one letter the OCR dropped or added, and only
// prefixes of real syllable keys kept alive.
import { syllableKeyTrie } from './key-trie.js';
import type { ChannelTables } from './model.js';
import { MAX_OCR_SEGMENT as MAX_SEGMENT } from './align.js';

const BEAM = 8;
const MAX_OCR_SEGMENT = MAX_SEGMENT; // a local constant: imported bindings are slower in the hot loop
/** Keys more than this far (in log probability) below the best are not proposed. */
const SPREAD = 14;
const READ_AS_ITSELF = Math.log(0.5); // a letter never seen in training
const EXTRA_LETTER = Math.log(1e-4); // as score.ts prices an unseen addition

/** Hypotheses that have read the same number of OCR letters: trie node → log probability. */
class Layer {
  readonly plain = new Map<number, number>();
  /** … and those that already used their one dropped letter. */
  readonly dropped = new Map<number, number>();
  add(node: number, logProb: number, dropped: boolean) {
    const map = dropped ? this.dropped : this.plain;
    const old = map.get(node);
    if (old === undefined || old < logProb) map.set(node, logProb);
  }
}

/** The beam: at most BEAM hypotheses, none more than SPREAD below the layer's best. */
function best(map: Map<number, number>, floor: number): Array<[number, number]> {
  const entries: Array<[number, number]> = [];
  for (const e of map) if (e[1] >= floor) entries.push(e);
  return entries.length <= BEAM ? entries : entries.sort((a, b) => b[1] - a[1]).slice(0, BEAM);
}

let caches = new WeakMap<ChannelTables, Map<string, Array<[string, number]>>>();

export function clearKeyCaches(): void {
  caches = new WeakMap();
}

/** Keys (stripped, lowercase) with log P(ocr key | key), best first, at most `limit`. */
export function proposeKeys(tables: ChannelTables, ocrKey: string, isKey: (key: string) => boolean, limit = 10): Array<[string, number]> {
  let cache = caches.get(tables);
  if (!cache) caches.set(tables, (cache = new Map()));
  const cacheKey = `${limit}:${ocrKey}`;
  let hit = cache.get(cacheKey);
  if (!hit) {
    if (cache.size > 50_000) cache.clear();
    cache.set(cacheKey, (hit = search(tables, ocrKey, 2 * limit)));
  }
  return hit.filter(([key]) => isKey(key)).slice(0, limit);
}

/** Keys of real syllables (by the inventory); the caller's lexicon filters them further. */
function search(tables: ChannelTables, ocrKey: string, limit: number): Array<[string, number]> {
  const trie = syllableKeyTrie();
  const n = ocrKey.length;
  const layers = Array.from({ length: n + 1 }, () => new Layer());
  const droppedReadings = tables.reverseKeyOps.get('') ?? [];
  layers[0]!.add(0, 0, false);
  const segmentText: string[] = [];
  const segmentReadings: Array<Array<[string, number]> | undefined> = [];
  for (let j = 0; j <= n; j++) {
    const layer = layers[j]!;
    let top = -Infinity;
    for (const lp of layer.plain.values()) if (lp > top) top = lp;
    for (const lp of layer.dropped.values()) if (lp > top) top = lp;
    const plain = best(layer.plain, top - SPREAD);
    for (const [node, lp] of plain) {
      for (const [g, glp] of droppedReadings) {
        const next = trie.walk(node, g);
        if (next >= 0) layer.add(next, lp + glp, true);
      }
    }
    if (j === n) break;
    const dropped = best(layer.dropped, top - SPREAD);
    // The OCR segments starting here and their readings, looked up once for every hypothesis.
    const segments = Math.min(MAX_OCR_SEGMENT, n - j);
    for (let lo = 1; lo <= segments; lo++) {
      segmentText[lo] = ocrKey.slice(j, j + lo);
      segmentReadings[lo] = tables.reverseKeyOps.get(segmentText[lo]!);
    }
    for (const [beam, isDropped] of [[plain, false], [dropped, true]] as const) {
      for (const [node, lp] of beam) {
        for (let lo = 1; lo <= segments; lo++) {
          const o = segmentText[lo]!;
          const readings = segmentReadings[lo];
          const layerNext = layers[j + lo]!;
          let itself = false;
          if (readings) {
            for (const [g, glp] of readings) {
              if (g === o) itself = true;
              const next = trie.walk(node, g);
              if (next >= 0) layerNext.add(next, lp + glp, isDropped);
            }
          }
          if (lo === 1 && !itself) {
            const next = trie.walk(node, o);
            if (next >= 0) layerNext.add(next, lp + READ_AS_ITSELF, isDropped);
          }
          // One letter the OCR added ("no6i" ⇒ noi), sharing the one free edit with a dropped letter.
          if (lo === 1 && !isDropped) layerNext.add(node, lp + EXTRA_LETTER, true);
        }
      }
    }
  }
  const done = new Map<number, number>();
  for (const map of [layers[n]!.plain, layers[n]!.dropped]) {
    for (const [node, lp] of map) if (node > 0 && trie.isKey(node) && lp > (done.get(node) ?? -Infinity)) done.set(node, lp);
  }
  const ranked = [...done].sort((a, b) => b[1] - a[1]);
  const top = ranked[0]?.[1] ?? 0;
  return ranked.filter(([, lp]) => lp >= top - SPREAD).slice(0, limit).map(([node, lp]) => [trie.keyOf(node), lp]);
}
