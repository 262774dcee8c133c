import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply } from 'fastify';

const ASSETS: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'application/javascript; charset=utf-8',
};

/** swagger-ui-dist comes with @nestjs/swagger; resolve it from there rather than rely on hoisting. */
function assetsFolder(): string {
  const fromSwagger = createRequire(createRequire(import.meta.url).resolve('@nestjs/swagger'));
  return dirname(fromSwagger.resolve('swagger-ui-dist/package.json'));
}

function page(path: string, documentUrl: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>CRM API</title><link rel="stylesheet" href="${path}/swagger-ui.css"></head>
<body><div id="swagger-ui"></div>
<script src="${path}/swagger-ui-bundle.js"></script>
<script>window.ui = SwaggerUIBundle({ url: '${documentUrl}', dom_id: '#swagger-ui' });</script>
</body>
</html>`;
}

export function serveSwaggerUi(app: NestFastifyApplication, path: string, documentUrl: string): void {
  const http = app.getHttpAdapter();
  const folder = assetsFolder();
  const html = page(path, documentUrl);
  http.get(path, (_request: unknown, reply: FastifyReply) => reply.type('text/html; charset=utf-8').send(html));
  for (const [asset, type] of Object.entries(ASSETS)) {
    http.get(`${path}/${asset}`, async (_request: unknown, reply: FastifyReply) =>
      reply.type(type).send(await readFile(join(folder, asset))),
    );
  }
}
