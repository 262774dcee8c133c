import { column, defineTables, type TablesOf } from '#crm/read-store';
import type { CustomerFacts } from '../segments/customer-facts.js';

export const validTimeTables = defineTables({
  /**
   * A customer's facts at each business instant at which something of it happened: the fold of
   * everything that happened by then (fact-points.ts). Facts at V are those of the latest point at
   * or before V.
   */
  fact_point: {
    columns: { customer_id: column.text(), at: column.timestamptz(), event_id: column.text(), facts: column.json<CustomerFacts>() },
    primaryKey: ['customer_id', 'at'],
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
