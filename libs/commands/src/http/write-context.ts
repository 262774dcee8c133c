import { randomUUID } from 'node:crypto';
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Actor } from '#crm/auth';
import type { CommandMetadata } from '#crm/domain';
import type { HandleOptions } from '../pipeline/command-result.js';
import { PUBLIC_KEY_SCOPE } from './idempotency.interceptor.js';
import { expectedRevisionOf, idempotencyKeyOf } from './write-headers.js';
import { unauthenticated } from '#crm/http';

/** Everything about a write that comes from the request rather than its body. */
export type WriteContext = {
  /** From the API key; null on public routes. Never from the body. */
  actor: Actor | null;
  idempotencyKey?: string;
  expectedRevision?: bigint;
  correlationId: string;
  now: Date;
};

type Request = { headers: Record<string, string | string[] | undefined>; actor?: Actor };

const CORRELATION_ID = /^[\x21-\x7e]{1,100}$/;

export const Write = createParamDecorator((_data: unknown, context: ExecutionContext): WriteContext => {
  const request = context.switchToHttp().getRequest<Request>();
  const correlationHeader = request.headers['x-correlation-id'];
  return {
    actor: request.actor ?? null,
    idempotencyKey: idempotencyKeyOf(request.headers),
    expectedRevision: expectedRevisionOf(request.headers),
    correlationId: typeof correlationHeader === 'string' && CORRELATION_ID.test(correlationHeader) ? correlationHeader : randomUUID(),
    now: new Date(),
  };
});

/** The machine actor of writes that arrive without an API key (the public web form). */
export const webFormActor: CommandMetadata['actor'] = { id: 'web-form', role: 'system' };

/**
 * Only a public route names the actor that stands in for a missing key; anywhere else a write
 * without one is refused, so a route the guard does not cover can never record an anonymous fact.
 */
export function commandMetadata(write: WriteContext, anonymous?: CommandMetadata['actor']): CommandMetadata {
  const actor = write.actor ? { id: write.actor.id, role: write.actor.role } : anonymous;
  if (!actor) throw unauthenticated('missing or invalid API key');
  return { now: write.now, actor, correlationId: write.correlationId };
}

export function handleOptions(write: WriteContext, options: Pick<HandleOptions, 'channel'> = {}): HandleOptions {
  return {
    ...options,
    expectedRevision: write.expectedRevision,
    // Scoped like the stored answers, so two clients' equal keys seed different event ids.
    idempotencyKey: write.idempotencyKey && `${write.actor?.keyId ?? PUBLIC_KEY_SCOPE}:${write.idempotencyKey}`,
    actorName: write.actor?.name,
  };
}
