import type { CustomerRegistered } from '../customer/customer.events.js';
import type { CommandMetadata } from '../shared/decider.js';

export const now = new Date('2025-03-01T10:00:00.000Z');
export const nowIso = now.toISOString();
export const staffId = '0b6e2a4e-5d8f-4c1a-9a7e-1f2d3c4b5a69';
export const otherStaffId = '7d4c1e2f-3a5b-4c6d-8e9f-0a1b2c3d4e5f';
export const customerId = '3f1c9a7e-2b4d-4e6f-8a0b-1c2d3e4f5a6b';
export const organizationId = '9e8d7c6b-5a49-4837-a625-14f3e2d1c0b9';
export const opportunityId = 'c1d2e3f4-a5b6-4c7d-8e9f-a0b1c2d3e4f5';

export const metadata: CommandMetadata = { now, actor: { id: staffId, role: 'operator' }, correlationId: 'corr-1' };

/** An instant `minutes` away from `now` (negative: in the past), in the form events store. */
export const minutesFromNow = (minutes: number) => new Date(now.getTime() + minutes * 60_000).toISOString();

export const customerRegistered: CustomerRegistered = {
  type: 'CustomerRegistered',
  data: {
    customerId,
    kind: 'person',
    organizationId: null,
    source: 'web-form',
    ownerId: staffId,
    attributes: { segment: 'student' },
    occurredAt: '2024-01-10T09:00:00.000Z',
    personal: {
      name: 'Ada Lovelace',
      email: 'ada@example.org',
      phone: '+441234567890',
      address: null,
      externalIds: [],
    },
  },
};
