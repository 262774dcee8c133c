import { readFile } from 'node:fs/promises';
import type { ImportMapping } from '#crm/import';
import { UsageError } from '../../framework/usage-error.js';

/** The --mapping file: missing or unparsable is bad usage (exit 2), named with the JSON error's position. */
export async function readMappingFile(path: string): Promise<ImportMapping> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new UsageError(`--mapping ${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    return JSON.parse(text) as ImportMapping;
  } catch (error) {
    throw new UsageError(`--mapping ${path}: is not JSON (${(error as Error).message})`);
  }
}
