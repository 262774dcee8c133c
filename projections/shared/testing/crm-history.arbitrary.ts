import fc from 'fast-check';
import { defaultRoutingId, evolveOpportunity, initialOpportunityState, type DomainEvent, type OpportunityEvent, type OpportunityState, type SegmentRule } from '#crm/domain';
import { customerHistory, customerHistoryWithTasks, HISTORY_START, staff, type HistoryStep } from './customer-history.arbitrary.js';

const MANAGER_ID = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';

function staffRegistered(staffId: string, managerId: string | null, index: number): DomainEvent {
  return {
    type: 'StaffRegistered',
    data: { staffId, title: managerId ? 'Sales' : 'Manager', managerId, region: 'North', active: true, personal: { name: `Staff ${index}`, email: `staff${index}@example.org` } },
  };
}

/** Rules over behaviour, lifecycle and owner, so customers enter and leave as the history goes on. */
const rules: SegmentRule[] = [
  { all: [{ fact: 'purchases', op: 'gte', value: 1 }, { not: { fact: 'complaints', op: 'gt', value: 0 } }] },
  { any: [{ fact: 'revenue', op: 'gt', value: 100_000, currency: 'EUR', days: 90 }, { fact: 'lifecycleStage', op: 'eq', value: 'lost' }] },
  { all: [{ fact: 'owner', op: 'eq', value: staff[0]! }, { fact: 'daysSinceLastTouch', op: 'lt', value: 30 }] },
];

function segmentDefined(index: number, occurredAt: string): DomainEvent {
  const segmentId = `5e900000-0000-4000-8000-00000000000${index}`;
  return { type: 'SegmentDefined', data: { segmentId, name: `Segment ${index}`, description: null, rule: rules[index]!, occurredAt } };
}

/** Leads from ads go to the salespeople's team in turn. */
function assignmentRulesDefined(occurredAt: string): DomainEvent {
  const rule = { ruleId: '6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', name: 'Ads', conditions: [{ field: 'source', key: null, values: ['ads'] }], assignTo: { kind: 'team', staffId: MANAGER_ID } };
  return { type: 'AssignmentRulesDefined', data: { routingId: defaultRoutingId, occurredAt, rules: [rule] } };
}

/**
 * The deciders open a deal once and move, win or lose only an open one; the customer history draws
 * deal moves freely, so the moves no decider would have made are dropped here, each deal followed
 * with the domain's own fold. Stateful: one per history.
 */
function domainDealFilter(): (event: DomainEvent) => boolean {
  const deals = new Map<string, OpportunityState>();
  return (event) => {
    if (!event.type.startsWith('Opportunity')) return true;
    const id = (event.data as { opportunityId: string }).opportunityId;
    const deal = deals.get(id) ?? initialOpportunityState;
    const allowed = deal.status === (event.type === 'OpportunityOpened' ? 'unknown' : 'open');
    if (allowed) deals.set(id, evolveOpportunity(deal, event as OpportunityEvent));
    return allowed;
  };
}

/**
 * A customer history inside its organisation: a manager and two salespeople registered first (the
 * follow-ups' assignees, the analytics' owners), the lead assignment rules, one segment defined
 * before the customers and the others somewhere in the middle (evaluated once over the customers that exist by then).
 */
/** A customer history with only the deal moves the deciders would have made (each deal opened once, moved while open). */
export const domainHistory: fc.Arbitrary<HistoryStep[]> = customerHistory.map((history) => {
  const dealMoveTheDomainAllows = domainDealFilter();
  return history.filter(({ event }) => dealMoveTheDomainAllows(event));
});

const crmHistoryOf = (customers: fc.Arbitrary<HistoryStep[]>): fc.Arbitrary<HistoryStep[]> =>
  customers.chain((history) =>
    fc.tuple(fc.integer({ min: 0, max: history.length }), fc.integer({ min: 0, max: history.length })).map(([second, third]) => {
      const start = new Date(HISTORY_START);
      const at = (event: DomainEvent, recordedAt: Date): HistoryStep => ({ event, recordedAt, sweepBefore: false });
      const prelude = [
        staffRegistered(MANAGER_ID, null, 0),
        ...staff.map((id, index) => staffRegistered(id, MANAGER_ID, index + 1)),
        assignmentRulesDefined(start.toISOString()),
        segmentDefined(0, start.toISOString()),
      ];
      const dealMoveTheDomainAllows = domainDealFilter();
      const steps = history.filter(({ event }) => dealMoveTheDomainAllows(event));
      for (const [index, drawn] of [[2, third], [1, second]] as const) {
        const position = Math.min(drawn, steps.length);
        const recordedAt = steps[Math.max(0, position - 1)]!.recordedAt;
        steps.splice(position, 0, at(segmentDefined(index, recordedAt.toISOString()), recordedAt));
      }
      return [...prelude.map((event) => at(event, start)), ...steps];
    }),
  );

export const crmHistory = crmHistoryOf(customerHistory);
export const crmHistoryWithTasks = crmHistoryOf(customerHistoryWithTasks);
