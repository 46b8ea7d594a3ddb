// A model file read whole, synchronously, into the memory its reader wants it in (lm.bin: the
// WebAssembly module's memory, wasm/memory.ts).
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/** Where a file of `size` bytes is read into (lm.bin: WebAssembly memory, see wasm/memory.ts). */
export type Placement = (size: number) => Uint8Array;
const inBuffer: Placement = (size) => Buffer.allocUnsafe(size);

/** The whole file read now, synchronously, into `place`. */
export function readModelFile(path: string, place: Placement = inBuffer): Buffer {
  const bytes = readWhole(path, place);
  return bytes instanceof Buffer ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function readWhole(path: string, place: Placement): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const bytes = place(size);
    for (let at = 0; at < size;) {
      const n = readSync(fd, bytes, at, size - at, at);
      if (n === 0) throw new Error(`${path}: file shrank while it was read`);
      at += n;
    }
    return bytes;
  } finally {
    closeSync(fd);
  }
}
