import type { Money } from '../shared/money.js';
import type { OpportunityEvent, OpportunityStage } from './opportunity.events.js';

type Deal = {
  opportunityId: string;
  customerId: string;
  interest: string;
  expectedAmount: Money;
  ownerId: string;
  stage: OpportunityStage;
  openedAt: string;
  /** null: the stage's default. */
  probability: number | null;
  expectedCloseDate: string | null;
  product: string | null;
};

export type OpportunityState =
  | { status: 'unknown' }
  | (Deal & { status: 'open' })
  | (Deal & { status: 'won'; wonAmount: Money; closedAt: string })
  | (Deal & { status: 'lost'; lostReason: string; closedAt: string });

export const initialOpportunityState: OpportunityState = { status: 'unknown' };

/** Total: events out of order or of unknown types leave the state as it is. */
export function evolveOpportunity(state: OpportunityState, event: OpportunityEvent): OpportunityState {
  if (event.type === 'OpportunityOpened') {
    if (state.status !== 'unknown') return state;
    const { opportunityId, customerId, interest, expectedAmount, ownerId, stage, occurredAt } = event.data;
    const forecast = {
      probability: event.data.probability ?? null,
      expectedCloseDate: event.data.expectedCloseDate ?? null,
      product: event.data.product ?? null,
    };
    return { status: 'open', opportunityId, customerId, interest, expectedAmount, ownerId, stage, openedAt: occurredAt, ...forecast };
  }
  if (state.status !== 'open') return state;
  switch (event.type) {
    case 'OpportunityStageChanged':
      return { ...state, stage: event.data.to, probability: event.data.probability ?? null };
    case 'OpportunityUpdated': {
      const { interest, expectedAmount, ownerId, expectedCloseDate, product } = event.data.changes;
      return {
        ...state,
        ...(interest !== undefined && { interest }),
        ...(expectedAmount !== undefined && { expectedAmount }),
        ...(ownerId !== undefined && { ownerId }),
        ...(expectedCloseDate !== undefined && { expectedCloseDate }),
        ...(product !== undefined && { product }),
      };
    }
    case 'OpportunityWon':
      return { ...state, status: 'won', wonAmount: { amount: event.data.amount, currency: event.data.currency }, closedAt: event.data.occurredAt };
    case 'OpportunityLost':
      return { ...state, status: 'lost', lostReason: event.data.reason, closedAt: event.data.occurredAt };
    default:
      return state;
  }
}
