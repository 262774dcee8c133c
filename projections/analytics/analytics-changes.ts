import { eventAmount, isTouchEvent } from '#crm/domain';
import type { RecordedEvent } from '#crm/event-store';
import type { Insertable } from 'kysely';
import type { OpportunityFactTable, PromotionFactTable, PurchaseFactTable, StaffTable, TouchFactTable } from './analytics.tables.js';
import { eventContext } from '../shared/recorded-event-context.js';

export type DealClosing = { opportunityId: string; closedAt: Date; outcome: 'won' | 'lost'; amount: number | null; currency: string | null };

/** What a batch writes, in the order it must be written: deals are opened before they are closed. */
export interface AnalyticsChanges {
  /** By staff id: a later registration in the batch wins. */
  staff: Map<string, StaffTable>;
  owners: Map<string, string | null>;
  touches: Insertable<TouchFactTable>[];
  purchases: Insertable<PurchaseFactTable>[];
  promotions: Insertable<PromotionFactTable>[];
  openedDeals: Insertable<OpportunityFactTable>[];
  closedDeals: DealClosing[];
}

type Data = Record<string, any>;

/**
 * Turns a batch into rows. `owners` holds the current owner of every customer the batch touches
 * and is updated in place, so a touch after an owner change in the same batch goes to the new owner.
 */
export function analyticsChanges(events: RecordedEvent[], owners: Map<string, string | null>): AnalyticsChanges {
  const changes: AnalyticsChanges = { staff: new Map(), owners: new Map(), touches: [], purchases: [], promotions: [], openedDeals: [], closedDeals: [] };
  for (const event of events) {
    const data = event.data as Data;
    const at = eventContext(event).occurredAt;
    switch (event.type) {
      case 'StaffRegistered':
        changes.staff.set(data.staffId, { staff_id: data.staffId, manager_id: data.managerId ?? null, region: data.region ?? null });
        continue;
      case 'CustomerRegistered':
      case 'CustomerOwnerAssigned':
        owners.set(data.customerId, data.ownerId ?? null);
        changes.owners.set(data.customerId, data.ownerId ?? null);
        continue;
      case 'OpportunityOpened':
        changes.openedDeals.push({
          opportunity_id: data.opportunityId,
          customer_id: data.customerId,
          owner_id: data.ownerId,
          opened_at: at,
          closed_at: null,
          outcome: null,
          amount: null,
          currency: null,
        });
        continue;
      case 'OpportunityWon':
        changes.closedDeals.push({ opportunityId: data.opportunityId, closedAt: at, outcome: 'won', amount: data.amount, currency: data.currency });
        continue;
      case 'OpportunityLost':
        changes.closedDeals.push({ opportunityId: data.opportunityId, closedAt: at, outcome: 'lost', amount: null, currency: null });
        continue;
    }
    if (!isTouchEvent(event)) continue;
    changes.touches.push({ event_id: event.id, customer_id: data.customerId, owner_id: owners.get(data.customerId) ?? null, type: event.type, occurred_at: at });
    const money = eventAmount(event);
    if (money) {
      changes.purchases.push({
        event_id: event.id,
        customer_id: data.customerId,
        order_id: data.orderId ?? null,
        kind: event.type === 'PurchaseRecorded' ? 'purchase' : 'cancellation',
        occurred_at: at,
        amount: money.amount,
        cost: data.cost ?? null,
        currency: money.currency,
      });
    }
    if (event.type === 'PromotionSent' || event.type === 'PromotionAnswered') {
      changes.promotions.push({
        event_id: event.id,
        customer_id: data.customerId,
        campaign_id: data.campaignId,
        promotion_id: data.promotionId,
        kind: event.type === 'PromotionSent' ? 'sent' : 'answered',
        response: data.response ?? null,
        occurred_at: at,
      });
    }
  }
  return changes;
}

/** The customers whose owner the batch needs to know before it starts. */
export function customersOf(events: RecordedEvent[]): string[] {
  return [...new Set(events.map((event) => (event.data as Data).customerId).filter((id): id is string => typeof id === 'string'))];
}
