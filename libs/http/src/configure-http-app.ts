import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { RequestContextInterceptor } from '#crm/telemetry';
import { errorResponseFor } from './error-response.js';
import { ErrorResponseFilter } from './error-response.filter.js';
import { setupOpenApi } from './openapi.js';
import { UndeclaredQueryInterceptor } from './undeclared-query.interceptor.js';
import { unstorableInputErrors } from './unstorable-input.js';
import { ValidationFailedError } from './validation-failed.error.js';
import { createValidationPipe } from './validation-pipe.js';
import { serveWebConsole } from './web-console.js';

/** What every HTTP app (and every HTTP test) shares; call before app.init(). */
export function configureHttpApp(app: NestFastifyApplication): NestFastifyApplication {
  const fastify = app.getHttpAdapter().getInstance() as FastifyInstance;
  // Every body of ours is JSON: Fastify's default text/plain parser would hand a string to the
  // DTOs, which then answer about fields instead of the real fault. Unparsed types answer 415.
  fastify.removeContentTypeParser('text/plain');
  refuseUnstorableInput(fastify);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalInterceptors(new UndeclaredQueryInterceptor());
  app.useGlobalFilters(new ErrorResponseFilter());
  app.useGlobalInterceptors(new RequestContextInterceptor());
  setupOpenApi(app);
  serveWebConsole(app);
  return app;
}

/**
 * Before any of Nest's pipeline: interceptors (Idempotency-Key hashing the body, the access log
 * recording the id) run before the validation pipe, so the check must come earlier still.
 */
function refuseUnstorableInput(fastify: FastifyInstance): void {
  fastify.addHook('preValidation', async (request: FastifyRequest, reply: FastifyReply) => {
    const errors = [
      ...unstorableInputErrors(request.params, ''),
      ...unstorableInputErrors(request.query, ''),
      ...unstorableInputErrors(request.body, ''),
    ];
    if (errors.length === 0) return;
    const { status, body } = errorResponseFor(new ValidationFailedError(errors))!;
    return reply.status(status).send(body);
  });
}
