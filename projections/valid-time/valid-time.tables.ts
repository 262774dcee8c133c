import { column, defineTables, type TablesOf } from '#crm/read-store';
import type { HeldItem, PointFacts } from './held-items.js';

export const validTimeTables = defineTables({
  /**
   * A customer's facts at each business instant at which something of it happened: the fold of
   * everything that happened by then (fact-points.ts), less the lists fact_item holds. Facts at V
   * are those of the latest point at or before V.
   */
  fact_point: {
    columns: { customer_id: column.text(), at: column.timestamptz(), event_id: column.text(), facts: column.json<PointFacts>() },
    primaryKey: ['customer_id', 'at'],
  },
  /**
   * One entry of a customer's purchases, complaints, money or replies (held-items.ts), in those
   * lists at the points from `from_at` until `to_at` (null: still). The facts at V hold the entries
   * with from_at <= V < to_at.
   */
  fact_item: {
    columns: {
      customer_id: column.text(),
      from_at: column.timestamptz(),
      ordinal: column.integer(),
      to_at: column.timestamptz().nullable(),
      list: column.text(),
      value: column.json<HeldItem['value']>(),
    },
    primaryKey: ['customer_id', 'from_at', 'ordinal'],
  },
  /** One row per customer with a point: the list a page of members at V walks. */
  fact_customer: {
    columns: { customer_id: column.text().primaryKey() },
  },
  /** Each customer's lifecycle on the business axis: the position it held from `valid_from` until `valid_to` (null: still). */
  lifecycle_period: {
    columns: {
      customer_id: column.text(),
      valid_from: column.timestamptz(),
      valid_to: column.timestamptz().nullable(),
      from_stage: column.text().nullable(),
      from_grade: column.text().nullable(),
      stage: column.text(),
      grade: column.text().nullable(),
      /** The event whose instant began the period; null when time alone did (a lapse). */
      event_id: column.text().nullable(),
    },
    primaryKey: ['customer_id', 'valid_from'],
    indexes: [{ name: 'lifecycle_period_from', on: ['valid_from'], onlyForQueries: true }],
  },
});

export type ValidTimeTables = TablesOf<typeof validTimeTables>;
