import { RuleViolation, ValidationError } from '../shared/errors.js';
import { deciderSpec } from '../testing/given.js';
import { customerId, customerRegistered, metadata, nowIso } from '../testing/fixtures.js';
import { recordsMergedInto } from './customer-merge.decide.js';
import { customerDecider } from './customer.decide.js';
import type { CustomerCommand } from './customer.commands.js';
import type { CustomerEvent } from './customer.events.js';
import { evolveCustomer, initialCustomerState } from './customer.state.js';

const given = deciderSpec(customerDecider);
const otherId = '6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d';
const thirdId = '1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e';

const command = <T extends CustomerCommand['type']>(type: T, data: object) =>
  ({ type, data: { customerId, ...data }, metadata }) as Extract<CustomerCommand, { type: T }>;
const merged = (absorbedId = otherId): CustomerEvent => ({ type: 'CustomerMerged', data: { customerId, absorbedId, occurredAt: nowIso } });
const absorbed = (survivorId = otherId): CustomerEvent => ({ type: 'CustomerAbsorbed', data: { customerId, survivorId, occurredAt: nowIso } });
const unmerged = (absorbedId = otherId): CustomerEvent => ({ type: 'CustomerUnmerged', data: { customerId, absorbedId, occurredAt: nowIso } });
const restored = (survivorId = otherId): CustomerEvent => ({ type: 'CustomerRestored', data: { customerId, survivorId, occurredAt: nowIso } });

describe('MergeCustomer (the survivor’s stream)', () => {
  it('takes another record’s history once; a second merge of it changes nothing', () => {
    given([customerRegistered])
      .when(command('MergeCustomer', { from: otherId }))
      .then([merged()]);
    given([customerRegistered, merged()])
      .when(command('MergeCustomer', { from: otherId }))
      .then([]);
  });

  it('refuses the customer itself, a malformed id, and a survivor that was itself merged away', () => {
    given([customerRegistered])
      .when(command('MergeCustomer', { from: customerId }))
      .thenThrows(ValidationError, { errors: [{ field: 'from', reason: 'cannot be the customer itself' }] });
    given([customerRegistered])
      .when(command('MergeCustomer', { from: 'x' }))
      .thenThrows(ValidationError);
    given([customerRegistered, absorbed(thirdId)])
      .when(command('MergeCustomer', { from: otherId }))
      .thenThrows(RuleViolation, { rule: 'customer-merged', survivorId: thirdId });
  });
});

describe('AbsorbCustomer (the absorbed record’s stream)', () => {
  it('points the record at its survivor; the same merge again changes nothing', () => {
    given([customerRegistered])
      .when(command('AbsorbCustomer', { into: otherId }))
      .then([absorbed()]);
    given([customerRegistered, absorbed()])
      .when(command('AbsorbCustomer', { into: otherId }))
      .then([]);
  });

  it('refuses a record merged elsewhere, or one holding merged records (merges do not chain)', () => {
    given([customerRegistered, absorbed(thirdId)])
      .when(command('AbsorbCustomer', { into: otherId }))
      .thenThrows(RuleViolation, { rule: 'customer-merged' });
    given([customerRegistered, merged(thirdId)])
      .when(command('AbsorbCustomer', { into: otherId }))
      .thenThrows(RuleViolation, { rule: 'customer-has-merged-records' });
  });

  it('leaves nothing else to record on the absorbed record: touches go to the survivor', () => {
    given([customerRegistered, absorbed()])
      .when(command('AddNote', { text: 'hello', channel: 'phone' }))
      .thenThrows(RuleViolation, { rule: 'customer-merged', survivorId: otherId });
  });
});

describe('UnmergeCustomer and RestoreCustomer', () => {
  it('give the history back and stand the record alone again', () => {
    given([customerRegistered, merged()])
      .when(command('UnmergeCustomer', { from: otherId }))
      .then([unmerged()]);
    given([customerRegistered, absorbed()])
      .when(command('RestoreCustomer', { from: otherId }))
      .then([restored()]);
  });

  it('refuse a record that was not merged here; restoring one standing alone changes nothing', () => {
    given([customerRegistered])
      .when(command('UnmergeCustomer', { from: otherId }))
      .thenThrows(RuleViolation, { rule: 'customer-not-merged' });
    given([customerRegistered, absorbed(thirdId)])
      .when(command('RestoreCustomer', { from: otherId }))
      .thenThrows(RuleViolation, { rule: 'customer-not-merged' });
    given([customerRegistered])
      .when(command('RestoreCustomer', { from: otherId }))
      .then([]);
  });

  it('fold back to the state of never having merged', () => {
    const fold = (events: CustomerEvent[]) => events.reduce(evolveCustomer, initialCustomerState);
    expect(fold([customerRegistered, merged(), unmerged()])).toEqual(fold([customerRegistered]));
    expect(fold([customerRegistered, absorbed(), restored()])).toEqual(fold([customerRegistered]));
    expect(fold([customerRegistered, merged(), merged(thirdId), unmerged()])).toMatchObject({ absorbed: [thirdId] });
  });
});

describe('recordsMergedInto', () => {
  it('names the records merged and not given back, also once the survivor is erased', () => {
    const erased: CustomerEvent = { type: 'CustomerErased', data: { customerId, occurredAt: nowIso } };
    expect(recordsMergedInto([customerRegistered, merged(), merged(thirdId), unmerged(), erased])).toEqual([thirdId]);
    expect(recordsMergedInto([customerRegistered, merged(), unmerged(), merged()])).toEqual([otherId]);
    expect(recordsMergedInto([customerRegistered, absorbed()])).toEqual([]);
  });
});
