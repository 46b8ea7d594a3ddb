// Options read at the boundary: commander hands a command its arguments and option values as
// unknowns; these check each one and give it its type (from the option data's choices), so a
// command works with typed values and no cast. A value that does not fit is a usage error (exit 2).
import { CchcError, knownEncoding } from '../index.js';

/** A usage error: the command line is wrong (exit 2). */
export function usageError(message: string): CchcError {
  return new CchcError(message, { code: 'usage' });
}

/** One of `choices` (commander checked it already; a value that is not one is a usage error). */
export function oneOf<T extends string>(value: unknown, choices: readonly T[], flag: string): T {
  const found = choices.find((choice) => choice === value);
  if (found === undefined) throw usageError(`${flag} must be one of ${choices.join(', ')}, not "${String(value)}"`);
  return found;
}

/** A string option that may be absent. */
export function optionalText(value: unknown, flag: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw usageError(`${flag} needs a value`);
  return value;
}

/** A switch. */
export function flag(value: unknown): boolean {
  return value === true;
}

/** A forced input encoding, as given once it is known to the decoder; else a usage error. */
export function encodingOption(value: unknown): string | undefined {
  const name = optionalText(value, '--encoding');
  if (name === undefined) return undefined;
  try {
    knownEncoding(name);
    return name;
  } catch (error) {
    throw new CchcError(
      `--encoding: unknown encoding "${name}" (known: utf-8, utf-16le, utf-16be, tcvn, vni, viscii, windows-1258, and the names iconv-lite knows)`,
      { code: 'usage', cause: error },
    );
  }
}

/** A command's one argument (`<file>`). */
export function oneArgument(args: readonly unknown[]): string {
  const first = args[0];
  if (typeof first !== 'string') throw usageError('missing argument');
  return first;
}

/** A command's variadic argument (`<file...>`). */
export function argumentList(args: readonly unknown[]): string[] {
  const first = args[0];
  if (!Array.isArray(first)) throw usageError('missing argument');
  return first.map((item) => String(item));
}
