/**
 * Deals hold no personal data: the customer is referenced by id only. Every event carries
 * `occurredAt` (business time; imports back-fill history) and the customer id, so projections
 * can join deals to customers without reading the opening event.
 */
import type { DomainEvent } from '../shared/decider.js';
import type { Money } from '../shared/money.js';

/**
 * The open stages of a deal, in their usual order. A deal may move to any of them (deals slip
 * back as well as forward); it leaves them only by being won or lost.
 * - prospecting: a possible need identified, no contact yet about it
 * - engaging: in conversation with the customer about it
 * - qualification: budget, authority, need and timing being confirmed
 * - proposal: an offer has been sent
 * - negotiation: terms and price being settled
 */
export const opportunityStages = ['prospecting', 'engaging', 'qualification', 'proposal', 'negotiation'] as const;
export type OpportunityStage = (typeof opportunityStages)[number];

type DealFact = { opportunityId: string; customerId: string; occurredAt: string };

export type OpportunityOpened = DomainEvent<
  'OpportunityOpened',
  DealFact & { interest: string; expectedAmount: Money; ownerId: string; stage: OpportunityStage }
>;

export type OpportunityStageChanged = DomainEvent<'OpportunityStageChanged', DealFact & { from: OpportunityStage; to: OpportunityStage }>;

export type OpportunityWon = DomainEvent<'OpportunityWon', DealFact & { amount: number; currency: string }>;

export type OpportunityLost = DomainEvent<'OpportunityLost', DealFact & { reason: string }>;

export type OpportunityEvent = OpportunityOpened | OpportunityStageChanged | OpportunityWon | OpportunityLost;
