import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { setTimeout as delay } from 'node:timers/promises';
import { promisify } from 'node:util';
import { sourcesHash } from '../../tools/sources-hash.js';

const run = promisify(execFile);
const CLI = 'dist/apps/cli/src/main.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

// What tsconfig.build.json compiles, and what decides how it compiles.
const SERVER_INPUTS = ['apps', 'libs', 'projections', 'bench', 'tsconfig.json', 'tsconfig.build.json', 'package.json', 'package-lock.json'];
const STAMP = 'dist/.server-sources-hash';
const LOCK = 'dist/.server-build.lock';
/** A lock older than any build is one a killed run left behind. */
const STALE_LOCK_MS = 10 * 60_000;

const serverSourcesHash = () => sourcesHash(SERVER_INPUTS, (path) => path === 'apps/web' || /\.(int-|e2e-)?spec\.ts$/.test(path));
const built = (hash: string, entry: string) => existsSync(entry) && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === hash;

/**
 * Builds the apps so the e2e specs run `entry` as it ships: `node main.js`, not through Jest. A
 * dozen specs in parallel workers ask for it: the first builds (a directory made with mkdir is the
 * lock between workers), the others wait for it, and none builds again until a source changes.
 */
export async function buildApps(entry: string): Promise<void> {
  const hash = serverSourcesHash();
  mkdirSync('dist', { recursive: true });
  while (!built(hash, entry)) {
    try {
      mkdirSync(LOCK);
    } catch {
      const lock = statSync(LOCK, { throwIfNoEntry: false });
      if (lock && Date.now() - lock.mtimeMs > STALE_LOCK_MS) rmSync(LOCK, { recursive: true, force: true });
      else if (lock) await delay(500);
      continue;
    }
    try {
      if (built(hash, entry)) break;
      // Other people's work in progress may not typecheck; tsc still emits, and the entry must exist.
      await run('npx', ['tsc', '-p', 'tsconfig.build.json']).catch(() => undefined);
      if (!existsSync(entry)) throw new Error(`the build did not produce ${entry}`);
      writeFileSync(STAMP, hash);
    } finally {
      rmSync(LOCK, { recursive: true, force: true });
    }
  }
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
