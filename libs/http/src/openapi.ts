import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { SECURITY_SCHEMES, SESSION_COOKIE } from '#crm/auth';
import { documentErrors } from './openapi-errors.js';
import { serveSwaggerUi } from './swagger-ui.js';

export const OPENAPI_PATH = '/docs';

/**
 * The document at /docs-json (built on first request, not at start) and Swagger UI at /docs. It is
 * the contract: libs/api-client is generated from it, and a test keeps the two equal.
 */
export function setupOpenApi(app: NestFastifyApplication): void {
  const description = new DocumentBuilder()
    .setTitle('CRM API')
    .setDescription(
      'Event-sourced CRM: every customer touch an immutable event, every screen a projection.\n\n' +
        'Read-your-writes: read models follow the log a moment behind. Send a write’s `position` as the header ' +
        '`X-Crm-Min-Position` on any GET and the answer reflects that write (or is a 503 naming the projection still behind it).',
    )
    .setVersion('0.1.0')
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'An API key: `Authorization: Bearer crm_…`' }, SECURITY_SCHEMES.bearer)
    .addApiKey({ type: 'apiKey', in: 'header', name: 'X-Api-Key', description: 'An API key in its own header' }, SECURITY_SCHEMES.header)
    .addCookieAuth(SESSION_COOKIE, { type: 'apiKey', in: 'cookie', description: 'The session of a signed-in user (POST /auth/sign-in)' }, SECURITY_SCHEMES.cookie)
    .build();
  // Nest's own UI serving loads @fastify/static, which cannot load under Jest on Node 20 (it
  // requires an ES module); serving the two assets ourselves keeps tests and production alike.
  SwaggerModule.setup(OPENAPI_PATH, app, () => documentErrors(SwaggerModule.createDocument(app, description)), { ui: false });
  serveSwaggerUi(app, OPENAPI_PATH, `${OPENAPI_PATH}-json`);
}
