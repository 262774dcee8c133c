import { randomUUID } from 'node:crypto';
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Actor } from '#crm/auth';
import type { CommandMetadata } from '#crm/domain';
import { correlationIdOf } from '#crm/telemetry';
import { nameBasedUuid } from '../envelope/name-based-uuid.js';
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

export const Write = createParamDecorator((_data: unknown, context: ExecutionContext): WriteContext => {
  const request = context.switchToHttp().getRequest<Request>();
  return {
    actor: request.actor ?? null,
    idempotencyKey: idempotencyKeyOf(request.headers),
    expectedRevision: expectedRevisionOf(request.headers),
    correlationId: correlationIdOf(request),
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
  if (!actor) throw unauthenticated('missing or invalid API key or session');
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

/**
 * The id of what a create request makes (a customer, a deal, a staff member). Seeded by the
 * request's scoped Idempotency-Key, a repeat whose first answer was lost names the same record,
 * whose stream then holds the first run's events for the pipeline to find, instead of creating a
 * second one; random without a key.
 */
export function createdId(write: WriteContext, kind: string): string {
  const { idempotencyKey } = handleOptions(write);
  return idempotencyKey === undefined ? randomUUID() : nameBasedUuid(`${kind}\n${idempotencyKey}`);
}
