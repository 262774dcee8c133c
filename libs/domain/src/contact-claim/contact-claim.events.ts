import type { DomainEvent } from '../shared/decider.js';

/**
 * A normalised email or phone number names the customer it belongs to. The stream is named by a
 * hash of the address, so the event itself carries no personal data and erasure leaves nothing here
 * to shred; the first customer to claim an address keeps it.
 */
export type ContactClaimed = DomainEvent<'ContactClaimed', { claimId: string; customerId: string }>;

export type ContactClaimEvent = ContactClaimed;
