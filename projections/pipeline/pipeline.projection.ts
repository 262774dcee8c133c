import { defaultPipelineStages, fallbackStageProbability, opportunityStages, type OpportunityEvent, type PipelineEvent, type PipelineStage } from '#crm/domain';
import { defineProjection, type Recorded } from '#crm/projection-runner';
import type { Kysely, Transaction } from 'kysely';
import { applyCustomerMerges, customerMergeHandles, isCustomerMergeEvent, type CustomerMergeEvent } from '../shared/customer-merges.js';
import { pipelineTables, type PipelineTables } from './pipeline.tables.js';

type PipelineProjectionEvent = OpportunityEvent | PipelineEvent;

/** The stage table for a definition: its stages in order, then every other stage at its fallback. */
async function writeStages(db: Kysely<PipelineTables> | Transaction<PipelineTables>, stages: readonly PipelineStage[]): Promise<void> {
  await db.deleteFrom('stage_probability').execute();
  const others = opportunityStages.filter((stage) => !stages.some((defined) => defined.stage === stage));
  await db
    .insertInto('stage_probability')
    .values([
      ...stages.map(({ stage, probability }, position) => ({ stage, probability, position })),
      ...others.map((stage) => ({ stage, probability: fallbackStageProbability[stage], position: null })),
    ])
    .execute();
}

/**
 * The pipeline (GET /opportunities, /pipeline/board, /pipeline/forecast): every deal with its
 * stage, amount, probability and expected close, its stage changes, and the stage definition in
 * force. Probabilities are resolved when read, so a new definition re-weighs every open deal.
 */
export const pipelineProjection = defineProjection<PipelineProjectionEvent | CustomerMergeEvent>()({
  name: 'pipeline',
  // 2: each stage change keeps the id of its event (event_id). 3: merges (customer_merge): a survivor's deals are its own and its absorbed records'.
  version: 3,
  handles: {
    ...customerMergeHandles,
    OpportunityOpened: true,
    OpportunityStageChanged: true,
    OpportunityUpdated: true,
    OpportunityWon: true,
    OpportunityLost: true,
    PipelineStagesDefined: true,
  },
  tables: pipelineTables,
  async afterCreate(db) {
    await writeStages(db, defaultPipelineStages);
  },

  async applyBatch(trx, events) {
    await applyCustomerMerges(trx, events);
    for (const event of events) if (!isCustomerMergeEvent(event)) await apply(trx, event);
  },
});

async function apply(trx: Transaction<PipelineTables>, event: Recorded<PipelineProjectionEvent>): Promise<void> {
  // The prepare position: one append may hold several of a deal's events, which share the commit position.
  const position = event.position.prepare.toString();
  switch (event.type) {
    case 'PipelineStagesDefined':
      return writeStages(trx, event.data.stages);
    case 'OpportunityOpened': {
      const { data } = event;
      const inserted = await trx
        .insertInto('deal')
        .values({
          opportunity_id: data.opportunityId,
          customer_id: data.customerId,
          owner_id: data.ownerId,
          interest: data.interest,
          product: data.product ?? null,
          stage: data.stage,
          status: 'open',
          amount: data.expectedAmount.amount,
          currency: data.expectedAmount.currency,
          own_probability: data.probability ?? null,
          expected_close_date: data.expectedCloseDate ?? null,
          opened_at: data.occurredAt,
          stage_since: data.occurredAt,
        })
        .onConflict((oc) => oc.column('opportunity_id').doNothing())
        .executeTakeFirst();
      if (inserted.numInsertedOrUpdatedRows === 0n) return;
      await trx
        .insertInto('deal_stage_change')
        .values({ opportunity_id: data.opportunityId, position, from_stage: null, to_stage: data.stage, occurred_at: data.occurredAt, event_id: event.id })
        .execute();
      return;
    }
    case 'OpportunityStageChanged': {
      const { data } = event;
      const moved = await trx
        .updateTable('deal')
        .set({ stage: data.to, own_probability: data.probability ?? null, stage_since: data.occurredAt })
        .where('opportunity_id', '=', data.opportunityId)
        .where('status', '=', 'open')
        .executeTakeFirst();
      if (moved.numUpdatedRows === 0n) return;
      await trx
        .insertInto('deal_stage_change')
        .values({ opportunity_id: data.opportunityId, position, from_stage: data.from, to_stage: data.to, occurred_at: data.occurredAt, event_id: event.id })
        .execute();
      return;
    }
    case 'OpportunityUpdated': {
      const { interest, expectedAmount, ownerId, expectedCloseDate, product } = event.data.changes;
      await trx
        .updateTable('deal')
        .set({
          ...(interest !== undefined && { interest }),
          ...(expectedAmount !== undefined && { amount: expectedAmount.amount, currency: expectedAmount.currency }),
          ...(ownerId !== undefined && { owner_id: ownerId }),
          ...(expectedCloseDate !== undefined && { expected_close_date: expectedCloseDate }),
          ...(product !== undefined && { product }),
        })
        .where('opportunity_id', '=', event.data.opportunityId)
        .where('status', '=', 'open')
        .execute();
      return;
    }
    case 'OpportunityWon':
      await trx
        .updateTable('deal')
        .set({ status: 'won', closed_at: event.data.occurredAt, won_amount: event.data.amount, won_currency: event.data.currency })
        .where('opportunity_id', '=', event.data.opportunityId)
        .where('status', '=', 'open')
        .execute();
      return;
    case 'OpportunityLost':
      await trx
        .updateTable('deal')
        .set({ status: 'lost', closed_at: event.data.occurredAt, lost_reason: event.data.reason })
        .where('opportunity_id', '=', event.data.opportunityId)
        .where('status', '=', 'open')
        .execute();
      return;
  }
}
