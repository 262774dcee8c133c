import {
  eventAmount,
  type AttributeValue,
  type CustomerEvent,
  type OpportunityEvent,
  type StaffRegistered,
  type TouchCorrectionEvent,
  type TouchEvent,
} from '#crm/domain';
import type { Recorded } from '#crm/projection-runner';
import type { Insertable, Selectable } from 'kysely';
import type { OpportunityFactTable, PromotionFactTable, PurchaseFactTable, PurchaseKind, StaffTable, TouchFactTable } from './analytics.tables.js';
import { eventContext } from '../shared/recorded-event-context.js';

export type DealClosing = { opportunityId: string; closedAt: Date; outcome: 'won' | 'lost'; amount: number | null; currency: string | null };

/** What a batch writes, in the order it must be written: deals are opened before they are closed. */
export interface AnalyticsChanges {
  /** By staff id: a later registration in the batch wins. */
  staff: Map<string, Selectable<StaffTable>>;
  owners: Map<string, string | null>;
  /** By customer: the attributes after the batch. */
  attributes: Map<string, Record<string, AttributeValue>>;
  touches: Insertable<TouchFactTable>[];
  purchases: Insertable<PurchaseFactTable>[];
  promotions: Insertable<PromotionFactTable>[];
  openedDeals: Insertable<OpportunityFactTable>[];
  /** By deal: its owner after the batch, for deals handed to someone else. */
  dealOwners: Map<string, string>;
  closedDeals: DealClosing[];
  /** Voids and corrections, in log order, applied to the facts of the touch they name once the rows above are written. */
  amendments: TouchCorrectionEvent[];
}

const purchaseKinds: Record<'PurchaseRecorded' | 'PurchaseCancelled' | 'ReturnRecorded', PurchaseKind> = {
  PurchaseRecorded: 'purchase',
  PurchaseCancelled: 'cancellation',
  ReturnRecorded: 'return',
};

export type AnalyticsEvent =
  | StaffRegistered
  | Extract<CustomerEvent, { type: 'CustomerRegistered' | 'CustomerOwnerAssigned' | 'CustomerAttributesChanged' }>
  | Exclude<OpportunityEvent, { type: 'OpportunityStageChanged' }>
  | TouchEvent
  | TouchCorrectionEvent;

/**
 * Turns a batch into rows. `owners` holds the current owner of every customer the batch touches
 * and is updated in place, so a touch after an owner change in the same batch goes to the new owner;
 * `attributes` likewise for the customers' attributes.
 */
export function analyticsChanges(
  events: Recorded<AnalyticsEvent>[],
  owners: Map<string, string | null>,
  attributes: Map<string, Record<string, AttributeValue>>,
): AnalyticsChanges {
  const changes: AnalyticsChanges = {
    staff: new Map(),
    owners: new Map(),
    attributes: new Map(),
    touches: [],
    purchases: [],
    promotions: [],
    openedDeals: [],
    dealOwners: new Map(),
    closedDeals: [],
    amendments: [],
  };
  const setAttributes = (customerId: string, values: Record<string, AttributeValue>) => {
    attributes.set(customerId, values);
    changes.attributes.set(customerId, values);
  };
  for (const event of events) {
    const at = eventContext(event).occurredAt;
    switch (event.type) {
      case 'StaffRegistered': {
        const { data } = event;
        changes.staff.set(data.staffId, { staff_id: data.staffId, manager_id: data.managerId ?? null, region: data.region ?? null });
        continue;
      }
      case 'CustomerRegistered':
      case 'CustomerOwnerAssigned': {
        const { data } = event;
        owners.set(data.customerId, data.ownerId ?? null);
        changes.owners.set(data.customerId, data.ownerId ?? null);
        if (event.type === 'CustomerRegistered') setAttributes(data.customerId, event.data.attributes);
        continue;
      }
      case 'CustomerAttributesChanged': {
        const { customerId, set, unset } = event.data;
        const next = { ...attributes.get(customerId), ...set };
        for (const name of unset) delete next[name];
        setAttributes(customerId, next);
        continue;
      }
      case 'OpportunityOpened':
        changes.openedDeals.push({
          opportunity_id: event.data.opportunityId,
          customer_id: event.data.customerId,
          owner_id: event.data.ownerId,
          opened_at: at,
          closed_at: null,
          outcome: null,
          amount: null,
          currency: null,
        });
        continue;
      case 'OpportunityUpdated':
        if (event.data.changes.ownerId !== undefined) changes.dealOwners.set(event.data.opportunityId, event.data.changes.ownerId);
        continue;
      case 'OpportunityWon':
        changes.closedDeals.push({
          opportunityId: event.data.opportunityId,
          closedAt: at,
          outcome: 'won',
          amount: event.data.amount,
          currency: event.data.currency,
        });
        continue;
      case 'OpportunityLost':
        changes.closedDeals.push({ opportunityId: event.data.opportunityId, closedAt: at, outcome: 'lost', amount: null, currency: null });
        continue;
      case 'TouchVoided':
      case 'TouchCorrected':
        changes.amendments.push(event);
        continue;
    }
    const { customerId } = event.data;
    changes.touches.push({
      event_id: event.id,
      customer_id: customerId,
      owner_id: owners.get(customerId) ?? null,
      type: event.type,
      occurred_at: at,
      duration_seconds: event.type === 'CallLogged' ? event.data.durationSeconds : null,
    });
    const money = eventAmount(event);
    if (money && (event.type === 'PurchaseRecorded' || event.type === 'PurchaseCancelled' || event.type === 'ReturnRecorded')) {
      changes.purchases.push({
        event_id: event.id,
        customer_id: customerId,
        order_id: event.data.orderId ?? null,
        kind: purchaseKinds[event.type],
        occurred_at: at,
        amount: money.amount,
        cost: event.type === 'PurchaseRecorded' ? (event.data.cost ?? null) : null,
        currency: money.currency,
        attributes: JSON.stringify(attributes.get(customerId) ?? {}),
      });
    }
    if (event.type === 'PromotionSent' || event.type === 'PromotionAnswered') {
      changes.promotions.push({
        event_id: event.id,
        customer_id: customerId,
        campaign_id: event.data.campaignId,
        promotion_id: event.data.promotionId,
        kind: event.type === 'PromotionSent' ? 'sent' : 'answered',
        response: event.type === 'PromotionAnswered' ? event.data.response : null,
        occurred_at: at,
      });
    }
  }
  return changes;
}

/** The customers whose owner the batch needs to know before it starts. */
export function customersOf(events: Recorded<AnalyticsEvent>[]): string[] {
  return [...new Set(events.flatMap((event) => ('customerId' in event.data ? [event.data.customerId] : [])))];
}
