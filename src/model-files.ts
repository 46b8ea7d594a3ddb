// The model files read ahead, on libuv's thread pool, while the CLI is still loading its code.
// A cold `cchc normalize` spends ~30 ms of its main thread reading model/lm.bin and
// model/candidates.bin, most of it the kernel mapping fresh pages for the 9.6 MB; one read()
// per file on a pool thread does that on the other core. Readers take the bytes with
// readModelFile(), which reads synchronously as before when nothing was read ahead.
import { closeSync, fstatSync, openSync, read, readSync } from 'node:fs';
import { candidateTablePath, languageModelPath } from './model-path.js';
import { placeInWasmMemory } from './restore/wasm/memory.js';

/** Where a file of `size` bytes is read into (lm.bin: WebAssembly memory, see restore/wasm/memory.ts). */
export type Placement = (size: number) => Uint8Array;
const inBuffer: Placement = (size) => Buffer.allocUnsafe(size);

const ahead = new Map<string, Promise<Uint8Array | undefined>>();
const done = new Map<string, Uint8Array>();

/** Start reading `path` on the thread pool (once); a failure is left for readModelFile to report. */
export function readModelFileAhead(path: string, place: Placement = inBuffer): void {
  if (ahead.has(path) || done.has(path)) return;
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return;
  }
  const promise = new Promise<Uint8Array | undefined>((resolve) => {
    try {
      const size = fstatSync(fd).size;
      const bytes = place(size);
      read(fd, bytes, 0, size, 0, (error, n) => {
        closeSync(fd);
        resolve(error || n !== size ? undefined : bytes);
      });
    } catch {
      closeSync(fd);
      resolve(undefined);
    }
  }).then((bytes) => {
    if (bytes) done.set(path, bytes);
    return bytes;
  });
  ahead.set(path, promise);
}

/** Resolves when every read started ahead has finished. */
export async function modelFilesRead(): Promise<void> {
  await Promise.all(ahead.values());
}

/** The bytes of a model file: those read ahead (handed over once), else read now into `place`. */
export function readModelFile(path: string, place: Placement = inBuffer): Buffer {
  let bytes = done.get(path);
  if (bytes) {
    done.delete(path);
    ahead.delete(path);
  } else {
    bytes = readWhole(path, place);
  }
  return bytes instanceof Buffer ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function readWhole(path: string, place: Placement): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const bytes = place(size);
    for (let at = 0; at < size; ) {
      const n = readSync(fd, bytes, at, size - at, at);
      if (n === 0) throw new Error(`${path}: file shrank while it was read`);
      at += n;
    }
    return bytes;
  } finally {
    closeSync(fd);
  }
}

/** Start reading the restoration's models (model/lm.bin into WebAssembly memory, model/candidates.bin). */
export function readRestorationModelsAhead(): void {
  readModelFileAhead(languageModelPath(), placeInWasmMemory);
  readModelFileAhead(candidateTablePath());
}
