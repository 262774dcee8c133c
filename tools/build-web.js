// Builds the web console into dist/web with Vite, unless the sources have not changed since the
// last build: `npm start`, `npm run crm` and the browser tests all call it, and only the first
// after a change pays for the build.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { root, sourcesHash } from './sources-hash.js';

const outDir = join(root, 'dist', 'web');
const stampFile = join(outDir, '.sources-hash');
const inputs = ['apps/web', 'libs/api-client', 'libs/domain/src', 'package-lock.json'];

/** Resolves to true when it built, false when the last build is still current. */
export async function buildWeb({ force = false } = {}) {
  const hash = sourcesHash(inputs, (path) => path.endsWith('.spec.ts'));
  if (!force && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === hash) return false;
  const { build } = await import('vite');
  const started = Date.now();
  await build({ configFile: join(root, 'apps', 'web', 'vite.config.ts') });
  writeFileSync(stampFile, hash);
  process.stderr.write(`web console built into dist/web in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  return true;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildWeb({ force: process.argv.includes('--force') });
}
