import { pathToFileURL } from 'node:url';
import { resolve as resolvePath, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = resolvePath(dirname(fileURLToPath(import.meta.url)), '..', 'dist');

export async function resolve(specifier, context, nextResolve) {
  if (specifier === '@crm/projections') {
    return nextResolve(pathToFileURL(resolvePath(dist, 'projections', 'index.js')).href, context);
  }
  if (specifier.startsWith('@crm/')) {
    const lib = specifier.slice('@crm/'.length);
    return nextResolve(pathToFileURL(resolvePath(dist, 'libs', lib, 'src', 'index.js')).href, context);
  }
  return nextResolve(specifier, context);
}
