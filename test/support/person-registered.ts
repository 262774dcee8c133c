import type { CustomerPersonal, CustomerRegistered } from '@crm/domain';

export interface PersonRegisteredOptions extends Partial<Pick<CustomerPersonal, 'name' | 'email' | 'phone'>> {
  source?: string;
  ownerId?: string | null;
}

/**
 * The CustomerRegistered event of a person with no organization and no attributes, as specs
 * write it: named Ada from a web form, without contact details or owner, unless told otherwise.
 */
export function personRegistered(customerId: string, occurredAt: string, options: PersonRegisteredOptions = {}): CustomerRegistered {
  const { source = 'web-form', ownerId = null, name = 'Ada', email = null, phone = null } = options;
  return {
    type: 'CustomerRegistered',
    data: {
      customerId,
      kind: 'person',
      organizationId: null,
      source,
      ownerId,
      attributes: {},
      occurredAt,
      personal: { name, email, phone, address: null, externalIds: [] },
    },
  };
}
