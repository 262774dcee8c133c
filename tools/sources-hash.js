// One fingerprint of a build's inputs, so a build runs only after they changed: the web console's
// (tools/build-web.js) and the server's that the e2e specs run as it ships (test/support/built-cli.ts).
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));

function filesUnder(path, skip) {
  const full = join(root, path);
  if (!statSync(full).isDirectory()) return [full];
  return readdirSync(full, { withFileTypes: true })
    .filter((entry) => entry.name !== 'node_modules' && !skip(join(path, entry.name)))
    .flatMap((entry) => filesUnder(join(path, entry.name), skip));
}

/** sha256 over the names and contents of every file under `inputs` (paths from the root) that `skip` keeps. */
export function sourcesHash(inputs, skip = () => false) {
  const hash = createHash('sha256');
  for (const file of inputs.flatMap((input) => filesUnder(input, skip)).sort()) hash.update(relative(root, file)).update('\0').update(readFileSync(file));
  return hash.digest('hex');
}
