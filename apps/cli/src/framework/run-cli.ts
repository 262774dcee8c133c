import { parseArgs } from 'node:util';
import { loadConfig } from '#crm/config';
import type { CliCommand, CommandInput } from './cli-command.js';
import { createCliContext, type CliStreams } from './cli-context.js';
import { findCommand } from './find-command.js';
import { commandHelp, commandList } from './help.js';
import { UsageError } from './usage-error.js';

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

export interface CliIo extends CliStreams {
  env: Record<string, string | undefined>;
}

const HELP_WORDS = new Set(['--help', '-h', 'help']);

/** Runs one command line and returns the exit code; errors become one line on stderr, never a stack. */
export async function runCli(args: readonly string[], commands: readonly CliCommand[], io: CliIo): Promise<number> {
  if (args.length === 0 || HELP_WORDS.has(args[0]!)) {
    (args.length === 0 ? io.stderr : io.stdout).write(commandList(commands));
    return args.length === 0 ? EXIT_USAGE : EXIT_OK;
  }
  const found = findCommand(commands, args);
  if (found.kind === 'unknown') {
    return fail(io, 'crm', new UsageError(`unknown command "${found.words.join(' ')}"`), 'crm --help');
  }
  if (found.kind === 'group') {
    if (found.rest.some((arg) => HELP_WORDS.has(arg))) {
      io.stdout.write(commandList(commands, found.group));
      return EXIT_OK;
    }
    const subcommands = commands.filter((command) => command.path[0] === found.group).map((command) => command.path[1]);
    const message = found.rest[0] === undefined ? 'needs a subcommand' : `has no subcommand "${found.rest[0]}"`;
    return fail(io, `crm ${found.group}`, new UsageError(`${message}: ${subcommands.join(', ')}`), `crm ${found.group} --help`);
  }

  const { command, rest } = found;
  const name = `crm ${command.path.join(' ')}`;
  try {
    const input = parseInput(command, rest);
    if (input.values.help) {
      io.stdout.write(commandHelp(command));
      return EXIT_OK;
    }
    const context = createCliContext(io, loadConfig(io.env), input.values.json === true);
    await command.run(input, context);
    return EXIT_OK;
  } catch (error) {
    return fail(io, name, error, `${name} --help`);
  }
}

function parseInput(command: CliCommand, args: string[]): CommandInput {
  let parsed: CommandInput;
  try {
    parsed = parseArgs({
      args,
      options: { ...command.options, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    // Node's parse errors append advice on '--' that does not help here: keep the first sentence.
    throw new UsageError((error as Error).message.split('. ')[0]!.replace(/\.$/, ''));
  }
  if (parsed.values.help) return parsed;
  const expected = command.positionals ?? [];
  if (parsed.positionals.length < expected.length) {
    throw new UsageError(`missing ${expected.slice(parsed.positionals.length).join(' ')}`);
  }
  if (parsed.positionals.length > expected.length) {
    throw new UsageError(`unexpected argument "${parsed.positionals[expected.length]}"`);
  }
  return parsed;
}

function fail(io: CliIo, name: string, error: unknown, helpCommand: string): number {
  const message = error instanceof Error ? (error.message || error.name) : String(error);
  const line = message.split('\n')[0];
  if (error instanceof UsageError) {
    io.stderr.write(`${name}: ${line} (see '${helpCommand}')\n`);
    return EXIT_USAGE;
  }
  io.stderr.write(`${name}: ${line}\n`);
  return EXIT_FAILURE;
}
