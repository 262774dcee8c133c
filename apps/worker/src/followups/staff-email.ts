import { readCurrentEvents, type EventCodec } from '#crm/commands';
import { staffStreamName } from '#crm/domain';
import type { EventStore } from '#crm/event-store';

/**
 * A staff member's email as their own stream says, decoded; null when unknown or erased (their
 * personal data then reads as a marker, not an object). Read from the log, not the staff read
 * model, so a job never mails an address the projector has not caught up with.
 */
export async function staffEmail(store: EventStore, codec: EventCodec, staffId: string): Promise<string | null> {
  for await (const event of readCurrentEvents(store, codec, staffStreamName(staffId))) {
    if (event.type !== 'StaffRegistered') continue;
    const personal = event.data.personal as { email?: unknown } | string | null;
    return typeof personal === 'object' && personal !== null && typeof personal.email === 'string' ? personal.email : null;
  }
  return null;
}
