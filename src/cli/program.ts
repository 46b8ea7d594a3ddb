// The command line as commander commands, built from the option data (options.ts) for the commands
// an entry point can run, each with its handler. Exit codes: 0 all converted, 1 some input failed,
// 2 wrong usage. Two entries use it: main.ts (every command) and normalize-main.ts (`cchc normalize`).
import { Command, CommanderError, Option } from 'commander';
import { COMMANDS, type CommandSpec } from './options.js';
import type { Io } from './io.js';
import { readRestorationModelsAhead } from '../model-files.js';

/** Runs one command with commander's arguments and options; resolves to its exit code. */
export type Handler = (args: unknown[], options: Record<string, unknown>, io: Io) => Promise<number>;
/** Handlers by command name; a command without one is left out of the program. */
export type Handlers = Partial<Record<string, Handler>>;

export function buildProgram(io: Io, setExit: (code: number) => void, handlers: Handlers): Command {
  const program = new Command('cchc')
    .description('Turn Vietnamese administrative-reform decisions into structured plans.')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  for (const spec of COMMANDS) {
    const handler = handlers[spec.name];
    if (handler) program.addCommand(buildCommand(spec, handler, io, setExit));
  }
  return program;
}

function buildCommand(spec: CommandSpec, handler: Handler, io: Io, setExit: (code: number) => void): Command {
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
    setExit(await handler(args, options, io));
  });
  return command;
}

/** Parses `argv` (without node and the script) and runs the command it names; resolves to the exit code. */
export async function runProgram(argv: string[], io: Io, handlers: Handlers): Promise<number> {
  // Before the command's code loads: a cold normalize or parse reads the models meanwhile
  // (model-files.ts; a parse of clean text that needs no restoration leaves them unread in memory).
  if (argv[0] === 'normalize' || argv[0] === 'parse') readRestorationModelsAhead();
  let code = 0;
  const program = buildProgram(io, (c) => (code = c), handlers);
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
