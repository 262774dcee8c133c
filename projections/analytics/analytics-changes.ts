import {
  eventAmount,
  lineAmount,
  type AttributeValue,
  type CustomerEvent,
  type OpportunityEvent,
  type StaffRegistered,
  type TouchCorrectionEvent,
  type TouchEvent,
} from '#crm/domain';
import type { Recorded } from '#crm/projection-runner';
import type { Insertable, Selectable } from 'kysely';
import type {
  OpportunityFactTable,
  PromotionFactTable,
  PurchaseFactTable,
  PurchaseKind,
  PurchaseLineFactTable,
  StaffTable,
  TouchFactTable,
} from './analytics.tables.js';
import { eventContext } from '../shared/recorded-event-context.js';

/** A new version of a deal's fact: handed to another owner, or closed. */
export type DealRevision = {
  opportunityId: string;
  recordedAt: Date;
  set: Partial<Pick<Insertable<OpportunityFactTable>, 'owner_id' | 'closed_at' | 'closed_on' | 'outcome' | 'amount' | 'currency'>>;
};

/** A void or correction, with when the log learnt it: the facts' versions it supersedes end then. */
export type Amendment = { event: TouchCorrectionEvent; recordedAt: Date };

/** What a batch writes, in the order it must be written: deals are opened before they are closed. */
export interface AnalyticsChanges {
  /** By staff id: a later registration in the batch wins. */
  staff: Map<string, Selectable<StaffTable>>;
  owners: Map<string, string | null>;
  organizations: Map<string, string | null>;
  /** By customer: the attributes after the batch. */
  attributes: Map<string, Record<string, AttributeValue>>;
  touches: Insertable<TouchFactTable>[];
  purchases: Insertable<PurchaseFactTable>[];
  purchaseLines: Insertable<PurchaseLineFactTable>[];
  promotions: Insertable<PromotionFactTable>[];
  openedDeals: Insertable<OpportunityFactTable>[];
  /** Hand-overs, repricings and closings, in log order, applied once the deals above are written. */
  dealRevisions: DealRevision[];
  /** Voids and corrections, in log order, applied to the facts of the touch they name once the rows above are written. */
  amendments: Amendment[];
}

const purchaseKinds: Record<'PurchaseRecorded' | 'PurchaseCancelled' | 'ReturnRecorded', PurchaseKind> = {
  PurchaseRecorded: 'purchase',
  PurchaseCancelled: 'cancellation',
  ReturnRecorded: 'return',
};

export type AnalyticsEvent =
  | StaffRegistered
  | Extract<CustomerEvent, { type: 'CustomerRegistered' | 'CustomerOwnerAssigned' | 'CustomerAttributesChanged' | 'CustomerDetailsChanged' }>
  | Exclude<OpportunityEvent, { type: 'OpportunityStageChanged' }>
  | TouchEvent
  | TouchCorrectionEvent;

/** What the batch needs to know of each customer it touches before it starts. */
export interface CustomerContext {
  owners: Map<string, string | null>;
  organizations: Map<string, string | null>;
  attributes: Map<string, Record<string, AttributeValue>>;
}

/**
 * Turns a batch into rows. `context` holds the current owner of every customer the batch touches
 * and is updated in place, so a touch after an owner change in the same batch goes to the new owner;
 * likewise for the customers' organizations and attributes.
 */
export function analyticsChanges(events: Recorded<AnalyticsEvent>[], { owners, organizations, attributes }: CustomerContext): AnalyticsChanges {
  const changes: AnalyticsChanges = {
    staff: new Map(),
    owners: new Map(),
    organizations: new Map(),
    attributes: new Map(),
    touches: [],
    purchases: [],
    purchaseLines: [],
    promotions: [],
    openedDeals: [],
    dealRevisions: [],
    amendments: [],
  };
  const setOrganization = (customerId: string, organizationId: string | null) => {
    organizations.set(customerId, organizationId);
    changes.organizations.set(customerId, organizationId);
  };
  const setAttributes = (customerId: string, values: Record<string, AttributeValue>) => {
    attributes.set(customerId, values);
    changes.attributes.set(customerId, values);
  };
  for (const event of events) {
    const at = eventContext(event).occurredAt;
    const version = { version: 1, recorded_at: event.recordedAt, superseded_at: null };
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
        if (event.type === 'CustomerRegistered') {
          setAttributes(data.customerId, event.data.attributes);
          // An organization is its own: its deals and purchases count under it like those of its people.
          setOrganization(data.customerId, event.data.kind === 'organization' ? data.customerId : event.data.organizationId);
        }
        continue;
      }
      case 'CustomerDetailsChanged':
        if (event.data.organizationId !== undefined) setOrganization(event.data.customerId, event.data.organizationId);
        continue;
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
          product: event.data.product ?? null,
          opened_at: at,
          closed_at: null,
          closed_on: null,
          outcome: null,
          amount: null,
          // An open or lost deal is in its expected amount's currency (the deals report filters by it).
          currency: event.data.expectedAmount.currency,
          ...version,
        });
        continue;
      case 'OpportunityUpdated': {
        // A deal's outcome counts for whoever owns it when it closes: an edit hands over the whole deal.
        const { ownerId, expectedAmount } = event.data.changes;
        const set = { ...(ownerId !== undefined && { owner_id: ownerId }), ...(expectedAmount !== undefined && { currency: expectedAmount.currency }) };
        if (Object.keys(set).length > 0) changes.dealRevisions.push({ opportunityId: event.data.opportunityId, recordedAt: event.recordedAt, set });
        continue;
      }
      case 'OpportunityWon':
      case 'OpportunityLost': {
        // A won deal is in the currency it was won in; a lost one stays in its expected amount's.
        const won = event.type === 'OpportunityWon' ? { outcome: 'won' as const, amount: event.data.amount, currency: event.data.currency } : { outcome: 'lost' as const, amount: null };
        changes.dealRevisions.push({ opportunityId: event.data.opportunityId, recordedAt: event.recordedAt, set: { closed_at: at, closed_on: event.data.closedOn ?? null, ...won } });
        continue;
      }
      case 'TouchVoided':
      case 'TouchCorrected':
        changes.amendments.push({ event, recordedAt: event.recordedAt });
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
      ...version,
    });
    const money = eventAmount(event);
    if (money && (event.type === 'PurchaseRecorded' || event.type === 'PurchaseCancelled' || event.type === 'ReturnRecorded')) {
      const kind = purchaseKinds[event.type];
      changes.purchases.push({
        event_id: event.id,
        customer_id: customerId,
        order_id: event.data.orderId ?? null,
        kind,
        occurred_at: at,
        amount: money.amount,
        cost: event.type === 'PurchaseRecorded' ? (event.data.cost ?? null) : null,
        currency: money.currency,
        attributes: JSON.stringify(attributes.get(customerId) ?? {}),
        owner_id: owners.get(customerId) ?? null,
        organization_id: organizations.get(customerId) ?? null,
        ...version,
      });
      const fact = { event_id: event.id, customer_id: customerId, kind, occurred_at: at, currency: money.currency, ...version };
      // Lines are stated as sold; what is taken back counts against revenue, like the fact's amount.
      const sign = kind === 'purchase' ? 1 : -1;
      const lines = event.data.lines.map((line) => ({ sku: line.sku, amount: sign * (lineAmount(line.quantity, line.unitPrice, money.currency) ?? 0) }));
      (lines.length > 0 ? lines : [{ sku: null, amount: money.amount }]).forEach((line, index) => changes.purchaseLines.push({ ...fact, line: index, ...line }));
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
        ...version,
      });
    }
  }
  return changes;
}

/** The customers whose owner the batch needs to know before it starts. */
export function customersOf(events: Recorded<AnalyticsEvent>[]): string[] {
  return [...new Set(events.flatMap((event) => ('customerId' in event.data ? [event.data.customerId] : [])))];
}
