import type { ParseArgsConfig } from 'node:util';
import type { CliContext } from './cli-context.js';

export type CliOptions = NonNullable<ParseArgsConfig['options']>;

export interface CommandInput {
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  positionals: string[];
}

/** One `crm` command; it lives in its own folder and is listed in commands/commands.ts. */
export interface CliCommand {
  /** The words that name it: ['keys', 'create'] is `crm keys create`. */
  path: readonly string[];
  summary: string;
  /** Flags and arguments after the command's name, as shown in help: '--role ROLE --name NAME'. */
  usage: string;
  /** Extra help lines: what each flag means, examples. */
  details?: readonly string[];
  /** `--json` and `--help` are added to every command. */
  options?: CliOptions;
  /** Names of the positional arguments, all required. */
  positionals?: readonly string[];
  run(input: CommandInput, context: CliContext): Promise<void>;
}
