import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** The API keeps the root paths (/customers, /segments...); the console's own paths start here. */
export const CONSOLE_PATH = '/app';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
};

/** dist/web of the checkout this file runs from (src under Jest, dist/ when built). */
export function consoleBuildFolder(): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(folder, 'package.json')) && dirname(folder) !== folder) folder = dirname(folder);
  return join(folder, 'dist', 'web');
}

/**
 * The console's files under /app/, and its index.html for every other /app path so a deep link
 * (/app/customers/42/history?asOf=...) opens the right screen. Hashed assets are cached for good;
 * index.html never, so a new build is picked up on the next load.
 */
export function serveWebConsole(app: NestFastifyApplication, folder = consoleBuildFolder()): void {
  const http = app.getHttpAdapter();
  const index = join(folder, 'index.html');
  const missing = `The web console is not built (no ${index}): run npm run build.`;

  http.get('/', (_request: unknown, reply: FastifyReply) => reply.redirect(`${CONSOLE_PATH}/`, 302));
  const serve = async (request: FastifyRequest, reply: FastifyReply) => {
    const path = decodeURIComponent(request.url.split('?')[0]).slice(CONSOLE_PATH.length);
    const file = normalize(join(folder, path));
    const isAsset = file.startsWith(folder + sep) && extname(file) !== '' && existsSync(file);
    if (isAsset) {
      return reply
        .type(TYPES[extname(file)] ?? 'application/octet-stream')
        .header('cache-control', path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache')
        .send(await readFile(file));
    }
    if (extname(path) !== '' && path.startsWith('/assets/')) return reply.status(404).send({ statusCode: 404, message: `no console file ${path}` });
    if (!existsSync(index)) return reply.status(503).type('text/plain; charset=utf-8').send(missing);
    return reply.type(TYPES['.html']).header('cache-control', 'no-cache').send(await readFile(index));
  };
  http.get(CONSOLE_PATH, serve);
  http.get(`${CONSOLE_PATH}/*`, serve);
}
