import { Catch, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { errorResponseFor, INTERNAL_ERROR } from './error-response.js';

/** Every error leaves as `{ statusCode, message, ... }`; an unexpected one as a bare 500, logged here. */
@Catch()
export class ErrorResponseFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const response = errorResponseFor(error);
    if (response) {
      void reply.status(response.status).send(response.body);
      return;
    }
    // Method and URL only: request bodies may carry personal data.
    this.logger.error(`${request.method} ${request.url} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    void reply.status(INTERNAL_ERROR.status).send(INTERNAL_ERROR.body);
  }
}
