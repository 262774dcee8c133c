import type { Command } from '../shared/decider.js';
import type { AttributeValue, ConsentChannel, CustomerKind, ExternalId, LegalBasis, OwnerAssignmentCause, PostalAddress } from './customer.events.js';
import type { DetailsInput } from './customer.details.js';
import type { TouchCommand } from './touches/touch.commands.js';
import type { TouchCorrectionCommand } from './corrections/correction.commands.js';

/** Optional address parts may be left out; the event always carries them, as null. */
export type PostalAddressInput = Omit<PostalAddress, 'line2' | 'postalCode' | 'region'> & Partial<Pick<PostalAddress, 'line2' | 'postalCode' | 'region'>>;

export type RegisterCustomer = Command<
  'RegisterCustomer',
  {
    customerId: string;
    kind: CustomerKind;
    name: string;
    email?: string | null;
    phone?: string | null;
    address?: PostalAddressInput | null;
    externalIds?: ExternalId[];
    organizationId?: string | null;
    organizationRole?: string | null;
    source: string;
    ownerId?: string | null;
    attributes?: Record<string, AttributeValue>;
    /** When the customer relationship began; imports back-fill it. Defaults to now. */
    occurredAt?: string;
  }
>;

/** Absent fields stay as they are; null clears an optional field. */
export type ChangeCustomerDetails = Command<'ChangeCustomerDetails', { customerId: string } & DetailsInput>;

export type ChangeCustomerAttributes = Command<'ChangeCustomerAttributes', { customerId: string; set?: Record<string, AttributeValue>; unset?: string[] }>;

export type AssignCustomerOwner = Command<'AssignCustomerOwner', { customerId: string; ownerId: string; cause?: OwnerAssignmentCause }>;

export type GiveConsent = Command<
  'GiveConsent',
  {
    customerId: string;
    channel: ConsentChannel;
    legalBasis: LegalBasis;
    source: string;
    /** Required when legalBasis is 'consent': the version of the text the person agreed to. */
    textVersion?: string | null;
    occurredAt?: string;
  }
>;

export type WithdrawConsent = Command<'WithdrawConsent', { customerId: string; channel: ConsentChannel; source: string; occurredAt?: string }>;

export type EraseCustomer = Command<'EraseCustomer', { customerId: string }>;

/** On the survivor's stream: take `from`'s history. */
export type MergeCustomer = Command<'MergeCustomer', { customerId: string; from: string }>;
/** On the absorbed record's stream: point at the survivor `into`. */
export type AbsorbCustomer = Command<'AbsorbCustomer', { customerId: string; into: string }>;
/** On the survivor's stream: give `from`'s history back. */
export type UnmergeCustomer = Command<'UnmergeCustomer', { customerId: string; from: string }>;
/** On the absorbed record's stream: stand alone again, apart from the survivor `from`. */
export type RestoreCustomer = Command<'RestoreCustomer', { customerId: string; from: string }>;

export type CustomerMergeCommand = MergeCustomer | AbsorbCustomer | UnmergeCustomer | RestoreCustomer;

export type CustomerRecordCommand =
  | CustomerMergeCommand
  | RegisterCustomer
  | ChangeCustomerDetails
  | ChangeCustomerAttributes
  | AssignCustomerOwner
  | GiveConsent
  | WithdrawConsent
  | EraseCustomer;

export type CustomerCommand = CustomerRecordCommand | TouchCommand | TouchCorrectionCommand;
