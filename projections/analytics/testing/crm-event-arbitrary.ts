import fc from 'fast-check';
import type { RecordedEvent } from '#crm/event-store';
import { EventLog } from './recorded-events.js';

const customers = ['00000000-0000-4000-8000-00000000000a', '00000000-0000-4000-8000-00000000000b', '00000000-0000-4000-8000-00000000000c'];
const staff = ['s-1', 's-2', 's-3'];
const deals = ['00000000-0000-4000-8000-0000000000d1', '00000000-0000-4000-8000-0000000000d2', '00000000-0000-4000-8000-0000000000d3'];
const START = Date.parse('2024-01-01T00:00:00Z');

const step = fc.oneof(
  fc.record({ kind: fc.constant('register' as const), customer: fc.constantFrom(...customers), owner: fc.option(fc.constantFrom(...staff)), country: fc.constantFrom('GB', 'FR') }),
  fc.record({ kind: fc.constant('attributes' as const), customer: fc.constantFrom(...customers), country: fc.constantFrom('GB', 'FR', 'DE') }),
  fc.record({ kind: fc.constant('assign' as const), customer: fc.constantFrom(...customers), owner: fc.constantFrom(...staff) }),
  fc.record({ kind: fc.constant('staff' as const), staff: fc.constantFrom(...staff), manager: fc.option(fc.constantFrom(...staff)), region: fc.option(fc.constantFrom('North', 'South')) }),
  fc.record({ kind: fc.constant('purchase' as const), customer: fc.constantFrom(...customers), amount: fc.integer({ min: 1, max: 10_000 }), cost: fc.option(fc.integer({ min: 0, max: 5000 })) }),
  fc.record({ kind: fc.constant('cancel' as const), customer: fc.constantFrom(...customers), amount: fc.integer({ min: 1, max: 1000 }) }),
  fc.record({ kind: fc.constant('touch' as const), customer: fc.constantFrom(...customers), type: fc.constantFrom('CallLogged', 'ComplaintFiled', 'NoteAdded') }),
  fc.record({ kind: fc.constant('survey' as const), customer: fc.constantFrom(...customers), score: fc.integer({ min: 0, max: 10 }) }),
  fc.record({ kind: fc.constant('promotion' as const), customer: fc.constantFrom(...customers), campaign: fc.constantFrom('spring', 'autumn'), answer: fc.option(fc.constantFrom('opened', 'accepted')) }),
  fc.record({ kind: fc.constant('open' as const), deal: fc.constantFrom(...deals), customer: fc.constantFrom(...customers), owner: fc.constantFrom(...staff) }),
  fc.record({ kind: fc.constant('close' as const), deal: fc.constantFrom(...deals), won: fc.boolean(), amount: fc.integer({ min: 1, max: 50_000 }) }),
);

type Step = typeof step extends fc.Arbitrary<infer S> ? S : never;

/** Random but plausible histories over a few customers, staff and deals; time moves forward by minutes to days. */
export const crmHistory: fc.Arbitrary<RecordedEvent[]> = fc
  .array(fc.tuple(step, fc.integer({ min: 1, max: 60 * 24 * 20 })), { minLength: 1, maxLength: 40 })
  .map((steps) => {
    const log = new EventLog();
    let minutes = 0;
    const dealCustomer = new Map<string, string>();
    for (const [next, gap] of steps) {
      minutes += gap;
      write(log, next, new Date(START + minutes * 60_000).toISOString(), dealCustomer);
    }
    return log.events;
  });

function write(log: EventLog, next: Step, at: string, dealCustomer: Map<string, string>): void {
  switch (next.kind) {
    case 'register':
      log.customer(next.customer, at, { ownerId: next.owner, attributes: { country: next.country } });
      return;
    case 'attributes':
      log.add(`customer-${next.customer}`, 'CustomerAttributesChanged', { customerId: next.customer, set: { country: next.country }, unset: [] }, at);
      return;
    case 'assign':
      log.add(`customer-${next.customer}`, 'CustomerOwnerAssigned', { customerId: next.customer, ownerId: next.owner, previousOwnerId: null }, at);
      return;
    case 'staff':
      log.staff(next.staff, at, next.manager, next.region);
      return;
    case 'purchase':
      log.purchase(next.customer, at, next.amount, { cost: next.cost });
      return;
    case 'cancel':
      log.touch('PurchaseCancelled', next.customer, at, { orderId: 'o-1', lines: [], amount: next.amount, currency: 'GBP' });
      return;
    case 'touch':
      log.touch(next.type, next.customer, at, next.type === 'ComplaintFiled' ? { complaintId: 'c-1', category: 'delivery', severity: 'low' } : {});
      return;
    case 'survey':
      log.touch('SurveyAnswered', next.customer, at, { surveyId: 'nps', score: next.score });
      return;
    case 'promotion':
      log.touch('PromotionSent', next.customer, at, { campaignId: next.campaign, promotionId: 'p-1' });
      if (next.answer) log.touch('PromotionAnswered', next.customer, at, { campaignId: next.campaign, promotionId: 'p-1', response: next.answer });
      return;
    case 'open':
      if (dealCustomer.has(next.deal)) return;
      dealCustomer.set(next.deal, next.customer);
      log.deal('OpportunityOpened', next.deal, next.customer, at, { ownerId: next.owner, interest: 'x', stage: 'prospecting', expectedAmount: { amount: 1, currency: 'GBP' } });
      return;
    case 'close': {
      const customer = dealCustomer.get(next.deal);
      if (!customer || customer === 'closed') return;
      dealCustomer.set(next.deal, 'closed');
      if (next.won) log.deal('OpportunityWon', next.deal, customer, at, { amount: next.amount, currency: 'GBP' });
      else log.deal('OpportunityLost', next.deal, customer, at, { reason: 'price' });
      return;
    }
  }
}
