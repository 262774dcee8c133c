import type { RecordedEvent } from '#crm/event-store';
import type { Insertable } from 'kysely';
import type { AuditEventTable } from './audit.tables.js';

type AuditedMetadata = {
  schemaVersion?: unknown;
  actor?: { id?: unknown; role?: unknown };
  channel?: unknown;
  occurredAt?: unknown;
};

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/**
 * The index row of an event, from its metadata only. The actor's display name is left out: for
 * a staff key it is a person's name, and the index must survive erasures untouched.
 */
export function auditRow(event: RecordedEvent): Insertable<AuditEventTable> {
  const metadata = event.metadata as AuditedMetadata;
  const occurredAt = text(metadata.occurredAt);
  return {
    event_id: event.id,
    commit_position: event.position.commit,
    prepare_position: event.position.prepare,
    stream_name: event.streamName,
    revision: event.revision,
    event_type: event.type,
    schema_version: typeof metadata.schemaVersion === 'number' ? metadata.schemaVersion : 1,
    actor_id: text(metadata.actor?.id),
    actor_role: text(metadata.actor?.role),
    channel: text(metadata.channel),
    occurred_at: occurredAt === null ? null : new Date(occurredAt),
    recorded_at: event.recordedAt,
  };
}
