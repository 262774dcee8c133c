import { NotFoundError, RuleViolation, ValidationError } from '../shared/errors.js';
import { deciderSpec } from '../testing/given.js';
import { customerId, customerRegistered, metadata, minutesFromNow, nowIso, organizationId, otherStaffId, staffId } from '../testing/fixtures.js';
import { customerDecider } from './customer.decide.js';
import type { RegisterCustomer } from './customer.commands.js';
import type { CustomerErased } from './customer.events.js';

const given = deciderSpec(customerDecider);

const register = (data: Partial<RegisterCustomer['data']> = {}): RegisterCustomer => ({
  type: 'RegisterCustomer',
  data: { customerId, kind: 'person', name: ' Ada Lovelace ', email: 'Ada@Example.ORG', source: 'web-form', ...data },
  metadata,
});

const erased: CustomerErased = { type: 'CustomerErased', data: { customerId, occurredAt: nowIso } };

describe('RegisterCustomer', () => {
  it('registers a person with normalised details, personal data inside `personal`', () => {
    given([])
      .when(
        register({
          phone: '+44 (20) 7946-0958',
          address: { line1: '1 High St', city: 'London', country: 'gb' },
          externalIds: [{ system: 'shop', value: 'C-42' }],
          organizationId,
          ownerId: staffId,
          attributes: { income: 'high', age: 36, newsletter: true },
        }),
      )
      .then([
        {
          type: 'CustomerRegistered',
          data: {
            customerId,
            kind: 'person',
            organizationId,
            source: 'web-form',
            ownerId: staffId,
            attributes: { income: 'high', age: 36, newsletter: true },
            occurredAt: nowIso,
            personal: {
              name: 'Ada Lovelace',
              email: 'Ada@example.org',
              phone: '+442079460958',
              address: { line1: '1 High St', line2: null, city: 'London', postalCode: null, region: null, country: 'GB' },
              externalIds: [{ system: 'shop', value: 'C-42' }],
            },
          },
        },
      ]);
  });

  it('keeps a back-filled registration time', () => {
    const [event] = customerDecider.decide(register({ occurredAt: '2019-05-01T08:00:00+02:00' }), customerDecider.initialState);
    expect(event.data).toMatchObject({ occurredAt: '2019-05-01T06:00:00.000Z' });
  });

  it('refuses to register a customer twice', () => {
    given([customerRegistered]).when(register()).thenThrows(RuleViolation, { rule: 'customer-already-registered', code: 'RULE_VIOLATED' });
  });

  it('refuses a malformed email, naming the field', () => {
    given([]).when(register({ email: 'ada-at-example' })).thenThrows(ValidationError, {
      code: 'VALIDATION',
      errors: [{ field: 'email', reason: 'must be an email address such as name@example.org' }],
    });
  });

  it('reports every bad field at once', () => {
    given([])
      .when(register({ name: '', phone: '12', address: { line1: 'x', city: 'y', country: 'XX' }, attributes: { '1bad': 1 } }))
      .thenThrows(ValidationError, {
        errors: [
          { field: 'name', reason: expect.any(String) },
          { field: 'phone', reason: expect.stringContaining('E.164') },
          { field: 'address.country', reason: expect.stringContaining('ISO 3166-1') },
          { field: 'attributes.1bad', reason: expect.stringContaining('key') },
        ],
      });
  });

  it('refuses an organization that belongs to an organization', () => {
    given([]).when(register({ kind: 'organization', organizationId })).thenThrows(ValidationError, {
      errors: [{ field: 'organizationId', reason: expect.stringContaining('only for persons') }],
    });
  });

  it('records a contact\'s role at the organization on the link', () => {
    const [event] = customerDecider.decide(register({ organizationId, organizationRole: ' Head of purchasing ' }), customerDecider.initialState);
    expect(event.data).toMatchObject({ organizationId, organizationRole: 'Head of purchasing' });
  });

  it('refuses a role without an organization', () => {
    given([]).when(register({ organizationRole: 'CFO' })).thenThrows(ValidationError, {
      errors: [{ field: 'organizationRole', reason: expect.stringContaining('linked to an organization') }],
    });
  });

  it('refuses a registration in the future beyond the clock skew', () => {
    given([]).when(register({ occurredAt: minutesFromNow(6) })).thenThrows(ValidationError, {
      errors: [{ field: 'occurredAt', reason: 'must not be more than 5 minutes in the future' }],
    });
  });

  it('refuses an id that is not a UUID', () => {
    given([]).when(register({ customerId: 'customer-1' })).thenThrows(ValidationError, { errors: [{ field: 'customerId' }] });
  });
});

describe('ChangeCustomerDetails', () => {
  it('records only the fields that changed', () => {
    given([customerRegistered])
      .when({
        type: 'ChangeCustomerDetails',
        data: { customerId, name: 'Ada Lovelace', email: 'ada.king@example.org', phone: null, source: 'web-form', organizationId },
        metadata,
      })
      .then([
        {
          type: 'CustomerDetailsChanged',
          data: { customerId, organizationId, personal: { email: 'ada.king@example.org', phone: null } },
        },
      ]);
  });

  it('changes the role alone, at the organization the person already belongs to', () => {
    const linked = { ...customerRegistered, data: { ...customerRegistered.data, organizationId, organizationRole: 'CFO' } };
    given([linked])
      .when({ type: 'ChangeCustomerDetails', data: { customerId, organizationRole: 'CEO' }, metadata })
      .then([{ type: 'CustomerDetailsChanged', data: { customerId, organizationRole: 'CEO', personal: {} } }]);
  });

  it('drops the role when the person leaves the organization it was held at', () => {
    const linked = { ...customerRegistered, data: { ...customerRegistered.data, organizationId, organizationRole: 'CFO' } };
    given([linked])
      .when({ type: 'ChangeCustomerDetails', data: { customerId, organizationId: null }, metadata })
      .then([{ type: 'CustomerDetailsChanged', data: { customerId, organizationId: null, organizationRole: null, personal: {} } }]);
  });

  it('refuses a role for a person with no organization', () => {
    given([customerRegistered])
      .when({ type: 'ChangeCustomerDetails', data: { customerId, organizationRole: 'CFO' }, metadata })
      .thenThrows(ValidationError, { errors: [{ field: 'organizationRole' }] });
  });

  it('records nothing when nothing changed', () => {
    given([customerRegistered])
      .when({ type: 'ChangeCustomerDetails', data: { customerId, name: 'Ada Lovelace', email: 'ada@EXAMPLE.org' }, metadata })
      .then([]);
  });

  it('refuses a customer that does not exist', () => {
    given([]).when({ type: 'ChangeCustomerDetails', data: { customerId, name: 'X' }, metadata }).thenThrows(NotFoundError, { code: 'NOT_FOUND' });
  });

  it('refuses an erased customer', () => {
    given([customerRegistered, erased])
      .when({ type: 'ChangeCustomerDetails', data: { customerId, name: 'X' }, metadata })
      .thenThrows(RuleViolation, { rule: 'customer-erased' });
  });
});

describe('ChangeCustomerAttributes', () => {
  it('sets changed values and unsets present keys only', () => {
    given([customerRegistered])
      .when({ type: 'ChangeCustomerAttributes', data: { customerId, set: { children: 2 }, unset: ['segment', 'unknown'] }, metadata })
      .then([{ type: 'CustomerAttributesChanged', data: { customerId, set: { children: 2 }, unset: ['segment'] } }]);
  });

  it('records nothing when every value is already so', () => {
    given([customerRegistered])
      .when({ type: 'ChangeCustomerAttributes', data: { customerId, set: { segment: 'student' }, unset: ['unknown'] }, metadata })
      .then([]);
  });

  it('refuses a key both set and unset', () => {
    given([customerRegistered])
      .when({ type: 'ChangeCustomerAttributes', data: { customerId, set: { segment: 'adult' }, unset: ['segment'] }, metadata })
      .thenThrows(ValidationError, { errors: [{ field: 'unset[0]', reason: 'cannot be both set and unset' }] });
  });

  it('refuses values that are neither text, number nor boolean', () => {
    given([customerRegistered])
      .when({ type: 'ChangeCustomerAttributes', data: { customerId, set: { score: Number.NaN, tags: ['a'] as never } }, metadata })
      .thenThrows(ValidationError, {
        errors: [
          { field: 'set.score', reason: 'must be a finite number' },
          { field: 'set.tags', reason: 'must be text, a number or true/false' },
        ],
      });
  });
});

describe('AssignCustomerOwner', () => {
  it('records the new and the previous owner', () => {
    given([customerRegistered])
      .when({ type: 'AssignCustomerOwner', data: { customerId, ownerId: otherStaffId }, metadata })
      .then([{ type: 'CustomerOwnerAssigned', data: { customerId, ownerId: otherStaffId, previousOwnerId: staffId } }]);
  });

  it('records nothing when the owner is already in charge', () => {
    given([customerRegistered]).when({ type: 'AssignCustomerOwner', data: { customerId, ownerId: staffId }, metadata }).then([]);
  });

  it('carries the cause the CRM gives when it assigns an owner itself', () => {
    const cause = { kind: 'round-robin' as const, leadEventId: '0d9e8f7a-6b5c-4d3e-8f2a-1b0c9d8e7f6a' };
    given([customerRegistered])
      .when({ type: 'AssignCustomerOwner', data: { customerId, ownerId: otherStaffId, cause }, metadata })
      .then([{ type: 'CustomerOwnerAssigned', data: { customerId, ownerId: otherStaffId, previousOwnerId: staffId, cause } }]);
  });
});

describe('consent', () => {
  it('records consent with its legal basis, source and text version', () => {
    given([customerRegistered])
      .when({
        type: 'GiveConsent',
        data: { customerId, channel: 'email', legalBasis: 'consent', source: 'web-form', textVersion: 'newsletter-v3', occurredAt: '2025-02-01T00:00:00Z' },
        metadata,
      })
      .then([
        {
          type: 'ConsentGiven',
          data: { customerId, channel: 'email', legalBasis: 'consent', source: 'web-form', textVersion: 'newsletter-v3', occurredAt: '2025-02-01T00:00:00.000Z' },
        },
      ]);
  });

  it('requires the text version when the basis is consent', () => {
    given([customerRegistered])
      .when({ type: 'GiveConsent', data: { customerId, channel: 'sms', legalBasis: 'consent', source: 'store' }, metadata })
      .thenThrows(ValidationError, { errors: [{ field: 'textVersion' }] });
  });

  it('refuses an unknown channel or legal basis', () => {
    given([customerRegistered])
      .when({ type: 'GiveConsent', data: { customerId, channel: 'fax' as never, legalBasis: 'whim' as never, source: 'store' }, metadata })
      .thenThrows(ValidationError, {
        errors: [
          { field: 'channel', reason: 'must be one of: email, phone, sms, post' },
          { field: 'legalBasis', reason: expect.stringContaining('legitimate-interest') },
        ],
      });
  });

  it('records a withdrawal at now by default', () => {
    given([customerRegistered])
      .when({ type: 'WithdrawConsent', data: { customerId, channel: 'phone', source: 'call' }, metadata })
      .then([{ type: 'ConsentWithdrawn', data: { customerId, channel: 'phone', source: 'call', occurredAt: nowIso } }]);
  });
});

describe('EraseCustomer', () => {
  it('records an erasure that holds no personal data', () => {
    given([customerRegistered]).when({ type: 'EraseCustomer', data: { customerId }, metadata }).then([erased]);
  });

  it('erases only once', () => {
    given([customerRegistered, erased]).when({ type: 'EraseCustomer', data: { customerId }, metadata }).then([]);
  });

  it('refuses to erase a customer that does not exist', () => {
    given([]).when({ type: 'EraseCustomer', data: { customerId }, metadata }).thenThrows(NotFoundError, { entity: 'customer', id: customerId });
  });
});

describe('the customer decider', () => {
  it('names the stream after the customer', () => {
    expect(customerDecider.streamName(register())).toBe(`customer-${customerId}`);
  });

  it('refuses a command type it does not handle', () => {
    given([customerRegistered])
      .when({ type: 'Teleport', data: { customerId }, metadata } as never)
      .thenThrows(ValidationError, { errors: [{ field: 'type' }] });
  });
});
