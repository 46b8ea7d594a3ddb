// The command line: builds commander commands from the option data and hands
// the collected options to the library. Exit codes: 0 all converted, 1 some
// input failed, 2 wrong usage.
import { Command, CommanderError, Option } from 'commander';
import { COMMANDS, type CommandSpec } from './options.js';
import { processIo, type Io } from './io.js';
import { readRestorationModelsAhead } from '../model-files.js';
import type { ParseCommandOptions } from './commands/parse.js';
import type { BatchCommandOptions } from './commands/batch.js';
import type { NormalizeCommandOptions } from './commands/normalize.js';
import type { ReportCommandOptions } from './commands/report.js';
import type { MergeCommandOptions } from './commands/merge.js';

type Handler = (args: unknown[], options: Record<string, unknown>, io: Io) => Promise<number>;

// Each command is loaded when it runs: `cchc parse` should not pay for exceljs,
// mammoth, the worker pool or the report renderer at start-up.
const HANDLERS: Record<string, Handler> = {
  batch: async (args, options, io) =>
    (await import('./commands/batch.js')).batchCommand(args[0] as string[], options as unknown as BatchCommandOptions, io),
  parse: async (args, options, io) =>
    (await import('./commands/parse.js')).parseCommand(args[0] as string[], options as unknown as ParseCommandOptions, io),
  merge: async (args, options, io) =>
    (await import('./commands/merge.js')).mergeCommand(args[0] as string[], options as unknown as MergeCommandOptions, io),
  schema: async (_args, _options, io) => (await import('./commands/schema.js')).schemaCommand(io),
  normalize: async (args, options, io) =>
    (await import('./commands/normalize.js')).normalizeCommand(args[0] as string, options as unknown as NormalizeCommandOptions, io),
  report: async (args, options, io) =>
    (await import('./commands/report.js')).reportCommand(args[0] as string, options as unknown as ReportCommandOptions, io),
};

export function buildProgram(io: Io, setExit: (code: number) => void): Command {
  const program = new Command('cchc')
    .description('Turn Vietnamese administrative-reform decisions into structured plans.')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  for (const spec of COMMANDS) program.addCommand(buildCommand(spec, io, setExit));
  return program;
}

function buildCommand(spec: CommandSpec, io: Io, setExit: (code: number) => void): Command {
  const command = new Command(spec.name)
    .description(spec.summary)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  if (spec.args) command.arguments(spec.args);
  for (const o of spec.options) {
    const option = new Option(o.flags, o.description);
    if (o.default !== undefined) option.default(o.default);
    if (o.choices) option.choices([...o.choices]);
    command.addOption(option);
  }
  command.action(async (...params: unknown[]) => {
    const options = (params[params.length - 2] ?? {}) as Record<string, unknown>;
    const args = params.slice(0, -2);
    setExit(await HANDLERS[spec.name]!(args, options, io));
  });
  return command;
}

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  // Before the command's code loads: a cold normalize or parse reads the models meanwhile
  // (model-files.ts; a parse of clean text that needs no restoration leaves them unread in memory).
  if (argv[0] === 'normalize' || argv[0] === 'parse') readRestorationModelsAhead();
  let code = 0;
  const program = buildProgram(io, (c) => (code = c));
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end with code 0; usage errors are 2.
      return error.exitCode === 0 ? 0 : 2;
    }
    io.stderr(`cchc: ${(error as Error).message}\n`);
    return 1;
  }
  return code;
}
