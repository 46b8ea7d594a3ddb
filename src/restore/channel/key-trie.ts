// The stripped keys of all valid syllables as a letter trie, so that the key search can walk
// integer nodes instead of building and hashing strings.
import { syllableKeys } from '../../vietnamese/index.js';

const A = 97; // 'a'
const LETTERS = 26;

export class KeyTrie {
  private readonly children: Int32Array;
  private readonly parent: Int32Array;
  private readonly letter: Uint8Array;
  private readonly end: Uint8Array;
  /** keyOf's answers by node, filled in as asked. */
  private keys: Array<string | undefined> = [];

  constructor(keys: Iterable<string>) {
    const list = [...keys];
    // At most one node per letter of the keys, plus the root: allocated once, trimmed at the end.
    let capacity = 1;
    for (const key of list) capacity += key.length;
    const children = new Int32Array(capacity * LETTERS).fill(-1);
    const parent = new Int32Array(capacity).fill(-1);
    const letter = new Uint8Array(capacity);
    const end = new Uint8Array(capacity);
    let nodes = 1;
    for (const key of list) {
      let node = 0;
      for (let i = 0; i < key.length; i++) {
        const c = key.charCodeAt(i) - A;
        if (c < 0 || c >= LETTERS) throw new Error(`key ${key} is not a–z`);
        let next = children[node * LETTERS + c]!;
        if (next < 0) {
          next = nodes++;
          parent[next] = node;
          letter[next] = c;
          children[node * LETTERS + c] = next;
        }
        node = next;
      }
      end[node] = 1;
    }
    this.children = children.slice(0, nodes * LETTERS);
    this.parent = parent.slice(0, nodes);
    this.letter = letter.slice(0, nodes);
    this.end = end.slice(0, nodes);
  }

  /** Number of nodes (node ids are 0 … size - 1). */
  get size(): number {
    return this.parent.length;
  }

  /** The node reached from `node` by the letters of `text`, or -1. */
  walk(node: number, text: string): number {
    for (let i = 0; i < text.length && node >= 0; i++) {
      const c = text.charCodeAt(i) - A;
      node = c >= 0 && c < LETTERS ? this.children[node * LETTERS + c]! : -1;
    }
    return node;
  }

  /** The child of `node` by the letter `c` (0–25), or -1. */
  child(node: number, c: number): number {
    return this.children[node * LETTERS + c]!;
  }

  isKey(node: number): boolean {
    return this.end[node] === 1;
  }

  /** The letters from the root to `node`; remembered, as the same keys are asked for token after token. */
  keyOf(node: number): string {
    if (this.keys.length !== this.size) this.keys = new Array<string | undefined>(this.size).fill(undefined);
    let out = this.keys[node];
    if (out === undefined) {
      out = '';
      for (let n = node; n > 0; n = this.parent[n]!) out = String.fromCharCode(A + this.letter[n]!) + out;
      this.keys[node] = out;
    }
    return out;
  }
}

/** Whether a stripped lowercase key ("quyet") is the key of a valid syllable. */
export function isSyllableKey(key: string): boolean {
  const keys = syllableKeyTrie();
  const node = keys.walk(0, key);
  return node > 0 && keys.isKey(node);
}

let trie: KeyTrie | undefined;
/** The trie of every valid syllable's key: a constant of the syllable rules (no model changes it), so made once per process. */
export function syllableKeyTrie(): KeyTrie {
  return (trie ??= new KeyTrie(syllableKeys()));
}
