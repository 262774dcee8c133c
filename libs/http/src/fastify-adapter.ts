import { FastifyAdapter } from '@nestjs/platform-fastify';

/** Larger bodies are refused with 413 before they are parsed. */
export const BODY_LIMIT_BYTES = 1024 * 1024;

export function createFastifyAdapter(): FastifyAdapter {
  return new FastifyAdapter({ bodyLimit: BODY_LIMIT_BYTES });
}
