// Small integer hashes shared by the model builder and the runtime, so that a
// table written by one is read by the other.

/** FNV-1a over UTF-16 code units: which corpus documents are held out. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** 5% of the corpus documents, chosen by id, are never trained on: the benchmark's test set. */
export function isHeldOut(documentId: string): boolean {
  return fnv1a(documentId) % 20 === 0;
}

/** Murmur3's finaliser: spreads the bits of a 32-bit integer. */
export function mix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** Slot hash of a trigram context key (a << 16 | b). */
export function contextSlot(key: number): number {
  return mix32(key ^ 0x5bd1e995);
}

/** Maps a 32-bit hash onto a table of any size (multiply-shift, no power of two needed). */
export function slotOf(hash: number, size: number): number {
  return Math.floor((hash * size) / 4294967296);
}

/**
 * 64 bits (16 hex digits) over strings' code units and bytes, in the order given: two FNV-1a lanes
 * with different starts and multipliers, each finished by mix32. It tells whether a model file the
 * candidate table was built from has changed (table.ts); it is no defence against a forger, and
 * needs no node:crypto. (A WebAssembly copy of the lanes bought nothing measurable on a cold start:
 * `npm run bench devices`.)
 */
export function fingerprint64(parts: ReadonlyArray<string | Uint8Array>): string {
  const [a, b] = lanesOf(parts);
  const hex = (x: number) => mix32(x).toString(16).padStart(8, '0');
  return hex(a) + hex(b ^ a);
}

/** fingerprint64's two FNV-1a lanes. */
function lanesOf(parts: ReadonlyArray<string | Uint8Array>): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x9e3779b9;
  for (const part of parts) {
    if (typeof part === 'string') {
      for (let i = 0; i < part.length; i++) {
        const unit = part.charCodeAt(i);
        a = Math.imul(a ^ unit, 0x01000193);
        b = Math.imul(b ^ unit, 0x5bd1e995);
      }
    } else {
      for (let i = 0; i < part.length; i++) {
        const byte = part[i]!;
        a = Math.imul(a ^ byte, 0x01000193);
        b = Math.imul(b ^ byte, 0x5bd1e995);
      }
    }
    // A part's end counts too: ["ab", "c"] and ["a", "bc"] differ.
    a = Math.imul(a ^ 0xff, 0x01000193);
    b = Math.imul(b ^ 0xff, 0x5bd1e995);
  }
  return [a, b];
}
