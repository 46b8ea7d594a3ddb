// Which stripped keys an OCR'd token may spell: "ctia" ⇒ cua, "nwec" ⇒ nuoc, "s6" ⇒ so,
// "pinh" ⇒ dinh. A beam over the token, left to right, each step reading one to three OCR letters
// as a learned key segment (or as themselves), at most one free edit (a letter the OCR dropped or
// added, or, when the caller asks (heavy OCR, channel/index.ts's readsWithOtherLetter), one letter
// read as another or dropped that training never showed: "dink" ⇒ dinh, "guan" ⇒ quan, "khog" ⇒
// khong), and only prefixes of real syllable keys kept alive.
import { syllableKeyTrie, type KeyTrie } from './key-trie.js';
import type { ChannelTables } from './model.js';
import { MAX_OCR_SEGMENT } from './align.js';
import { insertBelowEqual, ScratchList } from './ranking.js';

const BEAM = 8;
/**
 * The beam when a letter may be read as any other: those readings all cost the same, and a beam of
 * BEAM would keep the first letters of the alphabet ("yao" ⇒ bao, cao … never vao).
 */
const OTHER_LETTERS_BEAM = 48;
/** Keys more than this far (in log probability) below the best are not proposed. */
const SPREAD = 14;
const READ_AS_ITSELF = Math.log(0.5); // a letter never seen in training
const EXTRA_LETTER = Math.log(1e-4); // as score.ts prices an unseen addition
/** One letter read as another the tables hold no reading for: as score.ts prices an unseen substitution. */
export const OTHER_LETTER = Math.log(1e-4);
const LETTERS = 26;

// A speed device kept (README, `npm run bench devices`): the search keeps its hypotheses in dense
// arrays reused from token to token and walks them with index loops. It proposes exactly the keys,
// in the same order, that Maps in first-reached order and a stable sort by value would
// (ranking.ts's test; candidate-table.test.ts compares the stored lists with fresh ones).

/**
 * Hypotheses that have read the same number of OCR letters: trie node → log probability, in a dense
 * array over the trie's nodes (reused from token to token) with the nodes listed in the order first
 * reached — the order a Map would keep, which the stable sort in best() relies on for ties.
 */
class Hypotheses {
  readonly nodes = new ScratchList();
  readonly values: Float64Array;
  constructor(size: number) {
    this.values = new Float64Array(size).fill(-Infinity);
  }
  add(node: number, logProb: number) {
    const old = this.values[node]!;
    if (old === -Infinity) this.nodes.push(node);
    if (old < logProb) this.values[node] = logProb;
  }
  top(): number {
    let top = -Infinity;
    const nodes = this.nodes.items;
    for (let i = 0; i < this.nodes.count; i++) if (this.values[nodes[i]!]! > top) top = this.values[nodes[i]!]!;
    return top;
  }
  clear() {
    const nodes = this.nodes.items;
    for (let i = 0; i < this.nodes.count; i++) this.values[nodes[i]!] = -Infinity;
    this.nodes.count = 0;
  }
}

class Layer {
  readonly plain: Hypotheses;
  /** … and those that already used their one dropped letter. */
  readonly dropped: Hypotheses;
  constructor(size: number) {
    this.plain = new Hypotheses(size);
    this.dropped = new Hypotheses(size);
  }
}

/** The layers of a search, one per OCR letter read: grown for longer tokens, cleared after each search. */
let layers: Layer[] = [];
function layersFor(letters: number, trieSize: number): Layer[] {
  if (layers.length && layers[0]!.plain.values.length !== trieSize) layers = [];
  while (layers.length <= letters) layers.push(new Layer(trieSize));
  return layers;
}

/**
 * The beam: the nodes of at most BEAM hypotheses, none more than SPREAD below the layer's best, best
 * first when cut (else in the order reached), written into `out` (a scratch array reused per layer).
 * The cut keeps what a stable sort by value and a slice would, without sorting the whole list.
 */
function best(h: Hypotheses, floor: number, out: ScratchList, width: number): ScratchList {
  out.count = 0;
  const nodes = h.nodes.items;
  const count = h.nodes.count;
  const values = h.values;
  let kept = 0;
  for (let i = 0; i < count; i++) if (values[nodes[i]!]! >= floor) kept++;
  if (kept <= width) {
    for (let i = 0; i < count; i++) if (values[nodes[i]!]! >= floor) out.push(nodes[i]!);
    return out;
  }
  for (let i = 0; i < count; i++) {
    const node = nodes[i]!;
    const value = values[node]!;
    if (value >= floor) insertBelowEqual(out, node, value, values, width);
  }
  return out;
}

let caches = new WeakMap<ChannelTables, Map<string, Array<[string, number]>>>();

export function clearKeyCaches(): void {
  caches = new WeakMap();
}

/**
 * Keys (stripped, lowercase) with log P(ocr key | key), best first, at most `limit`. `otherLetters`:
 * the free edit may also read one letter as another the tables hold no reading for (see the head).
 */
export function proposeKeys(
  tables: ChannelTables,
  ocrKey: string,
  isKey: (key: string) => boolean,
  limit = 10,
  otherLetters = false,
): Array<[string, number]> {
  let cache = caches.get(tables);
  if (!cache) caches.set(tables, (cache = new Map()));
  const cacheKey = `${otherLetters ? '+' : ''}${limit}:${ocrKey}`;
  let hit = cache.get(cacheKey);
  if (!hit) {
    if (cache.size > 50_000) cache.clear();
    cache.set(cacheKey, (hit = search(tables, ocrKey, 2 * limit, otherLetters)));
  }
  const keys: Array<[string, number]> = [];
  for (let i = 0; i < hit.length && keys.length < limit; i++) if (isKey(hit[i]![0])) keys.push(hit[i]!);
  return keys;
}

/** Keys of real syllables (by the inventory), best first, at most `limit`: a beam over the syllable key trie, reading the OCR key's segments. The caller's lexicon filters them further. */
function search(tables: ChannelTables, ocrKey: string, limit: number, otherLetters: boolean): Array<[string, number]> {
  const trie = syllableKeyTrie();
  const n = ocrKey.length;
  const layers = layersFor(n, trie.size);
  try {
    return searchIn(layers, tables, trie, ocrKey, limit, otherLetters);
  } finally {
    for (let j = 0; j <= n; j++) {
      layers[j]!.plain.clear();
      layers[j]!.dropped.clear();
    }
  }
}

const readingsFor = new WeakMap<ChannelTables, Map<string, Array<[string, number]>>>();
/**
 * The tables' key readings without the empty lists, so that every list the search meets has
 * entries (an empty list reads nothing: leaving it out changes no hypothesis).
 */
function nonEmptyReadings(tables: ChannelTables): Map<string, Array<[string, number]>> {
  let readings = readingsFor.get(tables);
  if (!readings) {
    const kept = (readings = new Map());
    tables.reverseKeyOps.forEach((list, segment) => {
      if (list.length > 0) kept.set(segment, list);
    });
    readingsFor.set(tables, readings);
  }
  return readings;
}

const plainBeam = new ScratchList();
const droppedBeam = new ScratchList();

/**
 * Adds the hypotheses `node` leads to when the OCR segment `ocr` was each of its `readings`; whether
 * one of them is the segment itself. The innermost loop of the search.
 */
function readAs(trie: KeyTrie, node: number, lp: number, readings: Array<[string, number]>, ocr: string, into: Hypotheses): boolean {
  let itself = false;
  for (let r = 0; r < readings.length; r++) {
    const reading = readings[r]!;
    if (reading[0] === ocr) itself = true;
    const next = trie.walk(node, reading[0]);
    if (next >= 0) into.add(next, lp + reading[1]);
  }
  return itself;
}

/** Every letter but the OCR letter `ocr` and its learned readings, one step on from `node`, at `lp`. */
function otherLetters(
  trie: KeyTrie,
  node: number,
  lp: number,
  ocr: string,
  readings: Array<[string, number]> | undefined,
  into: Hypotheses,
): void {
  for (let c = 0; c < LETTERS; c++) {
    const next = trie.child(node, c);
    if (next < 0) continue;
    const letter = String.fromCharCode(97 + c);
    if (letter === ocr || (readings !== undefined && isReading(readings, letter))) continue;
    into.add(next, lp);
  }
}

function isReading(readings: Array<[string, number]>, segment: string): boolean {
  for (let r = 0; r < readings.length; r++) if (readings[r]![0] === segment) return true;
  return false;
}

function searchIn(
  layers: Layer[],
  tables: ChannelTables,
  trie: KeyTrie,
  ocrKey: string,
  limit: number,
  withOtherLetters: boolean,
): Array<[string, number]> {
  const n = ocrKey.length;
  const readingsBySegment = nonEmptyReadings(tables);
  const droppedReadings = readingsBySegment.get('') ?? [];
  layers[0]!.plain.add(0, 0);
  const segmentText: string[] = [];
  const segmentReadings: Array<Array<[string, number]> | undefined> = [];
  for (let j = 0; j <= n; j++) {
    const layer = layers[j]!;
    const top = Math.max(layer.plain.top(), layer.dropped.top());
    const plain = best(layer.plain, top - SPREAD, plainBeam, BEAM);
    for (let b = 0; b < plain.count; b++) {
      const node = plain.items[b]!;
      const lp = layer.plain.values[node]!;
      readAs(trie, node, lp, droppedReadings, '', layer.dropped);
      // The free edit may drop a letter the tables never saw dropped ("hah" ⇒ hanh, "chin" ⇒ chinh).
      if (withOtherLetters) otherLetters(trie, node, lp + OTHER_LETTER, '', droppedReadings, layer.dropped);
    }
    if (j === n) break;
    const dropped = best(layer.dropped, top - SPREAD, droppedBeam, withOtherLetters ? OTHER_LETTERS_BEAM : BEAM);
    // The OCR segments starting here and their readings, looked up once for every hypothesis.
    const segments = Math.min(MAX_OCR_SEGMENT, n - j);
    for (let lo = 1; lo <= segments; lo++) {
      segmentText[lo] = ocrKey.slice(j, j + lo);
      segmentReadings[lo] = readingsBySegment.get(segmentText[lo]!);
    }
    for (let pass = 0; pass < 2; pass++) {
      const isDropped = pass === 1;
      const beam = isDropped ? dropped : plain;
      const from = isDropped ? layer.dropped : layer.plain;
      for (let b = 0; b < beam.count; b++) {
        const node = beam.items[b]!;
        const lp = from.values[node]!;
        for (let lo = 1; lo <= segments; lo++) {
          const o = segmentText[lo]!;
          const readings = segmentReadings[lo];
          const layerNext = layers[j + lo]!;
          const into = isDropped ? layerNext.dropped : layerNext.plain;
          const itself = readings ? readAs(trie, node, lp, readings, o, into) : false;
          if (lo === 1 && !itself) {
            const next = trie.walk(node, o);
            if (next >= 0) into.add(next, lp + READ_AS_ITSELF);
          }
          // One letter the OCR added ("no6i" ⇒ noi), or one letter read as another it was never
          // learned for ("dink" ⇒ dinh): the one free edit, shared with a dropped letter. Readings
          // the tables hold are not proposed again at the unseen rate.
          if (lo === 1 && !isDropped) {
            layerNext.dropped.add(node, lp + EXTRA_LETTER);
            if (withOtherLetters) otherLetters(trie, node, lp + OTHER_LETTER, o, readings, layerNext.dropped);
          }
        }
      }
    }
  }
  return finalKeys(layers[n]!, trie, limit);
}

const ranked = new ScratchList();
let finalValues = new Float64Array(0);

/**
 * The keys the search ended on, best first: each node's better value of its two hypotheses, plain
 * ones first and then those only reached with the dropped letter (the order ties keep), at most
 * `limit`, none more than SPREAD below the best.
 */
function finalKeys(last: Layer, trie: KeyTrie, limit: number): Array<[string, number]> {
  if (finalValues.length !== trie.size) finalValues = new Float64Array(trie.size);
  ranked.count = 0;
  const plain = last.plain;
  const dropped = last.dropped;
  for (let i = 0; i < plain.nodes.count; i++) {
    const node = plain.nodes.items[i]!;
    if (node === 0 || !trie.isKey(node)) continue;
    const lp = plain.values[node]!;
    const alsoDropped = dropped.values[node]!;
    const value = alsoDropped > lp ? alsoDropped : lp;
    finalValues[node] = value;
    insertBelowEqual(ranked, node, value, finalValues, limit);
  }
  for (let i = 0; i < dropped.nodes.count; i++) {
    const node = dropped.nodes.items[i]!;
    if (node === 0 || !trie.isKey(node) || plain.values[node] !== -Infinity) continue;
    const value = dropped.values[node]!;
    finalValues[node] = value;
    insertBelowEqual(ranked, node, value, finalValues, limit);
  }
  const keys: Array<[string, number]> = [];
  const floor = ranked.count ? finalValues[ranked.items[0]!]! - SPREAD : 0;
  for (let i = 0; i < ranked.count; i++) {
    const node = ranked.items[i]!;
    const value = finalValues[node]!;
    if (value < floor) break;
    keys.push([trie.keyOf(node), value]);
  }
  return keys;
}
