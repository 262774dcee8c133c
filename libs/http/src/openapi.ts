import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { serveSwaggerUi } from './swagger-ui.js';

export const OPENAPI_PATH = '/docs';

/** The document at /docs-json (built on first request, not at start) and Swagger UI at /docs. */
export function setupOpenApi(app: NestFastifyApplication): void {
  const description = new DocumentBuilder()
    .setTitle('CRM API')
    .setDescription('Event-sourced CRM: every customer touch an immutable event, every screen a projection.')
    .setVersion('0.1.0')
    .build();
  // Nest's own UI serving loads @fastify/static, which cannot load under Jest on Node 20 (it
  // requires an ES module); serving the two assets ourselves keeps tests and production alike.
  SwaggerModule.setup(OPENAPI_PATH, app, () => SwaggerModule.createDocument(app, description), { ui: false });
  serveSwaggerUi(app, OPENAPI_PATH, `${OPENAPI_PATH}-json`);
}
