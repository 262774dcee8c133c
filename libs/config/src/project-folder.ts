import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder holding the CRM's package.json: where `npm start` runs. A relative CRM_DATA_DIR is
 * resolved from here, not from the working directory, so the CLI run from any folder finds the
 * app's data folder (its embedded PostgreSQL and development keys) instead of making a new one.
 */
export function projectFolder(from: string = dirname(fileURLToPath(import.meta.url))): string {
  for (let folder = from; ; folder = dirname(folder)) {
    if (existsSync(join(folder, 'package.json'))) return folder;
    if (dirname(folder) === folder) return process.cwd();
  }
}
