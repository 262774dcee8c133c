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
      if (response.headers) void reply.headers(response.headers);
      void reply.status(response.status).send(response.body);
      return;
    }
    this.logger.error(`${request.method} ${request.routeOptions?.url ?? '(no route)'} failed: ${describeFailure(error)}`);
    void reply.status(INTERNAL_ERROR.status).send(INTERNAL_ERROR.body);
  }
}

/**
 * Logs never carry personal data: the line names the route's pattern (`/customers`, not
 * `/customers?q=<a name>`), never the body, and blanks quoted literals in the message, where
 * drivers put the values they refused (`invalid input syntax for type uuid: "ada@example.com"`).
 */
export function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return `a thrown ${typeof error}`;
  const { code } = error as Error & { code?: unknown };
  const codeText = typeof code === 'string' ? ` [${code}]` : '';
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  return [`${error.name}${codeText}: ${redactQuoted(error.message)}`, ...frames].join('\n');
}

function redactQuoted(message: string): string {
  return message.replace(/"[^"]*"|'[^']*'|`[^`]*`|\([^()]*\)=\([^()]*\)/g, '…');
}
