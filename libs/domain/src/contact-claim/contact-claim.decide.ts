import type { Command, Decider } from '../shared/decider.js';
import { uuidProblem } from '../shared/field-checks.js';
import { contactClaimStreamName } from '../shared/stream-names.js';
import { assertValid } from '../shared/validation.js';
import type { ContactClaimEvent, ContactClaimed } from './contact-claim.events.js';

/** Asks that an address name this customer; a claim already held is left with its holder. */
export type ClaimContact = Command<'ClaimContact', { claimId: string; customerId: string }>;

export type ContactClaimState = { holderId: string | null };

export function claimContact({ data }: ClaimContact, state: ContactClaimState): ContactClaimed[] {
  assertValid([
    ['claimId', uuidProblem(data.claimId)],
    ['customerId', uuidProblem(data.customerId)],
  ]);
  if (state.holderId !== null) return [];
  return [{ type: 'ContactClaimed', data: { claimId: data.claimId.toLowerCase(), customerId: data.customerId.toLowerCase() } }];
}

export const evolveContactClaim = (state: ContactClaimState, event: ContactClaimEvent): ContactClaimState =>
  event.type === 'ContactClaimed' && state.holderId === null ? { holderId: event.data.customerId } : state;

/**
 * The uniqueness stream of one address. "Which customer has this email?" is answered by the log
 * itself, with the append's expected revision settling two writers racing for a new address:
 * never by a read model, which may lag behind a lead sent a moment earlier.
 */
export const contactClaimDecider: Decider<ClaimContact, ContactClaimEvent, ContactClaimState> = {
  streamName: (command) => contactClaimStreamName(command.data.claimId),
  decide: claimContact,
  evolve: evolveContactClaim,
  initialState: { holderId: null },
};
