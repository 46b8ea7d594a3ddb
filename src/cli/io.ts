// What a command may touch, injectable so tests run the CLI in-process.
import { readFile, stat, writeFile } from 'node:fs/promises';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<Buffer>;
}

export const processIo: Io = {
  stdout: (text) => void process.stdout.write(text),
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
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (error as Error).message);
  }
  if (info.isDirectory()) throw new Error('is a directory (use `cchc batch` for folders)');
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(code === 'EACCES' ? 'permission denied' : (error as Error).message);
  }
}

export async function writeOutput(path: string | undefined, text: string, io: Io): Promise<void> {
  if (path && path !== '-') await writeFile(path, text);
  else io.stdout(text);
}
