/** Builders of the events lifecycle specs are written in: each at a day counted from DAY_ZERO. */
import { aCustomer } from '#test/support/builders';
import type { CallOutcome, Direction, PromotionResponse } from '../customer/touches/touch.events.js';
import type { OpportunityStage } from '../opportunity/opportunity.events.js';
import { customerId, opportunityId } from '../testing/fixtures.js';
import type { LifecycleEvent } from './lifecycle.facts.js';
import { days } from './lifecycle.rules.js';

export const DAY_ZERO = Date.parse('2025-01-01T00:00:00.000Z');
export const day = (count: number): number => DAY_ZERO + days(count);
const iso = (count: number) => new Date(day(count)).toISOString();

const touch = (count: number, channel: 'phone' | 'email' | 'store' | 'web' = 'phone') => ({ customerId, occurredAt: iso(count), channel });
const deal = (count: number, id: string) => ({ opportunityId: id, customerId, occurredAt: iso(count) });

export const lifecycleEvents = {
  registered: (at: number): LifecycleEvent => aCustomer(customerId).registeredAt(iso(at)).registered(),
  leadCaptured: (at: number): LifecycleEvent => ({
    type: 'LeadCaptured',
    data: {
      ...touch(at, 'web'),
      form: 'contact-us',
      source: 'ads',
      interest: null,
      utm: { source: null, medium: null, campaign: null, term: null, content: null },
    },
  }),
  call: (at: number, direction: Direction, outcome: CallOutcome): LifecycleEvent => ({
    type: 'CallLogged',
    data: { ...touch(at), direction, durationSeconds: 60, outcome },
  }),
  email: (at: number, direction: Direction): LifecycleEvent => ({
    type: 'EmailLogged',
    data: { ...touch(at, 'email'), direction, personal: { subject: 'Hello' } },
  }),
  promotionSent: (at: number): LifecycleEvent => ({
    type: 'PromotionSent',
    data: { ...touch(at, 'email'), campaignId: 'C-1', promotionId: 'P-1' },
  }),
  promotionAnswered: (at: number, response: PromotionResponse): LifecycleEvent => ({
    type: 'PromotionAnswered',
    data: { ...touch(at, 'email'), campaignId: 'C-1', promotionId: 'P-1', response },
  }),
  purchase: (at: number, amount: number, cost: number | null = null, currency = 'EUR'): LifecycleEvent => ({
    type: 'PurchaseRecorded',
    data: { ...touch(at, 'store'), orderId: null, lines: [], amount, cost, currency },
  }),
  cancellation: (at: number, amount: number, currency = 'EUR'): LifecycleEvent => ({
    type: 'PurchaseCancelled',
    data: { ...touch(at, 'store'), orderId: 'O-1', lines: [], amount, currency },
  }),
  dealOpened: (at: number, stage: OpportunityStage = 'prospecting', id = opportunityId): LifecycleEvent => ({
    type: 'OpportunityOpened',
    data: { ...deal(at, id), interest: 'solar', expectedAmount: { amount: 100_000, currency: 'EUR' }, ownerId: customerId, stage },
  }),
  dealMoved: (at: number, from: OpportunityStage, to: OpportunityStage, id = opportunityId): LifecycleEvent => ({
    type: 'OpportunityStageChanged',
    data: { ...deal(at, id), from, to },
  }),
  dealWon: (at: number, id = opportunityId): LifecycleEvent => ({
    type: 'OpportunityWon',
    data: { ...deal(at, id), amount: 100_000, currency: 'EUR' },
  }),
  dealLost: (at: number, id = opportunityId): LifecycleEvent => ({
    type: 'OpportunityLost',
    data: { ...deal(at, id), reason: 'price' },
  }),
};
