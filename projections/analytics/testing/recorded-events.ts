import { randomUUID } from 'node:crypto';
import type { JsonObject, RecordedEvent } from '#crm/event-store';

/**
 * Builds events as the log hands them to projections, with positions in log order, so
 * projections can be tested without appending (the int-specs that append use the real store).
 */
export class EventLog {
  private position = 0n;
  readonly events: RecordedEvent[] = [];

  add(streamName: string, type: string, data: JsonObject, occurredAt: string): RecordedEvent {
    this.position += 1n;
    const event: RecordedEvent = {
      id: randomUUID(),
      streamName,
      type,
      revision: 0n,
      position: { commit: this.position, prepare: this.position },
      data,
      metadata: { occurredAt },
      recordedAt: new Date(occurredAt),
    };
    this.events.push(event);
    return event;
  }

  customer(customerId: string, occurredAt: string, extra: JsonObject = {}): RecordedEvent {
    return this.add(`customer-${customerId}`, 'CustomerRegistered', {
      customerId,
      kind: 'person',
      organizationId: null,
      source: 'test',
      ownerId: null,
      attributes: {},
      occurredAt,
      personal: { name: 'encrypted elsewhere' },
      ...extra,
    }, occurredAt);
  }

  touch(type: string, customerId: string, occurredAt: string, data: JsonObject = {}): RecordedEvent {
    return this.add(`customer-${customerId}`, type, { customerId, occurredAt, channel: 'phone', ...data }, occurredAt);
  }

  purchase(customerId: string, occurredAt: string, amount: number, extra: JsonObject = {}): RecordedEvent {
    return this.touch('PurchaseRecorded', customerId, occurredAt, { orderId: randomUUID(), lines: [], amount, cost: null, currency: 'GBP', ...extra });
  }

  staff(staffId: string, occurredAt: string, managerId: string | null, region: string | null, name?: string): RecordedEvent {
    const personal = name === undefined ? {} : { name, email: null };
    return this.add(`staff-${staffId}`, 'StaffRegistered', { staffId, title: 'sales', managerId, region, active: true, personal }, occurredAt);
  }

  deal(type: string, opportunityId: string, customerId: string, occurredAt: string, extra: JsonObject = {}): RecordedEvent {
    return this.add(`opportunity-${opportunityId}`, type, { opportunityId, customerId, occurredAt, ...extra }, occurredAt);
  }
}
