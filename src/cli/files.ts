// The files a command reads and writes. Read and written synchronously: a command handles one file
// at a time, and each asynchronous call is a round trip through libuv's thread pool, which a cold
// start on a busy machine waits for. An output file is written whole or not at all: into a
// temporary file beside it, then renamed over it (a full disk leaves the old file, not half a new one).
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { CchcError, messageOf } from '../index.js';
import type { Io } from './io.js';

/** Read an input file, or standard input for "-"; an error says why in a few words (the caller names the file). */
export async function readInput(path: string, io: Io): Promise<Buffer> {
  if (path === '-') return io.readStdin();
  let info;
  try {
    info = statSync(path);
  } catch (error) {
    throw new CchcError(reasonOf(error), { code: 'input', cause: error });
  }
  if (info.isDirectory()) throw new CchcError('is a directory (use `cchc batch` for folders)', { code: 'input' });
  try {
    return readFileSync(path);
  } catch (error) {
    throw new CchcError(reasonOf(error), { code: 'input', cause: error });
  }
}

/** `text` to the file `path` (its folder made when missing), atomically; standard output for none or "-". */
export function writeOutput(path: string | undefined, data: string | Uint8Array, io: Io): void {
  if (path && path !== '-') writeFileAtomicSync(path, data);
  else io.stdout(typeof data === 'string' ? data : Buffer.from(data).toString('utf8'));
}

/** Write into a temporary file beside `path`, then rename it over `path`; the folder is made when missing. */
export function writeFileAtomicSync(path: string, data: string | Uint8Array): void {
  const folder = dirname(path);
  const temp = join(folder, `.cchc-tmp-${randomBytes(6).toString('hex')}-${basename(path)}`);
  try {
    mkdirSync(folder, { recursive: true });
    writeFileSync(temp, data);
    renameSync(temp, path);
  } catch (error) {
    removeQuietly(temp);
    throw new CchcError(`cannot write ${path}: ${reasonOf(error)}`, { code: 'output', cause: error });
  }
}

/** Remove a temporary file if it is there; a folder that cannot hold it holds nothing to remove. */
function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // nothing was written there
  }
}

function reasonOf(error: unknown): string {
  const code = error instanceof Error && 'code' in error ? error.code : undefined;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'ENOSPC') return 'no space left on the device';
  if (code === 'ENOTDIR' || code === 'EEXIST') return 'a part of the path is a file, not a folder';
  return messageOf(error);
}
