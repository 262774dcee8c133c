import type { CliCommand } from './cli-command.js';

export type CommandLookup =
  | { kind: 'command'; command: CliCommand; rest: string[] }
  | { kind: 'group'; group: string; rest: string[] }
  | { kind: 'unknown'; words: string[] };

function startsWith(args: readonly string[], path: readonly string[]): boolean {
  return path.every((word, index) => args[index] === word);
}

/** The command named by the leading words of the arguments, the longest name winning. */
export function findCommand(commands: readonly CliCommand[], args: readonly string[]): CommandLookup {
  const matches = commands.filter((command) => startsWith(args, command.path));
  const command = matches.sort((a, b) => b.path.length - a.path.length)[0];
  if (command) return { kind: 'command', command, rest: args.slice(command.path.length) };
  if (commands.some((each) => each.path[0] === args[0] && each.path.length > 1)) {
    return { kind: 'group', group: args[0]!, rest: args.slice(1) };
  }
  return { kind: 'unknown', words: args.filter((arg) => !arg.startsWith('-')).slice(0, 2) };
}
