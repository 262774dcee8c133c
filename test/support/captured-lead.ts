import { customerStreamName } from '#crm/domain';
import { formatPosition, type EventStore } from '#crm/event-store';

export type CapturedLead = { customerId: string; eventId: string; position: string };

/**
 * POST /leads answers only the customer id (the same for a new, known or erased email), so a
 * test that waits for the lead's jobs or projections reads its event from the customer's stream.
 */
export async function capturedLead(eventStore: EventStore, customerId: string): Promise<CapturedLead> {
  let last: CapturedLead | undefined;
  for await (const event of eventStore.readStream(customerStreamName(customerId))) {
    if (event.type === 'LeadCaptured') last = { customerId, eventId: event.id, position: formatPosition(event.position) };
  }
  if (!last) throw new Error(`no LeadCaptured in the stream of customer ${customerId}`);
  return last;
}
