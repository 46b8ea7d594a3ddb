// `cchc normalize` on its own: the program with only that command. Bundled as one CommonJS file
// (dist/bundle/normalize.cjs, see scripts/bundle-cli.ts), which bin/cchc.js runs when the first
// argument is `normalize`: Node loads one CommonJS file quicker than the ES module chunks of main.js.
// The command's code is imported after its restorer started reading the models (see main.ts).
import { processIo, type Io } from './io.js';
import { runProgram } from './program.js';
import { opened } from './restorer.js';

export function main(argv: string[], io: Io = processIo): Promise<number> {
  return runProgram(argv, io, {
    normalize: async (args, options, io) => {
      const restorer = opened();
      return (await import('./commands/normalize.js')).normalizeCommand(args, options, io, restorer);
    },
  });
}
