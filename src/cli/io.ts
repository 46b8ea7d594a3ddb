// What a command may touch, injectable so tests run the CLI in-process.
// Files are read and written synchronously: a command handles one file at a time, and each
// asynchronous call is a round trip through libuv's thread pool, which a cold start on a busy
// machine waits for (stat, open, fstat, read, close: five for one input file).
import { readFileSync, statSync, writeFileSync, writeSync } from 'node:fs';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<Buffer>;
}

/**
 * A reader that stops early (`cchc normalize f | head`) closes the pipe: the rest of the output has
 * nowhere to go, which is no error of ours, so the process ends quietly as cat or grep would.
 */
let pipeWatched = false;
function endQuietlyOnClosedPipe(): void {
  if (pipeWatched) return;
  pipeWatched = true;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
}

/** Whether standard output goes through process.stdout from now on (see writeStdout). */
let streaming = false;

/**
 * Standard output written straight to file descriptor 1, synchronously: setting process.stdout up
 * loads Node's stream and socket modules, 3–5 ms of a cold start for the one write a command makes.
 * A descriptor that does not take it all (a full non-blocking pipe: EAGAIN) gets the rest, and
 * everything after, through process.stdout, which waits for the reader.
 */
function writeStdout(text: string): void {
  if (streaming) {
    process.stdout.write(text);
    return;
  }
  try {
    writeThrough(Buffer.from(text, 'utf8'), (bytes, at) => writeSync(1, bytes, at), (rest) => {
      streaming = true;
      endQuietlyOnClosedPipe();
      process.stdout.write(rest);
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EPIPE') process.exit(process.exitCode ?? 0); // the reader is gone: as below
    throw error;
  }
}

/**
 * Writes `bytes` with `write` (which returns how many it took) until all are written; when it
 * throws EAGAIN (a non-blocking descriptor that is full), hands the rest to `rest` instead.
 */
export function writeThrough(bytes: Uint8Array, write: (bytes: Uint8Array, at: number) => number, rest: (bytes: Uint8Array) => void): void {
  let at = 0;
  try {
    while (at < bytes.length) at += write(bytes, at);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
    rest(bytes.subarray(at));
  }
}

export const processIo: Io = {
  stdout: writeStdout,
  stderr: (text) => void process.stderr.write(text),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  },
};

/** Read an input file, or standard input for "-", with errors that name the file. */
export async function readInput(path: string, io: Io): Promise<Buffer> {
  if (path === '-') return io.readStdin();
  let info;
  try {
    info = statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (error as Error).message);
  }
  if (info.isDirectory()) throw new Error('is a directory (use `cchc batch` for folders)');
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(code === 'EACCES' ? 'permission denied' : (error as Error).message);
  }
}

export async function writeOutput(path: string | undefined, text: string, io: Io): Promise<void> {
  if (path && path !== '-') writeFileSync(path, text);
  else io.stdout(text);
}
