// What a command may touch, injectable so tests run the CLI in-process: standard output, standard
// error and standard input (files: files.ts).
import { writeSync } from 'node:fs';

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
 * Standard output written straight to file descriptor 1, synchronously, so the one write a command
 * makes never sets process.stdout up (which loads Node's stream and socket modules).
 * A descriptor that does not take it all (a full non-blocking pipe: EAGAIN) gets the rest, and
 * everything after, through process.stdout, which waits for the reader.
 */
function writeStdout(text: string): void {
  if (streaming) {
    process.stdout.write(text);
    return;
  }
  try {
    writeThrough(
      Buffer.from(text, 'utf8'),
      (bytes, at) => writeSync(1, bytes, at),
      (rest) => {
        streaming = true;
        endQuietlyOnClosedPipe();
        process.stdout.write(rest);
      },
    );
  } catch (error) {
    if (errnoOf(error) === 'EPIPE') process.exit(process.exitCode ?? 0); // the reader is gone: as below
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
    if (errnoOf(error) !== 'EAGAIN') throw error;
    rest(bytes.subarray(at));
  }
}

export const processIo: Io = {
  stdout: writeStdout,
  stderr: (text) => void process.stderr.write(text),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
    return Buffer.concat(chunks);
  },
};

/** The `code` of a system error (EPIPE, EAGAIN …). */
function errnoOf(error: unknown): unknown {
  return error instanceof Error && 'code' in error ? error.code : undefined;
}

/**
 * Text for a terminal with its control characters made visible: an escape sequence in a file name
 * or in a document's text (ESC, CSI, a carriage return, a bell) would otherwise move the cursor,
 * recolour or rewrite what the user sees. Tabs and line ends stay.
 */
export function forTerminal(text: string): string {
  return text.replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
