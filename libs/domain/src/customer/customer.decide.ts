import type { Decider } from '../shared/decider.js';
import { oneOfProblem, optional, textProblem, uuidProblem } from '../shared/field-checks.js';
import { customerStreamName } from '../shared/stream-names.js';
import { occurredAtOrNow, occurredAtProblem } from '../shared/time.js';
import { assertValid, type Check } from '../shared/validation.js';
import { attributeChecks, unsetKeyChecks } from './customer.attributes.js';
import type {
  AssignCustomerOwner,
  ChangeCustomerAttributes,
  ChangeCustomerDetails,
  CustomerCommand,
  EraseCustomer,
  GiveConsent,
  RegisterCustomer,
  WithdrawConsent,
} from './customer.commands.js';
import { detailChecks, normalizedPersonal } from './customer.details.js';
import { customerAlreadyRegistered, requireActiveCustomer, requireLiveCustomer } from './customer.errors.js';
import {
  consentChannels,
  customerKinds,
  legalBases,
  type AttributeValue,
  type ConsentGiven,
  type ConsentWithdrawn,
  type CustomerAttributesChanged,
  type CustomerDetailsChanged,
  type CustomerErased,
  type CustomerEvent,
  type CustomerOwnerAssigned,
  type CustomerPersonal,
  type CustomerRegistered,
} from './customer.events.js';
import { decideMerge } from './customer-merge.decide.js';
import { evolveCustomer, initialCustomerState, type CustomerState } from './customer.state.js';
import { decideTouch } from './touches/touch.decide.js';
import { decideTouchCorrection } from './corrections/correction.decide.js';

const required = (field: string, value: unknown): Check => [field, value === undefined ? 'is required' : null];

function organizationChecks(kind: string, organizationId: string | null | undefined, customerId: string): Check {
  if (organizationId === undefined || organizationId === null) return ['organizationId', null];
  if (kind === 'organization') return ['organizationId', 'is only for persons: an organization cannot belong to one'];
  return ['organizationId', organizationId.toLowerCase() === customerId.toLowerCase() ? 'cannot be the customer itself' : null];
}

/** A role is a person's place at their organization: it needs the organization it is held at. */
function roleCheck(role: string | null | undefined, organizationId: string | null): Check {
  return [
    'organizationRole',
    role === undefined || role === null || organizationId !== null ? null : 'is only for a person linked to an organization (organizationId)',
  ];
}

const trimmedOrNull = (text: string | null) => (text === null ? null : text.trim());

/**
 * The role after a change: the one given, else none when the person moves to another organization
 * or leaves theirs (a role was held at the organization it was given with), else unchanged.
 */
function roleAfter(given: string | null | undefined, organizationChanged: boolean, current: string | null): string | null {
  if (given !== undefined) return trimmedOrNull(given);
  return organizationChanged ? null : current;
}

export function registerCustomer({ data, metadata }: RegisterCustomer, state: CustomerState): CustomerRegistered[] {
  assertValid([
    ['customerId', uuidProblem(data.customerId)],
    ['kind', oneOfProblem(data.kind, customerKinds)],
    required('name', data.name),
    required('source', data.source),
    ...detailChecks(data),
    organizationChecks(data.kind, data.organizationId, data.customerId),
    roleCheck(data.organizationRole, data.organizationId ?? null),
    ['ownerId', optional(data.ownerId, uuidProblem)],
    ...attributeChecks('attributes', data.attributes),
    ['occurredAt', occurredAtProblem(data.occurredAt, metadata.now)],
  ]);
  if (state.status !== 'unknown') throw customerAlreadyRegistered(data.customerId);
  const personal: CustomerPersonal = {
    email: null,
    phone: null,
    address: null,
    externalIds: [],
    ...normalizedPersonal(data),
    name: data.name.trim(),
  };
  return [
    {
      type: 'CustomerRegistered',
      data: {
        customerId: data.customerId,
        kind: data.kind,
        organizationId: data.organizationId ?? null,
        // Left out when there is none, so registrations read as they did before roles existed.
        ...(data.organizationRole ? { organizationRole: data.organizationRole.trim() } : {}),
        source: data.source.trim(),
        ownerId: data.ownerId ?? null,
        attributes: data.attributes ?? {},
        occurredAt: occurredAtOrNow(data.occurredAt, metadata.now),
        personal,
      },
    },
  ];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Emits only what differs from the current record; nothing at all when nothing differs. */
export function changeCustomerDetails({ data }: ChangeCustomerDetails, state: CustomerState): CustomerDetailsChanged[] {
  const customer = requireActiveCustomer(state, data.customerId);
  const organizationId = data.organizationId === undefined ? customer.organizationId : data.organizationId;
  assertValid([
    ...detailChecks(data),
    organizationChecks(customer.kind, data.organizationId, data.customerId),
    roleCheck(data.organizationRole, organizationId),
  ]);
  const personal = Object.fromEntries(
    Object.entries(normalizedPersonal(data)).filter(([key, value]) => !same(value, customer.personal[key as keyof CustomerPersonal])),
  ) as Partial<CustomerPersonal>;
  const organizationChanged = organizationId !== customer.organizationId;
  const organizationRole = roleAfter(data.organizationRole, organizationChanged, customer.organizationRole);
  const roleChanged = organizationRole !== customer.organizationRole;
  const source = data.source?.trim();
  const sourceChanged = source !== undefined && source !== customer.source;
  if (Object.keys(personal).length === 0 && !organizationChanged && !roleChanged && !sourceChanged) return [];
  return [
    {
      type: 'CustomerDetailsChanged',
      data: {
        customerId: data.customerId,
        ...(organizationChanged ? { organizationId } : {}),
        ...(roleChanged ? { organizationRole } : {}),
        ...(sourceChanged ? { source } : {}),
        personal,
      },
    },
  ];
}

export function changeCustomerAttributes({ data }: ChangeCustomerAttributes, state: CustomerState): CustomerAttributesChanged[] {
  const customer = requireActiveCustomer(state, data.customerId);
  assertValid([...attributeChecks('set', data.set), ...unsetKeyChecks(data.unset, data.set)]);
  const set: Record<string, AttributeValue> = Object.fromEntries(Object.entries(data.set ?? {}).filter(([key, value]) => customer.attributes[key] !== value));
  const unset = [...new Set(data.unset ?? [])].filter((key) => Object.hasOwn(customer.attributes, key));
  if (Object.keys(set).length === 0 && unset.length === 0) return [];
  return [{ type: 'CustomerAttributesChanged', data: { customerId: data.customerId, set, unset } }];
}

export function assignCustomerOwner({ data }: AssignCustomerOwner, state: CustomerState): CustomerOwnerAssigned[] {
  const customer = requireActiveCustomer(state, data.customerId);
  assertValid([['ownerId', uuidProblem(data.ownerId)]]);
  if (customer.ownerId === data.ownerId) return [];
  const assigned = { customerId: data.customerId, ownerId: data.ownerId, previousOwnerId: customer.ownerId };
  return [{ type: 'CustomerOwnerAssigned', data: data.cause ? { ...assigned, cause: data.cause } : assigned }];
}

export function giveConsent({ data, metadata }: GiveConsent, state: CustomerState): ConsentGiven[] {
  requireActiveCustomer(state, data.customerId);
  assertValid([
    ['channel', oneOfProblem(data.channel, consentChannels)],
    ['legalBasis', oneOfProblem(data.legalBasis, legalBases)],
    ['source', textProblem(data.source, 100)],
    ['textVersion', data.legalBasis === 'consent' ? textProblem(data.textVersion, 50) : optional(data.textVersion, (version) => textProblem(version, 50))],
    ['occurredAt', occurredAtProblem(data.occurredAt, metadata.now)],
  ]);
  return [
    {
      type: 'ConsentGiven',
      data: {
        customerId: data.customerId,
        channel: data.channel,
        legalBasis: data.legalBasis,
        source: data.source.trim(),
        textVersion: data.textVersion?.trim() ?? null,
        occurredAt: occurredAtOrNow(data.occurredAt, metadata.now),
      },
    },
  ];
}

/** Recorded even when no consent was given: an objection to contact is a fact worth keeping. */
export function withdrawConsent({ data, metadata }: WithdrawConsent, state: CustomerState): ConsentWithdrawn[] {
  requireActiveCustomer(state, data.customerId);
  assertValid([
    ['channel', oneOfProblem(data.channel, consentChannels)],
    ['source', textProblem(data.source, 100)],
    ['occurredAt', occurredAtProblem(data.occurredAt, metadata.now)],
  ]);
  return [
    {
      type: 'ConsentWithdrawn',
      data: { customerId: data.customerId, channel: data.channel, source: data.source.trim(), occurredAt: occurredAtOrNow(data.occurredAt, metadata.now) },
    },
  ];
}

/** Erasing twice changes nothing: the second request finds the work done. A merged record is erased too. */
export function eraseCustomer({ data, metadata }: EraseCustomer, state: CustomerState): CustomerErased[] {
  if (state.status === 'erased') return [];
  requireLiveCustomer(state, data.customerId);
  return [{ type: 'CustomerErased', data: { customerId: data.customerId, occurredAt: metadata.now.toISOString() } }];
}

export function decideCustomer(command: CustomerCommand, state: CustomerState): CustomerEvent[] {
  switch (command.type) {
    case 'RegisterCustomer':
      return registerCustomer(command, state);
    case 'ChangeCustomerDetails':
      return changeCustomerDetails(command, state);
    case 'ChangeCustomerAttributes':
      return changeCustomerAttributes(command, state);
    case 'AssignCustomerOwner':
      return assignCustomerOwner(command, state);
    case 'GiveConsent':
      return giveConsent(command, state);
    case 'WithdrawConsent':
      return withdrawConsent(command, state);
    case 'EraseCustomer':
      return eraseCustomer(command, state);
    case 'VoidTouch':
    case 'CorrectTouch':
      return decideTouchCorrection(command, state);
    case 'MergeCustomer':
    case 'AbsorbCustomer':
    case 'UnmergeCustomer':
    case 'RestoreCustomer':
      return decideMerge(command, state);
    default:
      return decideTouch(command, state);
  }
}

export const customerDecider: Decider<CustomerCommand, CustomerEvent, CustomerState> = {
  streamName: (command) => customerStreamName(command.data.customerId),
  decide: decideCustomer,
  evolve: evolveCustomer,
  initialState: initialCustomerState,
};
