import type { CliCommand } from './cli-command.js';

const GLOBAL_FLAGS = ['  --json   machine-readable output on stdout', '  --help   this help'];

function name(command: CliCommand): string {
  return `crm ${command.path.join(' ')}`;
}

export function commandHelp(command: CliCommand): string {
  return [`Usage: ${name(command)} ${command.usage}`.trimEnd(), '', command.summary, ...(command.details ?? []), '', ...GLOBAL_FLAGS, ''].join('\n');
}

/** The list of commands, all of them or those under a group such as `keys`. */
export function commandList(commands: readonly CliCommand[], group?: string): string {
  const shown = group ? commands.filter((command) => command.path[0] === group) : commands;
  const width = Math.max(...shown.map((command) => name(command).length));
  return [
    `Usage: crm ${group ?? '<command>'} ... [--json] [--help]`,
    '',
    'Commands:',
    ...shown.map((command) => `  ${name(command).padEnd(width)}  ${command.summary}`),
    '',
    `Run 'crm <command> --help' for a command's flags.`,
    '',
  ].join('\n');
}
