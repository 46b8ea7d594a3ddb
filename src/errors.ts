// The one error class of the library: every error cchc throws on purpose is a CchcError with a
// `code` saying what kind of failure it is (the CLI maps it to an exit code), the file it concerns
// when there is one (`path`), and the error that caused it (`cause`), so no reason is lost on the
// way up. `reason` is the message without the file; `message` names the file once in front.

/** What went wrong, as a program can tell it apart. `usage` is the caller's mistake (exit 2 on the command line). */
export type CchcErrorCode =
  /** a wrong argument or option value (an unknown encoding, a bad --jobs) */
  | 'usage'
  /** the input cannot be read (missing, a folder, no permission) */
  | 'input'
  /** an empty input, or one holding only white space */
  | 'empty'
  /** not a text document (a PDF, an image, an archive) */
  | 'binary'
  /** an encoding the decoder does not know */
  | 'encoding'
  /** text that holds no decision */
  | 'parse'
  /** a model file of the restoration missing or damaged */
  | 'model'
  /** writing an output failed */
  | 'output'
  /** a fault of cchc itself while converting (a crash, a worker that gave up) */
  | 'internal'
  /** a file the read stage cannot make text of (src/read/): why */
  | ReadErrorCode;

/** Why the read stage cannot make text of a file (a Word file, a PDF, a scan). */
export type ReadErrorCode =
  'encrypted' | 'corrupt' | 'no-pages' | 'no-text' | 'unsupported' | 'too-small' | 'empty' | 'missing-engine' | 'timeout' | 'zip-limits';

export interface CchcErrorOptions {
  code: CchcErrorCode;
  /** The file the error concerns (as the caller named it); null or absent when none. */
  path?: string | null;
  cause?: unknown;
}

export class CchcError extends Error {
  readonly code: CchcErrorCode;
  readonly path: string | null;
  /** The message without the file's name. */
  readonly reason: string;

  constructor(reason: string, options: CchcErrorOptions) {
    const path = options.path ?? null;
    super(path ? `${path}: ${reason}` : reason, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'CchcError';
    this.code = options.code;
    this.path = path;
    this.reason = reason;
  }
}

/** The message of anything thrown (an Error's message, else its text). */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The `code` of a Node system error (ENOENT, EACCES …), or undefined. */
export function systemCodeOf(error: unknown): string | undefined {
  if (!(error instanceof Error) || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}
