// The channel's key search (src/restore/channel/keys.ts, search and finalKeys) compiled to
// WebAssembly — AssemblyScript, built into src/restore/wasm/keys-bytes.ts by `npm run build:wasm`.
//
// Why: a cold `cchc normalize` searches keys for every form the candidate table does not hold (a
// few hundred OCR misreadings a page) before V8 has optimised the JavaScript, at several times its
// optimised cost. The JavaScript stays the reference: both must propose the same keys with the
// same log-probabilities bit for bit (tests/restore/keys-wasm.test.ts), so every step below keeps
// its order: hypotheses in the order first reached, ties kept as a stable sort keeps them, and
// each sum added as there.
//
// Memory (imported, laid out by src/restore/wasm/keys.ts, addresses given to init()):
//   children  i32[size · 26]   the key trie's links (-1: none)        ends u8[size]: a key ends here
//   records   16 bytes each    a reading of an OCR key segment: u8 length, u8 letters (0–25) at 1 and 2,
//                              f64 log-probability at 8
//   segments  i32 pairs        per search: for OCR letter j and segment length lo (1–3), the first
//                              record of that segment's readings and their count, at (j · 3 + lo - 1) · 8
//   letters   i32[]            per search: OCR letter j as 0–25, -1 when it is not a–z
//   values    f64[size]        per layer and kind (plain, dropped): each node's best log-probability
//   nodes     i32[size]        … and the nodes reached, in the order first reached (counts apart)
//   out       i32[limit], f64[limit]   the keys found: trie nodes and log-probabilities, best first
//   (and the beams, the ranking and its values: scratch the search reuses)

const LETTERS: i32 = 26;

let children: usize = 0;
let ends: usize = 0;
let size: i32 = 0;
let records: usize = 0;
let droppedFirst: i32 = 0;
let droppedCount: i32 = 0;
let segments: usize = 0;
let letters: usize = 0;
let values: usize = 0;
let nodes: usize = 0;
let counts: usize = 0;
let plainBeam: usize = 0;
let droppedBeam: usize = 0;
let ranked: usize = 0;
let finalValues: usize = 0;
let outNodes: usize = 0;
let outValues: usize = 0;
/** Where insertBelowEqual keeps the length of the list it fills (a beam cut or the final ranking). */
let listCount: usize = 0;
let layersReady: i32 = 0;
// The search's constants, as the JavaScript computes them (its Math.log, not ours).
let beamWidth: i32 = 0;
let spread: f64 = 0;
let readAsItself: f64 = 0;
let extraLetter: f64 = 0;

export function init(
  childrenAt: usize, endsAt: usize, trieSize: i32, recordsAt: usize, droppedFirstRecord: i32, droppedRecords: i32,
  segmentsAt: usize, lettersAt: usize, valuesAt: usize, nodesAt: usize, countsAt: usize,
  plainBeamAt: usize, droppedBeamAt: usize, rankedAt: usize, finalValuesAt: usize, outNodesAt: usize, outValuesAt: usize,
  listCountAt: usize, beam: i32, spreadLogProb: f64, readAsItselfLogProb: f64, extraLetterLogProb: f64,
): void {
  children = childrenAt;
  ends = endsAt;
  size = trieSize;
  records = recordsAt;
  droppedFirst = droppedFirstRecord;
  droppedCount = droppedRecords;
  segments = segmentsAt;
  letters = lettersAt;
  values = valuesAt;
  nodes = nodesAt;
  counts = countsAt;
  plainBeam = plainBeamAt;
  droppedBeam = droppedBeamAt;
  ranked = rankedAt;
  finalValues = finalValuesAt;
  outNodes = outNodesAt;
  outValues = outValuesAt;
  listCount = listCountAt;
  layersReady = 0;
  beamWidth = beam;
  spread = spreadLogProb;
  readAsItself = readAsItselfLogProb;
  extraLetter = extraLetterLogProb;
}

// A hypothesis set: layer L's plain (kind 0) or dropped (kind 1) hypotheses, numbered L · 2 + kind.
@inline function valueAt(set: i32, node: i32): f64 {
  return load<f64>(values + (((<usize>set) * <usize>size + <usize>node) << 3));
}
@inline function nodeAt(set: i32, i: i32): i32 {
  return load<i32>(nodes + (((<usize>set) * <usize>size + <usize>i) << 2));
}
@inline function countOf(set: i32): i32 {
  return load<i32>(counts + ((<usize>set) << 2));
}

/** Hypotheses.add: a node's first value lists it; a better one replaces the value. */
function add(set: i32, node: i32, logProb: f64): void {
  const at = values + (((<usize>set) * <usize>size + <usize>node) << 3);
  const old = load<f64>(at);
  if (old == -Infinity) {
    const count = countOf(set);
    store<i32>(nodes + (((<usize>set) * <usize>size + <usize>count) << 2), node);
    store<i32>(counts + ((<usize>set) << 2), count + 1);
  }
  if (old < logProb) store<f64>(at, logProb);
}

function top(set: i32): f64 {
  let best = -Infinity;
  const count = countOf(set);
  for (let i: i32 = 0; i < count; i++) {
    const v = valueAt(set, nodeAt(set, i));
    if (v > best) best = v;
  }
  return best;
}

/** The layers' values start at -Infinity: set once per layer, the first time a search reaches it. */
function ready(layers: i32): void {
  for (; layersReady < layers; layersReady++) {
    for (let kind: i32 = 0; kind < 2; kind++) {
      const set = layersReady * 2 + kind;
      for (let node: i32 = 0; node < size; node++) store<f64>(values + (((<usize>set) * <usize>size + <usize>node) << 3), -Infinity);
      store<i32>(counts + ((<usize>set) << 2), 0);
    }
  }
}

/** keys.ts walk: the node reached from `node` by one letter (0–25), or -1. */
@inline function child(node: i32, letter: i32): i32 {
  return letter >= 0 && letter < LETTERS ? load<i32>(children + (((<usize>node) * LETTERS + <usize>letter) << 2)) : -1;
}

/** KeyTrie.walk over a record's letters. */
function walkRecord(node: i32, record: usize): i32 {
  const length = <i32>load<u8>(record);
  for (let i: i32 = 0; i < length && node >= 0; i++) node = child(node, <i32>load<u8>(record + 1 + <usize>i));
  return node;
}

/** insertBelowEqual (ranking.ts): into the list (count at countAt), after every item valued at least as high. */
function insertBelowEqual(list: usize, countAt: usize, item: i32, value: f64, valuesOf: usize, limit: i32): void {
  let count = load<i32>(countAt);
  let at = count;
  while (at > 0 && load<f64>(valuesOf + ((<usize>load<i32>(list + ((<usize>(at - 1)) << 2))) << 3)) < value) at--;
  if (at >= limit) return;
  if (count < limit) {
    count++;
    store<i32>(countAt, count);
  }
  for (let k = count - 1; k > at; k--) store<i32>(list + ((<usize>k) << 2), load<i32>(list + ((<usize>(k - 1)) << 2)));
  store<i32>(list + ((<usize>at) << 2), item);
}


/** keys.ts best(): the set's nodes at or above `floor`, at most beamWidth, into `out`; their number. */
function best(set: i32, floor: f64, out: usize): i32 {
  const count = countOf(set);
  const setValues = values + (((<usize>set) * <usize>size) << 3);
  let kept: i32 = 0;
  for (let i: i32 = 0; i < count; i++) if (valueAt(set, nodeAt(set, i)) >= floor) kept++;
  let outCount: i32 = 0;
  if (kept <= beamWidth) {
    for (let i: i32 = 0; i < count; i++) {
      const node = nodeAt(set, i);
      if (valueAt(set, node) >= floor) {
        store<i32>(out + ((<usize>outCount) << 2), node);
        outCount++;
      }
    }
    return outCount;
  }
  store<i32>(listCount, 0);
  for (let i: i32 = 0; i < count; i++) {
    const node = nodeAt(set, i);
    const value = valueAt(set, node);
    if (value >= floor) insertBelowEqual(out, listCount, node, value, setValues, beamWidth);
  }
  return load<i32>(listCount);
}

/** readAs: the hypotheses `node` leads to through records [first, first + count) into `set`; whether one reads the OCR letter as itself. */
function readAs(node: i32, logProb: f64, first: i32, count: i32, ocrLetter: i32, set: i32): bool {
  let itself = false;
  for (let r: i32 = 0; r < count; r++) {
    const record = records + ((<usize>(first + r)) << 4);
    if (ocrLetter >= 0 && load<u8>(record) == 1 && <i32>load<u8>(record + 1) == ocrLetter) itself = true;
    const next = walkRecord(node, record);
    if (next >= 0) add(set, next, logProb + load<f64>(record + 8));
  }
  return itself;
}

/**
 * The keys an OCR key of n letters may spell (letters and segments filled in for it), at most
 * `limit`, into outNodes and outValues; returns how many. keys.ts searchIn and finalKeys.
 */
export function search(n: i32, limit: i32): i32 {
  ready(n + 1);
  add(0, 0, 0);
  for (let j: i32 = 0; j <= n; j++) {
    const plainSet = j * 2;
    const droppedSet = plainSet + 1;
    const plainTop = top(plainSet);
    const droppedTop = top(droppedSet);
    const floor = (plainTop > droppedTop ? plainTop : droppedTop) - spread;
    const plainCount = best(plainSet, floor, plainBeam);
    for (let b: i32 = 0; b < plainCount; b++) {
      const node = load<i32>(plainBeam + ((<usize>b) << 2));
      readAs(node, valueAt(plainSet, node), droppedFirst, droppedCount, -1, droppedSet);
    }
    if (j == n) break;
    const droppedCountHere = best(droppedSet, floor, droppedBeam);
    const segmentsHere = n - j < 3 ? n - j : 3;
    const ocrLetter = load<i32>(letters + ((<usize>j) << 2));
    for (let pass: i32 = 0; pass < 2; pass++) {
      const isDropped = pass == 1;
      const beam = isDropped ? droppedBeam : plainBeam;
      const beamSize = isDropped ? droppedCountHere : plainCount;
      const fromSet = isDropped ? droppedSet : plainSet;
      for (let b: i32 = 0; b < beamSize; b++) {
        const node = load<i32>(beam + ((<usize>b) << 2));
        const lp = valueAt(fromSet, node);
        for (let lo: i32 = 1; lo <= segmentsHere; lo++) {
          const segment = segments + ((<usize>(j * 3 + lo - 1)) << 3);
          const first = load<i32>(segment);
          const count = load<i32>(segment + 4);
          const nextPlain = (j + lo) * 2;
          const into = isDropped ? nextPlain + 1 : nextPlain;
          const itself = count > 0 ? readAs(node, lp, first, count, lo == 1 ? ocrLetter : -1, into) : false;
          if (lo == 1 && !itself) {
            const next = child(node, ocrLetter);
            if (next >= 0) add(into, next, lp + readAsItself);
          }
          if (lo == 1 && !isDropped) add(nextPlain + 1, node, lp + extraLetter);
        }
      }
    }
  }
  const found = finalKeys(n * 2, limit);
  clear(n + 1);
  return found;
}

/** finalKeys: each key node's better value of its two hypotheses, best first, none more than `spread` below the best. */
function finalKeys(plainSet: i32, limit: i32): i32 {
  const droppedSet = plainSet + 1;
  store<i32>(listCount, 0);
  const plainNodes = countOf(plainSet);
  for (let i: i32 = 0; i < plainNodes; i++) {
    const node = nodeAt(plainSet, i);
    if (node == 0 || load<u8>(ends + <usize>node) != 1) continue;
    const lp = valueAt(plainSet, node);
    const alsoDropped = valueAt(droppedSet, node);
    const value = alsoDropped > lp ? alsoDropped : lp;
    store<f64>(finalValues + ((<usize>node) << 3), value);
    insertBelowEqual(ranked, listCount, node, value, finalValues, limit);
  }
  const droppedNodes = countOf(droppedSet);
  for (let i: i32 = 0; i < droppedNodes; i++) {
    const node = nodeAt(droppedSet, i);
    if (node == 0 || load<u8>(ends + <usize>node) != 1 || valueAt(plainSet, node) != -Infinity) continue;
    const value = valueAt(droppedSet, node);
    store<f64>(finalValues + ((<usize>node) << 3), value);
    insertBelowEqual(ranked, listCount, node, value, finalValues, limit);
  }
  const count = load<i32>(listCount);
  const floor = count > 0 ? load<f64>(finalValues + ((<usize>load<i32>(ranked)) << 3)) - spread : 0;
  let found: i32 = 0;
  for (let i: i32 = 0; i < count; i++) {
    const node = load<i32>(ranked + ((<usize>i) << 2));
    const value = load<f64>(finalValues + ((<usize>node) << 3));
    if (value < floor) break;
    store<i32>(outNodes + ((<usize>found) << 2), node);
    store<f64>(outValues + ((<usize>found) << 3), value);
    found++;
  }
  return found;
}

/** Every value the search set back to -Infinity, every list emptied, for the next search. */
function clear(layers: i32): void {
  for (let set: i32 = 0; set < layers * 2; set++) {
    const count = countOf(set);
    for (let i: i32 = 0; i < count; i++) store<f64>(values + (((<usize>set) * <usize>size + <usize>nodeAt(set, i)) << 3), -Infinity);
    store<i32>(counts + ((<usize>set) << 2), 0);
  }
}
