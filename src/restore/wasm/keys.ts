// The channel's key search compiled to WebAssembly (assembly/keys.ts), in a memory of its own: the
// key trie's links and the channel's key readings are written into it once per channel tables;
// each search writes the OCR key's letters and the readings of its segments, runs, and reads the
// keys found. channel/keys.ts asks it first and searches in JavaScript when it has none: no
// WebAssembly (node --jitless, or $CCHC_WASM_OFF naming keys), keys longer than MAX_KEY_LETTERS, or
// readings it cannot hold.
import { KEYS_WASM_BASE64 } from './keys-bytes.js';
import { instantiate, webAssemblyFor, type WasmMemory } from './api.js';
import { layoutFrom } from './memory.js';
import type { KeyTrie } from '../channel/key-trie.js';

/** Longest OCR key searched compiled (the decoder asks for words of at most 12 letters). */
export const MAX_KEY_LETTERS = 16;
/** Most keys one compiled search returns. */
export const MAX_KEYS_FOUND = 64;
/** Longest reading (a key segment) a record holds. */
const MAX_READING = 7;
const RECORD_BYTES = 16;
const PAGE = 65536;
const A = 97;

/** What the search reads, as channel/keys.ts has it. */
export interface KeySearchSetup {
  trie: KeyTrie;
  /** OCR key segment ('' for a letter the OCR dropped) → its readings [key segment, log-probability], none empty. */
  readings: Map<string, Array<[string, number]>>;
  beam: number;
  spread: number;
  readAsItself: number;
  extraLetter: number;
}

interface KeysExports {
  init(
    children: number, ends: number, trieSize: number, records: number, droppedFirst: number, droppedCount: number,
    segments: number, letters: number, values: number, nodes: number, counts: number,
    plainBeam: number, droppedBeam: number, ranked: number, finalValues: number, outNodes: number, outValues: number,
    listCount: number, beam: number, spread: number, readAsItself: number, extraLetter: number,
  ): void;
  search(n: number, limit: number): number;
}

export class WasmKeySearch {
  private constructor(
    private readonly trie: KeyTrie,
    private readonly exports: KeysExports,
    /** Per OCR segment, its first record and how many. */
    private readonly ranges: Map<string, { first: number; count: number }>,
    private readonly segments: Int32Array,
    private readonly letters: Int32Array,
    private readonly outNodes: Int32Array,
    private readonly outValues: Float64Array,
  ) {}

  /** A search over these tables, or undefined when WebAssembly is missing or off ($CCHC_WASM_OFF) or a reading is not of a–z letters. */
  static over(setup: KeySearchSetup): WasmKeySearch | undefined {
    const webAssembly = webAssemblyFor('keys');
    if (!webAssembly) return undefined;
    const readings = [...setup.readings];
    let recordCount = 0;
    for (const [, list] of readings) {
      for (const [segment] of list) if (segment.length > MAX_READING || !/^[a-z]*$/.test(segment)) return undefined;
      recordCount += list.length;
    }
    const size = setup.trie.size;
    const sets = (MAX_KEY_LETTERS + 1) * 2;
    const beamRoom = Math.max(setup.beam, 1);
    const room = layoutFrom(0);
    const take = room.take;
    const layout = {
      children: take(size * 26 * 4),
      ends: take(size),
      records: take(recordCount * RECORD_BYTES),
      segments: take(MAX_KEY_LETTERS * 3 * 8),
      letters: take(MAX_KEY_LETTERS * 4),
      values: take(sets * size * 8),
      nodes: take(sets * size * 4),
      counts: take(sets * 4),
      plainBeam: take(beamRoom * 4),
      droppedBeam: take(beamRoom * 4),
      ranked: take(MAX_KEYS_FOUND * 4),
      finalValues: take(size * 8),
      outNodes: take(MAX_KEYS_FOUND * 4),
      outValues: take(MAX_KEYS_FOUND * 8),
      listCount: take(4),
    };
    const pages = Math.ceil(room.end / PAGE);
    const memory: WasmMemory = new webAssembly.Memory({ initial: pages, maximum: pages });
    const buffer = memory.buffer;
    setup.trie.linksInto(new Int32Array(buffer, layout.children, size * 26), new Uint8Array(buffer, layout.ends, size));

    const bytes = new Uint8Array(buffer, layout.records, recordCount * RECORD_BYTES);
    const logProbs = new Float64Array(buffer, layout.records, recordCount * 2);
    const ranges = new Map<string, { first: number; count: number }>();
    let record = 0;
    for (const [ocr, list] of readings) {
      ranges.set(ocr, { first: record, count: list.length });
      for (const [segment, logProb] of list) {
        bytes[record * RECORD_BYTES] = segment.length;
        for (let i = 0; i < segment.length; i++) bytes[record * RECORD_BYTES + 1 + i] = segment.charCodeAt(i) - A;
        logProbs[record * 2 + 1] = logProb;
        record++;
      }
    }
    const dropped = ranges.get('') ?? { first: 0, count: 0 };

    const exports = instantiate<KeysExports>(webAssembly, KEYS_WASM_BASE64, memory, ['init', 'search']);
    exports.init(
      layout.children, layout.ends, size, layout.records, dropped.first, dropped.count,
      layout.segments, layout.letters, layout.values, layout.nodes, layout.counts,
      layout.plainBeam, layout.droppedBeam, layout.ranked, layout.finalValues, layout.outNodes, layout.outValues,
      layout.listCount, setup.beam, setup.spread, setup.readAsItself, setup.extraLetter,
    );
    return new WasmKeySearch(
      setup.trie,
      exports,
      ranges,
      new Int32Array(buffer, layout.segments, MAX_KEY_LETTERS * 3 * 2),
      new Int32Array(buffer, layout.letters, MAX_KEY_LETTERS),
      new Int32Array(buffer, layout.outNodes, MAX_KEYS_FOUND),
      new Float64Array(buffer, layout.outValues, MAX_KEYS_FOUND),
    );
  }

  /** channel/keys.ts search(): the keys `ocrKey` may spell, best first, at most `limit`; undefined when it cannot take the key. */
  search(ocrKey: string, limit: number): Array<[string, number]> | undefined {
    const n = ocrKey.length;
    if (n > MAX_KEY_LETTERS || limit > MAX_KEYS_FOUND) return undefined;
    const segments = this.segments;
    for (let j = 0; j < n; j++) {
      const letter = ocrKey.charCodeAt(j) - A;
      this.letters[j] = letter >= 0 && letter < 26 ? letter : -1;
      for (let lo = 1; lo <= 3; lo++) {
        const range = j + lo <= n ? this.ranges.get(lo === 1 ? ocrKey[j]! : ocrKey.slice(j, j + lo)) : undefined;
        const at = (j * 3 + lo - 1) * 2;
        segments[at] = range ? range.first : 0;
        segments[at + 1] = range ? range.count : 0;
      }
    }
    const found = this.exports.search(n, limit);
    const keys: Array<[string, number]> = [];
    for (let i = 0; i < found; i++) keys.push([this.trie.keyOf(this.outNodes[i]!), this.outValues[i]!]);
    return keys;
  }
}
