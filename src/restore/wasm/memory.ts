// The language model's bytes are read straight into WebAssembly memory, so the compiled beam search
// (beam.ts) reads the tables where they lie: the file is never copied. Layout of one model's memory:
//
//   0 … 64 KB           left free (the wasm module's own globals live outside memory; nothing is placed here)
//   64 KB …             the model file, as read (lm.bin)
//   after it, aligned   scratch space, handed out once to each owner by takeScratch():
//                       the model's unigram and level tables, the beam's score cache, bounds and sentence arrays
//
// The memory never grows: typed-array views on it stay valid for the life of the model.

import { webAssembly, type WasmMemory } from './api.js';

/** Where the file starts in the memory. */
export const FILE_AT = 65536;
const PAGE = 65536;
/** Scratch space after the file: ~4.2 MB for a beam of 16 over sentences of 8,192 tokens (beam.ts's capacity), plus the model's tables. */
export const SCRATCH_BYTES = 5 * 1024 * 1024;

interface Region {
  memory: WasmMemory;
  next: number;
  end: number;
}
const regions = new WeakMap<ArrayBufferLike, Region>();

/**
 * A view of `size` bytes at FILE_AT of a new WebAssembly memory, to read a model file into; a plain
 * Buffer where WebAssembly is unavailable (the JavaScript search is used then).
 */
export function placeInWasmMemory(size: number): Uint8Array {
  if (!webAssembly) return Buffer.allocUnsafe(size);
  const scratchAt = align(FILE_AT + size, 16);
  const pages = Math.ceil((scratchAt + SCRATCH_BYTES) / PAGE);
  const memory = new webAssembly.Memory({ initial: pages, maximum: pages });
  regions.set(memory.buffer, { memory, next: scratchAt, end: pages * PAGE });
  return new Uint8Array(memory.buffer, FILE_AT, size);
}

/** The WebAssembly memory a model file was placed in, if it was. */
export function wasmMemoryOf(bytes: Uint8Array): WasmMemory | undefined {
  return regions.get(bytes.buffer)?.memory;
}

/** `bytes` bytes of the memory's scratch space (16-byte aligned), or undefined when it is used up. */
export function takeScratch(memory: WasmMemory, bytes: number): number | undefined {
  const region = regions.get(memory.buffer);
  if (!region || region.next + bytes > region.end) return undefined;
  const at = region.next;
  region.next = align(at + bytes, 16);
  return at;
}

const align = (n: number, to: number) => Math.ceil(n / to) * to;

/**
 * Lays arrays out one after another from `start`, each 16-byte aligned: `take(bytes)` gives the
 * next one's address, `end` where the last ends. Past `limit`, take throws (a layout that outgrew
 * the room reserved for it).
 */
export function layoutFrom(start: number, limit = Infinity): { take: (bytes: number) => number; readonly end: number } {
  let at = start;
  return {
    take(bytes) {
      const from = at;
      at += align(bytes, 16);
      if (at > limit) throw new Error('WebAssembly scratch layout outgrew the room reserved for it');
      return from;
    },
    get end() {
      return at;
    },
  };
}

/** A Float64Array of `length` in the memory's scratch space, or undefined when it is used up. */
export function scratchFloat64(memory: WasmMemory, length: number): Float64Array | undefined {
  const at = takeScratch(memory, length * 8);
  return at === undefined ? undefined : new Float64Array(memory.buffer, at, length);
}
