// A restorer's model files, read ahead on libuv's thread pool while the caller does other work:
// one read() per file on a pool thread, so the kernel maps the files' fresh pages on another core
// than the main thread's. Readers take the bytes with read(), which reads synchronously when
// nothing was read ahead; each file's bytes are handed over once. Each Restorer has its own ModelFiles.
import { closeSync, fstatSync, openSync, read, readSync } from 'node:fs';

/** Where a file of `size` bytes is read into (lm.bin: WebAssembly memory, see wasm/memory.ts). */
export type Placement = (size: number) => Uint8Array;
const inBuffer: Placement = (size) => Buffer.allocUnsafe(size);

export class ModelFiles {
  private readonly ahead = new Map<string, Promise<Uint8Array | undefined>>();
  private readonly done = new Map<string, Uint8Array>();

  /** Start reading `path` on the thread pool (once); a failure is left for read() to report. */
  readAhead(path: string, place: Placement = inBuffer): void {
    if (this.ahead.has(path) || this.done.has(path)) return;
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
      if (bytes) this.done.set(path, bytes);
      return bytes;
    });
    this.ahead.set(path, promise);
  }

  /** Resolves when every read started ahead has finished. */
  async settled(): Promise<void> {
    await Promise.all(this.ahead.values());
  }

  /** The bytes of a model file: those read ahead (handed over once), else read now into `place`. */
  read(path: string, place: Placement = inBuffer): Buffer {
    let bytes = this.done.get(path);
    if (bytes) {
      this.done.delete(path);
      this.ahead.delete(path);
    } else {
      bytes = readWhole(path, place);
    }
    return bytes instanceof Buffer ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
}

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
