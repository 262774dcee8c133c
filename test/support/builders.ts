import type { CallLogged, CustomerEvent, CustomerPersonal, CustomerRegistered, NoteAdded, PostalAddress, PurchaseLine, PurchaseRecorded } from '#crm/domain';

/**
 * Test data builders: a spec names only what its assertion depends on, and every event written
 * here is the shape the domain defines, so a change to an event type is made once.
 *
 *   aCustomer(id).named('Ada').from('import').registeredAt(iso(0)).withPurchase({ at: iso(3), amount: 4250 }).events()
 *
 * Unless told otherwise a customer is a person named Ada from a web form, without contact details,
 * address, organization or owner.
 */
export const aCustomer = (customerId: string): CustomerBuilder => new CustomerBuilder(customerId);

export type PurchaseOptions = {
  at: string;
  amount: number;
  currency?: string;
  cost?: number | null;
  orderId?: string | null;
  lines?: PurchaseLine[];
  channel?: 'store' | 'web';
};
export type CallOptions = { at: string; direction?: CallLogged['data']['direction']; outcome?: CallLogged['data']['outcome']; durationSeconds?: number };

/** One touch on its own, for a customer registered elsewhere in the spec. */
export function aPurchase(
  customerId: string,
  { at, amount, currency = 'EUR', cost = null, orderId = null, lines = [], channel = 'store' }: PurchaseOptions,
): PurchaseRecorded {
  return { type: 'PurchaseRecorded', data: { customerId, occurredAt: at, channel, orderId, lines, amount, cost, currency } };
}

export function aCall(customerId: string, { at, direction = 'outbound', outcome = 'reached', durationSeconds = 120 }: CallOptions): CallLogged {
  return { type: 'CallLogged', data: { customerId, occurredAt: at, channel: 'phone', direction, durationSeconds, outcome } };
}

export function aNote(customerId: string, at: string, text: string): NoteAdded {
  return { type: 'NoteAdded', data: { customerId, occurredAt: at, channel: 'internal', personal: { text } } };
}

export class CustomerBuilder {
  private readonly registration: CustomerRegistered['data'];
  private readonly touches: CustomerEvent[] = [];

  constructor(customerId: string) {
    this.registration = {
      customerId,
      kind: 'person',
      organizationId: null,
      source: 'web-form',
      ownerId: null,
      attributes: {},
      occurredAt: '2025-01-01T00:00:00.000Z',
      personal: { name: 'Ada', email: null, phone: null, address: null, externalIds: [] },
    };
  }

  named(name: string): this {
    return this.withPersonal({ name });
  }

  withPersonal(personal: Partial<CustomerPersonal>): this {
    Object.assign(this.registration.personal, personal);
    return this;
  }

  livingAt(address: Partial<PostalAddress> & Pick<PostalAddress, 'city' | 'country'>): this {
    return this.withPersonal({ address: { line1: 'x', line2: null, postalCode: null, region: null, ...address } });
  }

  from(source: string): this {
    this.registration.source = source;
    return this;
  }

  ownedBy(ownerId: string | null): this {
    this.registration.ownerId = ownerId;
    return this;
  }

  inOrganization(organizationId: string | null): this {
    this.registration.organizationId = organizationId;
    return this;
  }

  registeredAt(occurredAt: string): this {
    this.registration.occurredAt = occurredAt;
    return this;
  }

  withPurchase(options: PurchaseOptions): this {
    this.touches.push(aPurchase(this.id, options));
    return this;
  }

  withCall(options: CallOptions): this {
    this.touches.push(aCall(this.id, options));
    return this;
  }

  withNote(at: string, text: string): this {
    this.touches.push(aNote(this.id, at, text));
    return this;
  }

  get id(): string {
    return this.registration.customerId;
  }

  /** The CustomerRegistered event alone. */
  registered(): CustomerRegistered {
    return { type: 'CustomerRegistered', data: { ...this.registration, personal: { ...this.registration.personal } } };
  }

  /** The registration, then each touch in the order it was added. */
  events(): CustomerEvent[] {
    return [this.registered(), ...this.touches];
  }
}
