import { currentSchemaVersion, occurredAtOf, type DomainEvent } from '#crm/domain';
import type { RecordedEvent } from '#crm/event-store';

export const operator = { id: '0b6e2a4e-5d8f-4c1a-9a7e-1f2d3c4b5a69', role: 'operator' };

/**
 * Domain events as the log would hand them to a projection, with the envelope the command
 * pipeline writes, at positions that grow with each event and a recorded time the test chooses.
 */
export class TestLog {
  private next = 1n;

  /** `id`: the event's own, when later events name it (a void, a correction); else one made from its position. */
  record(event: DomainEvent, recordedAt: Date, actor: { id: string; role: string } = operator, id?: string): RecordedEvent {
    const position = this.next++;
    const data = event.data as Record<string, unknown>;
    return {
      id: id ?? `00000000-0000-4000-8000-${position.toString().padStart(12, '0')}`,
      streamName: streamOf(data),
      type: event.type,
      revision: 0n,
      position: { commit: position, prepare: position },
      data,
      metadata: {
        schemaVersion: currentSchemaVersion(event.type),
        occurredAt: occurredAtOf(event) ?? recordedAt.toISOString(),
        actor,
        channel: typeof data.channel === 'string' ? data.channel : null,
      },
      recordedAt,
    };
  }
}

/** The stream the pipeline would have written the event to: a customer's, a staff member's, the routing rules' or a segment's. */
function streamOf(data: Record<string, unknown>): string {
  if (typeof data.customerId === 'string') return `customer-${data.customerId}`;
  if (typeof data.routingId === 'string') return `routing-${data.routingId}`;
  if (typeof data.staffId === 'string') return `staff-${data.staffId}`;
  return `segment-${String(data.segmentId)}`;
}
