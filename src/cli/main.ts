// The command line, every command (bin/cchc.js runs it bundled, dist/bundle/main.js; `cchc normalize`
// alone runs from normalize-main.ts). Each command is loaded when it runs: `cchc parse` should not
// pay for exceljs, the worker pool or the report renderer at start-up. The commands that restore
// open their restorer (restorer.ts); its model files are read when a text first needs them.
import { processIo, type Io } from './io.js';
import { runProgram, type Handlers } from './program.js';
import { opened } from './restorer.js';

const HANDLERS: Handlers = {
  batch: async (args, options, io) => (await import('./commands/batch.js')).batchCommand(args, options, io),
  parse: async (args, options, io) => {
    const restorer = opened();
    return (await import('./commands/parse.js')).parseCommand(args, options, io, restorer);
  },
  merge: async (args, options, io) => (await import('./commands/merge.js')).mergeCommand(args, options, io),
  schema: async (_args, _options, io) => (await import('./commands/schema.js')).schemaCommand(io),
  doctor: async (_args, _options, io) => (await import('./commands/doctor.js')).doctorCommand(io),
  normalize: async (args, options, io) => {
    const restorer = opened();
    return (await import('./commands/normalize.js')).normalizeCommand(args, options, io, restorer);
  },
  report: async (args, options, io) => {
    const restorer = opened();
    return (await import('./commands/report.js')).reportCommand(args, options, io, restorer);
  },
};

export function main(argv: string[], io: Io = processIo): Promise<number> {
  return runProgram(argv, io, HANDLERS);
}
