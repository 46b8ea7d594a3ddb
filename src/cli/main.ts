// The command line, every command (bin/cchc.js runs it bundled, dist/bundle/main.js; `cchc normalize`
// alone runs from normalize-main.ts). Each command is loaded when it runs: `cchc parse` should not
// pay for exceljs, mammoth, the worker pool or the report renderer at start-up.
import { processIo, type Io } from './io.js';
import { runProgram, type Handlers } from './program.js';
import type { ParseCommandOptions } from './commands/parse.js';
import type { BatchCommandOptions } from './commands/batch.js';
import { normalizeHandler } from './normalize-main.js';
import type { ReportCommandOptions } from './commands/report.js';
import type { MergeCommandOptions } from './commands/merge.js';

const HANDLERS: Handlers = {
  batch: async (args, options, io) =>
    (await import('./commands/batch.js')).batchCommand(args[0] as string[], options as unknown as BatchCommandOptions, io),
  parse: async (args, options, io) =>
    (await import('./commands/parse.js')).parseCommand(args[0] as string[], options as unknown as ParseCommandOptions, io),
  merge: async (args, options, io) =>
    (await import('./commands/merge.js')).mergeCommand(args[0] as string[], options as unknown as MergeCommandOptions, io),
  schema: async (_args, _options, io) => (await import('./commands/schema.js')).schemaCommand(io),
  doctor: async (_args, _options, io) => (await import('./commands/doctor.js')).doctorCommand(io),
  normalize: normalizeHandler,
  report: async (args, options, io) =>
    (await import('./commands/report.js')).reportCommand(args[0] as string, options as unknown as ReportCommandOptions, io),
};

export function main(argv: string[], io: Io = processIo): Promise<number> {
  return runProgram(argv, io, HANDLERS);
}
