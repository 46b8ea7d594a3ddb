// The model files read ahead, on libuv's thread pool, while the CLI is still loading its code.
// A cold `cchc normalize` spends ~30 ms of its main thread reading model/lm.bin and
// model/candidates.bin, most of it the kernel mapping fresh pages for the 9.6 MB; one read()
// per file on a pool thread does that on the other core. Readers take the bytes with
// readModelFile(), which reads synchronously as before when nothing was read ahead.
import { closeSync, fstatSync, openSync, read, readFileSync } from 'node:fs';
import { candidateTablePath, languageModelPath } from './model-path.js';

const ahead = new Map<string, Promise<Buffer | undefined>>();
const done = new Map<string, Buffer>();

/** Start reading `path` on the thread pool (once); a failure is left for readModelFile to report. */
export function readModelFileAhead(path: string): void {
  if (ahead.has(path) || done.has(path)) return;
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return;
  }
  const promise = new Promise<Buffer | undefined>((resolve) => {
    try {
      const size = fstatSync(fd).size;
      const bytes = Buffer.allocUnsafe(size);
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

/** The bytes of a model file: those read ahead (handed over once), else read now. */
export function readModelFile(path: string): Buffer {
  const bytes = done.get(path);
  if (bytes) {
    done.delete(path);
    ahead.delete(path);
    return bytes;
  }
  return readFileSync(path);
}

/** Start reading the restoration's models (model/lm.bin, model/candidates.bin). */
export function readRestorationModelsAhead(): void {
  readModelFileAhead(languageModelPath());
  readModelFileAhead(candidateTablePath());
}
