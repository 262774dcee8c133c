import type { DomainEvent } from '../shared/decider.js';

/**
 * A lead's follow-up deadline passed with no touch after it. Recorded on the customer's stream;
 * `escalatedTo` is the manager flagged (null when the owner has none, or there is no owner).
 */
export type FollowUpOverdue = DomainEvent<
  'FollowUpOverdue',
  { customerId: string; leadCapturedAt: string; dueAt: string; ownerId: string | null; escalatedTo: string | null; occurredAt: string }
>;

export type FollowUpEvent = FollowUpOverdue;
