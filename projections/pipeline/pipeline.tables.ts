import { column, defineTables, type TablesOf } from '#crm/read-store';
import { customerMergeTables } from '../shared/customer-merges.js';

export const dealStatuses = ['open', 'won', 'lost'] as const;
export type DealStatus = (typeof dealStatuses)[number];

export const pipelineTables = defineTables({
  /**
   * Every stage a deal can be in with the probability it weighs: the defined ones in board order
   * (`position`), the others (left out of the definition) with a null position and their fallback.
   */
  stage_probability: {
    columns: { stage: column.text().primaryKey(), probability: column.integer(), position: column.integer().nullable() },
  },
  /** One row per deal. Ids are text: imports name deals and people by their own keys. */
  deal: {
    columns: {
      opportunity_id: column.text().primaryKey(),
      customer_id: column.text(),
      owner_id: column.text(),
      interest: column.text(),
      product: column.text().nullable(),
      stage: column.text(),
      status: column.text().as<DealStatus>(),
      amount: column.bigint(),
      currency: column.text(),
      /** null: the stage's probability applies. */
      own_probability: column.integer().nullable(),
      /** YYYY-MM-DD, compared as text. */
      expected_close_date: column.text().nullable(),
      opened_at: column.timestamptz(),
      stage_since: column.timestamptz(),
      closed_at: column.timestamptz().nullable(),
      won_amount: column.bigint().nullable(),
      won_currency: column.text().nullable(),
      lost_reason: column.text().nullable(),
    },
    indexes: [
      { name: 'deal_status_stage', on: ['status', 'stage'] },
      { name: 'deal_owner', on: ['owner_id'] },
      { name: 'deal_customer', on: ['customer_id'] },
    ],
  },
  /** A deal's way through the stages, from its opening stage on. */
  deal_stage_change: {
    columns: {
      opportunity_id: column.text(),
      position: column.bigint(),
      from_stage: column.text().nullable(),
      to_stage: column.text(),
      occurred_at: column.timestamptz(),
      /** The event that moved (or opened) the deal: what a stuck-deal signal rests on. */
      event_id: column.text(),
    },
    primaryKey: ['opportunity_id', 'position'],
  },
  /** Records merged into another, while they are: the survivor's deal list holds theirs. */
  ...customerMergeTables,
});

export type PipelineTables = TablesOf<typeof pipelineTables>;
