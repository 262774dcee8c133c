import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ApiKeyService } from './api-key.service.js';

export const BOOTSTRAP_KEY_FILE = 'bootstrap-admin-key.txt';

export type BootstrapKeyOutput = {
  /** Whether stdout is a person's terminal (process.stdout.isTTY), not a file or a log collector. */
  terminal: boolean;
  write: (text: string) => unknown;
  /** Where the key goes when there is no terminal (CRM_DATA_DIR). */
  dataDir: string;
  /** One line for the log: names the file, never the key. */
  log: (line: string) => unknown;
};

const defaultOutput = (dataDir: string): BootstrapKeyOutput => ({
  terminal: process.stdout.isTTY === true,
  write: (text) => process.stdout.write(text),
  dataDir,
  log: (line) => process.stdout.write(`${line}\n`),
});

/**
 * Creates the first admin key on an empty database and hands it over, once. On a terminal it is
 * printed straight to it, not through the logger. Without one (a service manager, a container,
 * output piped to a file) stdout ends up in kept and shipped logs, which must never hold a key: the
 * key goes to a file only this user can read, and the log names the file.
 * Returns where the key went, or null when a key existed already.
 */
export async function printBootstrapAdminKey(
  keys: Pick<ApiKeyService, 'ensureBootstrapAdminKey'>,
  output: BootstrapKeyOutput | string,
): Promise<'terminal' | string | null> {
  const { terminal, write, dataDir, log } = typeof output === 'string' ? defaultOutput(output) : output;
  const created = await keys.ensureBootstrapAdminKey();
  if (!created) return null;
  if (terminal) {
    write(
      [
        '',
        'No API key existed, so an admin key was created. It is shown this once; store it now:',
        '',
        `  ${created.key}`,
        '',
        'Use it as "Authorization: Bearer <key>". More keys: npm run crm -- keys create --help',
        '',
      ].join('\n'),
    );
    return 'terminal';
  }
  await mkdir(dataDir, { recursive: true });
  const file = join(dataDir, BOOTSTRAP_KEY_FILE);
  await writeFile(file, `${created.key}\n`, { mode: 0o600 });
  log(`No API key existed, so an admin key was created and written to ${file} (readable by this user only): store it, then delete the file.`);
  return file;
}
