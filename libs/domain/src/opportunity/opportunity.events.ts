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
 * - needs-analysis: what the customer needs is being worked out with them
 * - proposal: an offer has been sent
 * - negotiation: terms and price being settled
 */
export const opportunityStages = ['prospecting', 'engaging', 'qualification', 'needs-analysis', 'proposal', 'negotiation'] as const;
export type OpportunityStage = (typeof opportunityStages)[number];

type DealFact = { opportunityId: string; customerId: string; occurredAt: string };

/**
 * The forecast fields are optional, not upcast: events written before them simply lack them, and
 * "no close date, the stage's probability, no product" is exactly what such a deal meant.
 * `probability` (whole percent) is present only when the deal has its own instead of its stage's.
 */
export type DealForecast = { expectedCloseDate?: string; probability?: number; product?: string };

export type OpportunityOpened = DomainEvent<
  'OpportunityOpened',
  DealFact & { interest: string; expectedAmount: Money; ownerId: string; stage: OpportunityStage } & DealForecast
>;

/** A move drops the deal's own probability unless it names a new one: the new stage's default applies. */
export type OpportunityStageChanged = DomainEvent<'OpportunityStageChanged', DealFact & { from: OpportunityStage; to: OpportunityStage; probability?: number }>;

/**
 * What was edited on an open deal, and only that: a field absent is unchanged; `expectedCloseDate`
 * or `product` null clears it. A new owner takes the deal's forecast and, in reports, its outcome.
 */
export type DealChanges = { interest?: string; expectedAmount?: Money; ownerId?: string; expectedCloseDate?: string | null; product?: string | null };

export type OpportunityUpdated = DomainEvent<'OpportunityUpdated', DealFact & { changes: DealChanges }>;

/**
 * `closedOn` (`YYYY-MM-DD`): the day the deal closed, when that is all the source knows (an import
 * of date-only close dates). `occurredAt` still places the event in time; reports put the deal on
 * this day in every time zone, where an instant would move to the day before west of it.
 * Optional, not upcast: a deal without it closed at an instant.
 */
export type ClosingDay = { closedOn?: string };

export type OpportunityWon = DomainEvent<'OpportunityWon', DealFact & ClosingDay & { amount: number; currency: string }>;

export type OpportunityLost = DomainEvent<'OpportunityLost', DealFact & ClosingDay & { reason: string }>;

export type OpportunityEvent = OpportunityOpened | OpportunityStageChanged | OpportunityUpdated | OpportunityWon | OpportunityLost;
