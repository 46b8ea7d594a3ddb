// `cchc normalize` on its own: the program with only that command. Bundled as one CommonJS file
// (dist/bundle/normalize.cjs, see scripts/bundle-cli.ts), which bin/cchc.js runs when the first
// argument is `normalize`: Node loads one CommonJS file quicker than the ES module chunks of
// main.js, and the command is held to a 400 ms cold start.
import { processIo, type Io } from './io.js';
import { runProgram, type Handler } from './program.js';
import type { NormalizeCommandOptions } from './commands/normalize.js';

/**
 * The normalize command, imported when it runs (main.ts uses it too): the models are then read
 * ahead (runProgram) while the restoration's modules are set up, not after.
 */
export const normalizeHandler: Handler = async (args, options, io) =>
  (await import('./commands/normalize.js')).normalizeCommand(args[0] as string, options as unknown as NormalizeCommandOptions, io);

export function main(argv: string[], io: Io = processIo): Promise<number> {
  return runProgram(argv, io, { normalize: normalizeHandler });
}
