import { occurredAtOf } from '@crm/domain';
import type { RecordedEvent } from '@crm/event-store';

/**
 * Business time of an event: its own `occurredAt`, else the one the pipeline wrote into the
 * metadata (staff events carry none in their data), else the log time.
 */
export function eventTime(event: RecordedEvent): Date {
  const fromMetadata = event.metadata.occurredAt;
  const instant = occurredAtOf(event) ?? (typeof fromMetadata === 'string' ? fromMetadata : null);
  return instant === null ? event.recordedAt : new Date(instant);
}
