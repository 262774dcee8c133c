import type { RecordedEvent } from '#crm/event-store';

/** Who recorded an event, how it reached us and when it happened, from the envelope the command pipeline writes. */
export interface EventContext {
  occurredAt: Date;
  actorId: string | null;
  actorRole: string | null;
  channel: string | null;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/** Events appended without our envelope (imports of old logs, tests) fall back to their data and log time. */
export function eventContext(event: RecordedEvent): EventContext {
  const actor = (typeof event.metadata.actor === 'object' && event.metadata.actor !== null ? event.metadata.actor : {}) as Record<string, unknown>;
  const occurredAt = text(event.metadata.occurredAt) ?? text(event.data.occurredAt);
  return {
    occurredAt: occurredAt && !Number.isNaN(Date.parse(occurredAt)) ? new Date(occurredAt) : event.recordedAt,
    actorId: text(actor.id),
    actorRole: text(actor.role),
    channel: text(event.metadata.channel) ?? text(event.data.channel),
  };
}
