import { randomBytes } from 'node:crypto';
import { link, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

export type DevelopmentKeyFile = { text: string; path: string; created: boolean };

/**
 * The text of a development key kept in the data folder, made by `generate` on first use. The
 * file is readable by its owner only, written aside and linked into place: two processes starting
 * together agree on one file, and the one that loses the race never reads a half-written file.
 */
export async function developmentKeyFile(dataDir: string, name: string, generate: () => string): Promise<DevelopmentKeyFile> {
  const path = join(dataDir, name);
  await mkdir(dirname(path), { recursive: true });
  const draft = `${path}.${process.pid}.${randomBytes(4).toString('hex')}`;
  await writeFile(draft, generate(), { flag: 'wx', mode: 0o600 });
  let created = true;
  try {
    await link(draft, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    created = false;
  } finally {
    await rm(draft, { force: true });
  }
  return { text: await readFile(path, 'utf8'), path, created };
}

/** How the start announces a development key: every time, since the key lies beside the data. */
export function developmentKeyWarning(variable: string, what: string, key: string, id: string, file: DevelopmentKeyFile, advice: string): string {
  return `${variable} is not set: ${what} a DEVELOPMENT ${key} (id ${id}) ${file.created ? 'created now in' : 'read from'} ${file.path}. ${advice}`;
}
