import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ErrorResponseFilter } from './error-response.filter.js';
import { setupOpenApi } from './openapi.js';
import { createValidationPipe } from './validation-pipe.js';

/** What every HTTP app (and every HTTP test) shares; call before app.init(). */
export function configureHttpApp(app: NestFastifyApplication): NestFastifyApplication {
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ErrorResponseFilter());
  setupOpenApi(app);
  return app;
}
