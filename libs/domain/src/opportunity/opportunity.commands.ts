import type { Command } from '../shared/decider.js';
import type { Money } from '../shared/money.js';
import type { ClosingDay, DealChanges, DealForecast, OpportunityStage } from './opportunity.events.js';

/** `occurredAt` defaults to `metadata.now`; a past value back-fills history. */
type Dated = { occurredAt?: string };

export type OpenOpportunity = Command<
  'OpenOpportunity',
  Dated & DealForecast & { opportunityId: string; customerId: string; interest: string; expectedAmount: Money; ownerId: string; stage?: OpportunityStage }
>;

export type ChangeOpportunityStage = Command<'ChangeOpportunityStage', Dated & { opportunityId: string; stage: OpportunityStage; probability?: number }>;

export type UpdateOpportunity = Command<'UpdateOpportunity', Dated & DealChanges & { opportunityId: string }>;

export type WinOpportunity = Command<'WinOpportunity', Dated & ClosingDay & { opportunityId: string; amount: number; currency: string }>;

export type LoseOpportunity = Command<'LoseOpportunity', Dated & ClosingDay & { opportunityId: string; reason: string }>;

export type OpportunityCommand = OpenOpportunity | ChangeOpportunityStage | UpdateOpportunity | WinOpportunity | LoseOpportunity;
