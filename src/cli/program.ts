// The command line as commander commands, built from the option data (options.ts) for the commands
// an entry point can run, each with its handler. Exit codes: 0 all converted, 1 some input failed,
// 2 wrong usage. Two entries use it: main.ts (every command) and normalize-main.ts (`cchc normalize`).
// This file and the entries import nothing of the library: each command's module imports it (from
// src/index.ts) when the command runs, so `cchc --help` or a usage error loads none of it.
import { Command, CommanderError, Option } from 'commander';
import { COMMANDS, type CommandSpec } from './options.js';
import { forTerminal, type Io } from './io.js';

/**
 * Runs one command with commander's arguments and option values (unknowns, read and checked by the
 * command: read-options.ts); resolves to its exit code.
 */
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
    const options = command.opts();
    const args = params.slice(0, -2);
    try {
      setExit(await handler(args, options, io));
    } catch (error) {
      // A command's usage error (a bad option value): one line naming the command, exit 2.
      if (codeOf(error) !== 'usage') throw error;
      io.stderr(`cchc ${spec.name}: ${messageOf(error)}\n`);
      setExit(2);
    }
  });
  return command;
}

/** Parses `argv` (without node and the script) and runs the command it names; resolves to the exit code. */
export async function runProgram(argv: string[], io: Io, handlers: Handlers): Promise<number> {
  // Whatever a command says on standard error (file names, a document's words in diagnostics) reaches
  // the terminal with its control characters made visible.
  const shown: Io = { ...io, stderr: (text) => io.stderr(forTerminal(text)) };
  let code = 0;
  const program = buildProgram(shown, (c) => (code = c), handlers);
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end with code 0; usage errors are 2.
      return error.exitCode === 0 ? 0 : 2;
    }
    shown.stderr(`cchc: ${messageOf(error)}\n`);
    return codeOf(error) === 'usage' ? 2 : 1;
  }
  return code;
}

/** The `code` of a CchcError (duck-typed: this file does not load the library). */
function codeOf(error: unknown): unknown {
  return error instanceof Error && 'code' in error ? error.code : undefined;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
