/**
 * Personal data lives in `data.personal` (see shared/personal-data.ts): the crypto layer encrypts
 * that object with the customer's key. Marketing attributes, owner and source stay outside it.
 */
import type { DomainEvent } from '../shared/decider.js';
import type { WithPersonal } from '../shared/personal-data.js';
import type { TouchEvent } from './touches/touch.events.js';
import type { TouchCorrectionEvent } from './corrections/correction.events.js';

export const customerKinds = ['person', 'organization'] as const;
export type CustomerKind = (typeof customerKinds)[number];

export const consentChannels = ['email', 'phone', 'sms', 'post'] as const;
export type ConsentChannel = (typeof consentChannels)[number];

/** The lawful bases of GDPR article 6; `consent` needs the version of the text agreed to. */
export const legalBases = ['consent', 'contract', 'legal-obligation', 'vital-interests', 'public-task', 'legitimate-interest'] as const;
export type LegalBasis = (typeof legalBases)[number];

export type PostalAddress = {
  line1: string;
  line2: string | null;
  city: string;
  postalCode: string | null;
  region: string | null;
  /** ISO 3166-1 alpha-2, upper case. */
  country: string;
};

export type ExternalId = { system: string; value: string };

export type AttributeValue = string | number | boolean;

export type CustomerPersonal = {
  name: string;
  email: string | null;
  phone: string | null;
  address: PostalAddress | null;
  externalIds: ExternalId[];
};

export type CustomerRegistered = DomainEvent<
  'CustomerRegistered',
  {
    customerId: string;
    kind: CustomerKind;
    organizationId: string | null;
    /** The person's role at the organization ("Head of purchasing"); absent when none was given. */
    organizationRole?: string | null;
    source: string;
    ownerId: string | null;
    attributes: Record<string, AttributeValue>;
    occurredAt: string;
  } & WithPersonal<CustomerPersonal>
>;

/** Only the fields that changed are present; `personal` is empty when no personal field changed. */
export type CustomerDetailsChanged = DomainEvent<
  'CustomerDetailsChanged',
  { customerId: string; organizationId?: string | null; organizationRole?: string | null; source?: string } & WithPersonal<Partial<CustomerPersonal>>
>;

export type CustomerAttributesChanged = DomainEvent<'CustomerAttributesChanged', { customerId: string; set: Record<string, AttributeValue>; unset: string[] }>;

/**
 * Why the CRM itself gave a customer an owner: the routing rule that took the lead, the
 * round-robin when none did, or a follow-up left untouched past its reassignment deadline.
 * A person assigning an owner by hand gives no cause.
 */
export type OwnerAssignmentCause =
  | { kind: 'assignment-rule'; leadEventId: string; ruleId: string; ruleName: string }
  | { kind: 'round-robin'; leadEventId: string }
  | { kind: 'follow-up-overdue'; leadCapturedAt: string; reassignAt: string };

export type CustomerOwnerAssigned = DomainEvent<
  'CustomerOwnerAssigned',
  { customerId: string; ownerId: string; previousOwnerId: string | null; cause?: OwnerAssignmentCause }
>;

export type ConsentGiven = DomainEvent<
  'ConsentGiven',
  {
    customerId: string;
    channel: ConsentChannel;
    legalBasis: LegalBasis;
    source: string;
    textVersion: string | null;
    occurredAt: string;
  }
>;

export type ConsentWithdrawn = DomainEvent<'ConsentWithdrawn', { customerId: string; channel: ConsentChannel; source: string; occurredAt: string }>;

/** Holds no personal data: it must stay readable after the customer's key is destroyed. */
export type CustomerErased = DomainEvent<'CustomerErased', { customerId: string; occurredAt: string }>;

/**
 * A merge is two facts, one on each stream: the survivor took the absorbed record's history
 * (CustomerMerged), the absorbed record now points at the survivor (CustomerAbsorbed). An unmerge
 * is two more, so both streams say when they were one customer and when they parted.
 */
export type CustomerMerged = DomainEvent<'CustomerMerged', { customerId: string; absorbedId: string; occurredAt: string }>;
export type CustomerAbsorbed = DomainEvent<'CustomerAbsorbed', { customerId: string; survivorId: string; occurredAt: string }>;
export type CustomerUnmerged = DomainEvent<'CustomerUnmerged', { customerId: string; absorbedId: string; occurredAt: string }>;
export type CustomerRestored = DomainEvent<'CustomerRestored', { customerId: string; survivorId: string; occurredAt: string }>;

export type CustomerMergeEvent = CustomerMerged | CustomerAbsorbed | CustomerUnmerged | CustomerRestored;

export type CustomerRecordEvent =
  | CustomerMergeEvent
  | CustomerRegistered
  | CustomerDetailsChanged
  | CustomerAttributesChanged
  | CustomerOwnerAssigned
  | ConsentGiven
  | ConsentWithdrawn
  | CustomerErased;

export type CustomerEvent = CustomerRecordEvent | TouchEvent | TouchCorrectionEvent;
