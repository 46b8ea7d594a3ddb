// fingerprint64's two lanes (lm/hash.ts) computed by assembly/hash.ts: the same numbers, without
// running ~150,000 steps of JavaScript before V8 has optimised it on every cold start. The parts
// are laid out in a fresh memory: each run of strings joined by a separator, as UTF-16 code units
// (one native write), each byte part as it is.
import { HASH_WASM_BASE64 } from './hash-bytes.js';
import { instantiate, webAssembly, type WasmMemory } from './api.js';

/** Between the strings of a run: a code unit the strings fingerprinted (syllables) never hold; checked. */
const SEPARATOR = 0x0a;
const PAGE = 65536;

interface HashExports {
  start(): void;
  bytes(at: number, length: number): void;
  units(at: number, count: number, separator: number): number;
  laneA(): number;
  laneB(): number;
}

/** fingerprint64's lanes over `parts`; undefined without WebAssembly, or when a string holds the separator. */
export function compiledLanes(parts: ReadonlyArray<string | Uint8Array>): [number, number] | undefined {
  if (!webAssembly) return undefined;
  // Runs of strings joined by native code (no JavaScript step per string), byte parts as they are.
  const laid: Array<Uint8Array | { text: string; strings: number }> = [];
  for (let start = 0; start < parts.length; ) {
    const first = parts[start]!;
    if (typeof first !== 'string') {
      laid.push(first);
      start++;
      continue;
    }
    let end = start + 1;
    while (end < parts.length && typeof parts[end] === 'string') end++;
    laid.push({ text: parts.slice(start, end).join(String.fromCharCode(SEPARATOR)), strings: end - start });
    start = end;
  }
  let size = 0;
  for (const part of laid) size += part instanceof Uint8Array ? part.length : part.text.length * 2;
  const memory: WasmMemory = new webAssembly.Memory({ initial: Math.max(1, Math.ceil(size / PAGE)) });
  const bytes = Buffer.from(memory.buffer);
  const lanes = instantiate<HashExports>(webAssembly, HASH_WASM_BASE64, memory, ['start', 'bytes', 'units', 'laneA', 'laneB']);
  lanes.start();
  let at = 0;
  for (const part of laid) {
    if (part instanceof Uint8Array) {
      bytes.set(part, at);
      lanes.bytes(at, part.length);
      at += part.length;
    } else {
      bytes.write(part.text, at, 'utf16le');
      if (lanes.units(at, part.text.length, SEPARATOR) !== part.strings) return undefined;
      at += part.text.length * 2;
    }
  }
  return [lanes.laneA(), lanes.laneB()];
}
