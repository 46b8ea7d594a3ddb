// fingerprint64's two lanes (src/restore/lm/hash.ts) compiled to WebAssembly — AssemblyScript, built
// into src/restore/wasm/hash-bytes.ts by `npm run build:wasm`. A cold `cchc normalize` fingerprints
// the vocabulary (~42,000 code units) and model/channel.json (114 KB) to know the candidate table
// was built from them: ~9 ms of JavaScript before V8 has optimised it, well under 1 ms here. Same
// steps, same 32-bit products: the same fingerprint (tests/restore/fingerprint.test.ts).
//
// Memory (imported): the parts to hash, laid out by src/restore/wasm/hash.ts.

let a: u32 = 0;
let b: u32 = 0;

export function start(): void {
  a = 0x811c9dc5;
  b = 0x9e3779b9;
}

@inline function take(unit: u32): void {
  a = (a ^ unit) * 0x01000193;
  b = (b ^ unit) * 0x5bd1e995;
}

/** A part's end: ["ab", "c"] and ["a", "bc"] differ. */
export function endPart(): void {
  take(0xff);
}

/** One part of `length` bytes at `at`. */
export function bytes(at: usize, length: i32): void {
  for (let i: i32 = 0; i < length; i++) take(<u32>load<u8>(at + <usize>i));
  endPart();
}

/**
 * Strings as UTF-16 code units at `at`, `count` units, one after another with `separator` between
 * them (a unit none of them holds): each ends a part. Returns the number of parts.
 */
export function units(at: usize, count: i32, separator: u32): i32 {
  let parts: i32 = 1;
  for (let i: i32 = 0; i < count; i++) {
    const unit = <u32>load<u16>(at + ((<usize>i) << 1));
    if (unit == separator) {
      endPart();
      parts++;
    } else take(unit);
  }
  endPart();
  return parts;
}

export function laneA(): u32 {
  return a;
}

export function laneB(): u32 {
  return b;
}
