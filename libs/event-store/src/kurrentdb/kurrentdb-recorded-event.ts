import type { AllStreamResolvedEvent, ResolvedEvent } from '@kurrent/kurrentdb-client';
import type { JsonObject, RecordedEvent } from '../event-store.port.js';
import type { LogPosition } from '../log-position.js';
import { isSystemEventType } from './kurrentdb-filter.js';
import { isAfter, toLogPosition } from './kurrentdb-position.js';

type ClientEvent = NonNullable<ResolvedEvent['event'] | AllStreamResolvedEvent['event']>;

function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array);
}

export function toRecordedEvent(event: ClientEvent): RecordedEvent {
  const where = `event ${event.id} (${event.streamId}@${event.revision})`;
  if (!event.position) {
    throw new UnreadableKurrentEventError(where, 'position', 'the server sent none: KurrentDB or EventStoreDB 22.6+ is required');
  }
  if (!event.isJson || !isJsonObject(event.data)) {
    throw new UnreadableKurrentEventError(where, 'data', 'it is not a JSON object');
  }
  const metadata = event.metadata ?? {};
  if (!isJsonObject(metadata)) {
    throw new UnreadableKurrentEventError(where, 'metadata', 'it is not a JSON object');
  }
  return {
    id: event.id,
    streamName: event.streamId,
    type: event.type,
    revision: BigInt(event.revision),
    position: toLogPosition(event.position),
    data: event.data,
    metadata,
    recordedAt: event.created,
  };
}

/** The CRM event a read of $all delivers, if any: system events and the checkpoint itself are left out. */
export function toEventAfter(resolved: AllStreamResolvedEvent, after: LogPosition | undefined): RecordedEvent | undefined {
  if (!resolved.event || isSystemEventType(resolved.event.type)) return undefined;
  const recorded = toRecordedEvent(resolved.event);
  return isAfter(recorded.position, after) ? recorded : undefined;
}

/** An event in the log that this CRM did not write and cannot read (binary, or from a too-old server). */
export class UnreadableKurrentEventError extends Error {
  readonly code = 'UNREADABLE_EVENT';
  constructor(readonly where: string, readonly field: 'position' | 'data' | 'metadata', reason: string) {
    super(`kurrentdb ${where}: cannot read its ${field}: ${reason}`);
  }
}
