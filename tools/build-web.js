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
/** In the stamp beside the sources' hash: builds made before the mode was forced are built again. */
const MODE = 'production';

/** Resolves to true when it built, false when the last build is still current. */
export async function buildWeb({ force = false } = {}) {
  const hash = `${MODE} ${sourcesHash(inputs, (path) => path.endsWith('.spec.ts'))}`;
  if (!force && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === hash) return false;
  // Vite bundles React for whatever NODE_ENV says: under Jest (NODE_ENV=test) that was React's
  // development build, 900 kB of JavaScript doing its checks on every render, served to the
  // browser tests and to the bench's page case. The console ships one way.
  process.env.NODE_ENV = MODE;
  const { build } = await import('vite');
  const started = Date.now();
  await build({ configFile: join(root, 'apps', 'web', 'vite.config.ts'), mode: MODE });
  writeFileSync(stampFile, hash);
  process.stderr.write(`web console built into dist/web in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  return true;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildWeb({ force: process.argv.includes('--force') });
}
