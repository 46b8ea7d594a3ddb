// Which files a batch converts: folders walked recursively (hidden files and
// folders skipped, and the output folder), quoted globs expanded, files taken
// as given. Each input gets a path relative to the archive root — the common
// folder of all arguments — which names it in every output.
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { CchcError, messageOf, systemCodeOf } from '../errors.js';
import { within } from './paths.js';
import { globToRegExp, isGlob, splitGlob } from './glob.js';

export interface Input {
  /** Absolute path. */
  path: string;
  /** Relative to the archive root, "/"-separated: names the input everywhere. */
  file: string;
  /** Set when the entry cannot be read as a file at all (dangling link, FIFO, a folder that cannot be listed …). */
  problem?: CchcError;
}

/** Inputs that cannot be collected (no such file or folder, a glob that matches nothing): a usage error. */
export class InputError extends CchcError {
  constructor(message: string) {
    super(message, { code: 'usage' });
    this.name = 'InputError';
  }
}

export async function collectInputs(args: string[], exclude?: string): Promise<{ root: string; inputs: Input[] }> {
  const excluded = exclude ? resolve(exclude) : null;
  const found = new Map<string, CchcError | undefined>(); // absolute path → problem
  const roots: string[] = [];
  for (const arg of args) {
    if (isGlob(arg)) {
      const { base, rest } = splitGlob(arg);
      const pattern = globToRegExp(rest);
      const absBase = resolve(base);
      roots.push(absBase);
      const before = found.size;
      for (const [path, problem] of await walk(absBase, excluded)) {
        if (pattern.test(relative(absBase, path).split(sep).join('/'))) found.set(path, problem);
      }
      if (found.size === before) throw new InputError(`${arg}: no files match`);
      continue;
    }
    const abs = resolve(arg);
    const info = await stat(abs).catch(() => null);
    if (!info) {
      const link = await lstat(abs).catch(() => null);
      if (!link) throw new InputError(`${arg}: no such file or folder`);
      found.set(abs, noInput(describe(link, true)));
      roots.push(dirname(abs));
    } else if (info.isDirectory()) {
      roots.push(abs);
      for (const [path, problem] of await walk(abs, excluded)) found.set(path, problem);
    } else {
      roots.push(dirname(abs));
      found.set(abs, info.isFile() ? undefined : noInput(describe(info, false)));
    }
  }
  const root = commonFolder(roots);
  const inputs = [...found]
    .map(([path, problem]) => ({ path, file: relative(root, path).split(sep).join('/'), ...(problem ? { problem } : {}) }))
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { root, inputs };
}

/**
 * Refuses an output folder that is an input folder or holds one (or an input file): the batch
 * would read its own outputs as inputs, or find nothing, and write its tables over the user's files.
 */
export async function refuseOutAroundInputs(args: string[], out: string): Promise<void> {
  const outPath = await realOrResolved(out);
  for (const arg of args) {
    const input = await realOrResolved(isGlob(arg) ? splitGlob(arg).base : arg);
    if (within(outPath, input)) {
      throw new InputError(
        `--out ${out} ${outPath === input ? 'is' : 'holds'} the input ${arg}: choose an output folder outside the inputs`,
      );
    }
  }
}

const realOrResolved = (path: string) => realpath(path).catch(() => resolve(path));

/**
 * Every non-hidden entry under dir that is not a folder; special files carry their problem. A
 * symbolic link is followed only to what lies inside dir: one leading out of it (to /etc) is
 * listed, not read.
 */
async function walk(dir: string, excluded: string | null): Promise<Map<string, CchcError | undefined>> {
  const found = new Map<string, CchcError | undefined>();
  const seen = new Set<string>(); // real paths: a symbolic link back up must not loop
  const realRoot = await realOrResolved(dir);
  const visit = async (folder: string) => {
    const real = await realpath(folder).catch(() => folder);
    if (seen.has(real)) return;
    seen.add(real);
    let entries;
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch (error) {
      found.set(folder, noInput(`cannot list the folder: ${systemCodeOf(error) ?? messageOf(error)}`, error));
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = join(folder, entry.name);
      if (excluded && (path === excluded || path.startsWith(excluded + sep))) continue;
      if (entry.isDirectory()) await visit(path);
      else if (entry.isFile()) found.set(path, undefined);
      else if (entry.isSymbolicLink()) {
        const target = await stat(path).catch(() => null);
        const real = target ? await realpath(path).catch(() => null) : null;
        if (real !== null && !within(realRoot, real)) {
          found.set(path, noInput('a symbolic link out of the input folder (not followed)'));
          continue;
        }
        if (target?.isDirectory()) await visit(path);
        else
          found.set(
            path,
            target?.isFile() ? undefined : noInput(target ? describe(target, false) : 'a dangling symbolic link (its target is missing)'),
          );
      } else found.set(path, noInput(describe(entry, false)));
    }
  };
  await visit(dir);
  return found;
}

/** Why an entry is no input, with the error behind it when there is one. */
const noInput = (reason: string, cause?: unknown) => new CchcError(reason, { code: 'input', cause });

function describe(entry: { isFIFO(): boolean; isSocket(): boolean; isSymbolicLink(): boolean }, link: boolean): string {
  if (link || entry.isSymbolicLink()) return 'a dangling symbolic link (its target is missing)';
  if (entry.isFIFO()) return 'not a regular file (a named pipe)';
  if (entry.isSocket()) return 'not a regular file (a socket)';
  return 'not a regular file (a device)';
}

function commonFolder(paths: string[]): string {
  if (!paths.length) return process.cwd();
  let common = paths[0]!.split(sep);
  for (const path of paths.slice(1)) {
    const parts = path.split(sep);
    let i = 0;
    while (i < common.length && i < parts.length && common[i] === parts[i]) i++;
    common = common.slice(0, i);
  }
  return common.join(sep) || sep;
}
