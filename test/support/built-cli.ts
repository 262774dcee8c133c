import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';

const run = promisify(execFile);
const CLI = 'dist/apps/cli/src/main.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Builds the apps so the e2e specs run `entry` as it ships: `node main.js`, not through Jest. */
export async function buildApps(entry: string): Promise<void> {
  // Other people's work in progress may not typecheck; tsc still emits, and the entry must exist.
  await run('npx', ['tsc', '-p', 'tsconfig.build.json']).catch(() => undefined);
  if (!existsSync(entry)) throw new Error(`the build did not produce ${entry}`);
}

export const buildCli = (): Promise<void> => buildApps(CLI);

/** Runs the built CLI with only PATH and `env` in its environment; a non-zero exit is a result, not a throw. */
export function runBuiltCli(args: string[], env: Record<string, string>): Promise<CliResult> {
  return runBuilt(CLI, args, env);
}

/** Runs a built entry (the CLI, or an app that is expected to stop by itself) as runBuiltCli does. */
export async function runBuilt(entry: string, args: string[], env: Record<string, string>): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run('node', [entry, ...args], {
      env: { PATH: process.env.PATH, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as CliResult;
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}
