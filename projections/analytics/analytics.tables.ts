import type { AttributeValue } from '#crm/domain';
import { column, defineTables, type TableOf, type TablesOf } from '#crm/read-store';
import { customerMergeTables } from '../shared/customer-merges.js';

/**
 * Facts at the grain of one event (or one deal), so every report is a plain aggregation that is
 * right for any period and any time zone.
 */
export type PurchaseKind = 'purchase' | 'cancellation' | 'return';

/**
 * Each fact row is one version of a fact, so a report can be asked as of a recorded time T (what
 * it said at T, docs/time-travel.md): a version counts at T when it was recorded by T and not
 * superseded (voided, corrected, a deal handed over or closed) by T. Today's reports read the
 * versions not superseded.
 */
const versioned = () => ({
  /** 1 for the fact as first recorded, one more for each revision. */
  version: column.integer(),
  recorded_at: column.timestamptz(),
  superseded_at: column.timestamptz().nullable(),
});

export const analyticsTables = defineTables({
  staff: {
    columns: { staff_id: column.text().primaryKey(), manager_id: column.text().nullable(), region: column.text().nullable() },
  },
  /** The current owner of each customer, so a touch is credited to whoever owned the customer then. */
  customer_owner: {
    columns: { customer_id: column.text().primaryKey(), owner_id: column.text().nullable() },
  },
  /** The current organization of each customer (an organization's is itself), copied onto each purchase fact. */
  customer_organization: {
    columns: { customer_id: column.text().primaryKey(), organization_id: column.text().nullable() },
  },
  /** The current attributes of each customer (country, sector...), copied onto each purchase fact. */
  customer_attributes: {
    columns: { customer_id: column.text().primaryKey(), attributes: column.jsonb<Record<string, AttributeValue>>() },
  },
  touch_fact: {
    columns: {
      event_id: column.text(),
      customer_id: column.text(),
      owner_id: column.text().nullable(),
      type: column.text(),
      occurred_at: column.timestamptz(),
      /** A call's length, so the salespeople report sums time on the phone; null for other touches. */
      duration_seconds: column.integer().nullable(),
      ...versioned(),
    },
    primaryKey: ['event_id', 'version'],
    indexes: [
      { name: 'touch_fact_owner', on: ['owner_id', 'occurred_at'], onlyForQueries: true },
      // The customers report counts each customer's complaints in the period (customer-value.queries.ts).
      { name: 'touch_fact_customer_type', on: ['customer_id', 'type', 'occurred_at'] },
    ],
  },
  /** One row per purchase, cancellation and return; a cancellation's or return's amount is negative. */
  purchase_fact: {
    columns: {
      event_id: column.text(),
      customer_id: column.text(),
      order_id: column.text().nullable(),
      kind: column.text().as<PurchaseKind>(),
      occurred_at: column.timestamptz(),
      amount: column.bigint(),
      cost: column.bigint().nullable(),
      currency: column.text(),
      /** The customer's attributes when it happened: revenue by country is by the country then. */
      attributes: column.jsonb<Record<string, AttributeValue>>(),
      /** The customer's owner and organization when it happened, likewise. */
      owner_id: column.text().nullable(),
      organization_id: column.text().nullable(),
      ...versioned(),
    },
    primaryKey: ['event_id', 'version'],
    indexes: [
      { name: 'purchase_fact_customer', on: ['customer_id', 'occurred_at'] },
      { name: 'purchase_fact_occurred_at', on: ['occurred_at'], onlyForQueries: true },
    ],
  },
  /**
   * The lines of each purchase fact, with their rounded, signed amounts, for revenue by SKU. A fact
   * without lines (a credit, a purchase recorded by its total) is one line with no SKU and the whole
   * amount, so the lines of a fact always add up to it.
   */
  purchase_line_fact: {
    columns: {
      event_id: column.text(),
      line: column.integer(),
      customer_id: column.text(),
      kind: column.text().as<PurchaseKind>(),
      occurred_at: column.timestamptz(),
      sku: column.text().nullable(),
      amount: column.bigint(),
      currency: column.text(),
      ...versioned(),
    },
    primaryKey: ['event_id', 'line', 'version'],
    indexes: [{ name: 'purchase_line_fact_occurred_at', on: ['occurred_at'], onlyForQueries: true }],
  },
  opportunity_fact: {
    columns: {
      opportunity_id: column.text(),
      customer_id: column.text(),
      owner_id: column.text(),
      /** What is being sold, when the deal names it. */
      product: column.text().nullable(),
      opened_at: column.timestamptz(),
      closed_at: column.timestamptz().nullable(),
      /** `YYYY-MM-DD` when the source gave only the day (ClosingDay): reports keep the deal on it in every zone. */
      closed_on: column.text().nullable(),
      outcome: column.text().as<'won' | 'lost'>().nullable(),
      amount: column.bigint().nullable(),
      /** The won amount's currency once won; before, and when lost, the expected amount's. */
      currency: column.text().nullable(),
      ...versioned(),
    },
    primaryKey: ['opportunity_id', 'version'],
  },
  promotion_fact: {
    columns: {
      event_id: column.text(),
      customer_id: column.text(),
      campaign_id: column.text(),
      promotion_id: column.text(),
      kind: column.text().as<'sent' | 'answered'>(),
      response: column.text().nullable(),
      occurred_at: column.timestamptz(),
      ...versioned(),
    },
    primaryKey: ['event_id', 'version'],
    indexes: [{ name: 'promotion_fact_customer', on: ['customer_id', 'occurred_at'] }],
  },
  /*
   * Sums of the current fact versions (superseded_at null), kept with every batch, so today's reports
   * read thousands of rows instead of a million facts. Reports as of a recorded time still read the
   * facts (their knownAt form): a rollup holds only what is current.
   *
   * Each rollup has a `facts` column counting the fact rows summed in it; a row left with none is
   * deleted, so a rollup has a row exactly where a report over the facts has a group.
   */
  /** Touches per UTC day and the owner credited then (touches without an owner count in no report). */
  touch_rollup: {
    columns: {
      day: column.timestamptz(),
      owner_id: column.text(),
      facts: column.bigint(),
      call_seconds: column.bigint(),
    },
    primaryKey: ['day', 'owner_id'],
  },
  /** Purchases, cancellations and returns per UTC hour, so the timing report's local hours, weekdays and months add up from it. */
  sales_rollup: {
    columns: {
      hour: column.timestamptz(),
      currency: column.text(),
      facts: column.bigint(),
      purchases: column.bigint(),
      amount: column.bigint(),
      gross: column.bigint(),
      /** Cancellations and returns, positive. */
      returned: column.bigint(),
    },
    primaryKey: ['hour', 'currency'],
  },
  /** Each customer's purchase figures over all time, under its own id: reports add a survivor's absorbed records in. */
  customer_rollup: {
    columns: {
      customer_id: column.text(),
      currency: column.text(),
      facts: column.bigint(),
      revenue: column.bigint(),
      cost: column.bigint(),
      purchases: column.bigint(),
      /** Purchases recorded without their cost: while any, the margin is unknown. */
      purchases_without_cost: column.bigint(),
      cancellations: column.bigint(),
      returns: column.bigint(),
      last_purchase_at: column.timestamptz().nullable(),
    },
    primaryKey: ['customer_id', 'currency'],
  },
  /** Promotions per customer and campaign over all time, so customers reached is a count of rows. */
  promotion_rollup: {
    columns: {
      customer_id: column.text(),
      campaign_id: column.text(),
      facts: column.bigint(),
      sent: column.bigint(),
      answered: column.bigint(),
      opened: column.bigint(),
      clicked: column.bigint(),
      accepted: column.bigint(),
      declined: column.bigint(),
    },
    primaryKey: ['customer_id', 'campaign_id'],
  },
  /**
   * Each customer's purchases attributed to a campaign over all time with the default window. A
   * promotion or purchase recorded late, voided or corrected moves attributions of other purchases,
   * so a customer's rows are computed again from its facts whenever any of them changes. Purchases
   * attributed to none are kept under a null campaign, so a customer's rows add up to its purchases.
   * `revenue` is net of the cancellations and returns linked to those purchases' orders.
   */
  attribution_rollup: {
    columns: {
      customer_id: column.text(),
      campaign_id: column.text().nullable(),
      currency: column.text(),
      purchases: column.bigint(),
      revenue: column.bigint(),
    },
    indexes: [{ name: 'attribution_rollup_customer', on: ['customer_id'] }],
  },
  /** Records merged into another, while they are: their facts count under the survivor. */
  ...customerMergeTables,
});

export type AnalyticsTables = TablesOf<typeof analyticsTables>;
export type StaffTable = TableOf<typeof analyticsTables.staff>;
export type TouchFactTable = TableOf<typeof analyticsTables.touch_fact>;
export type PurchaseFactTable = TableOf<typeof analyticsTables.purchase_fact>;
export type PurchaseLineFactTable = TableOf<typeof analyticsTables.purchase_line_fact>;
export type OpportunityFactTable = TableOf<typeof analyticsTables.opportunity_fact>;
export type PromotionFactTable = TableOf<typeof analyticsTables.promotion_fact>;
