// `cchc normalize` on its own: the program with only that command. Bundled as one CommonJS file
// (dist/bundle/normalize.cjs, see scripts/bundle-cli.ts), which bin/cchc.js runs when the first
// argument is `normalize`: Node loads one CommonJS file quicker than the ES module chunks of main.js.
// The command is imported statically here (the file holds nothing else), which lets the bundler
// keep only what normalize uses of the library; main.ts imports it when it runs.
import { processIo, type Io } from './io.js';
import { runProgram } from './program.js';
import { normalizeCommand } from './commands/normalize.js';

export function main(argv: string[], io: Io = processIo): Promise<number> {
  return runProgram(argv, io, { normalize: normalizeCommand });
}
