import { Inject, Injectable } from '@nestjs/common';
import { projectionSchema } from '#crm/projection-runner';
import { newestFirstPosition, olderThan, READ_DB, type NewestFirstPosition, type Positioned, type ReadDatabase } from '#crm/read-store';
import { messageChannels, type MessageChannel } from '#crm/transport';
import { sql, type Kysely, type Selectable } from 'kysely';
import type { DeliveryStatus } from './campaign.tables.js';

/** The campaign DTO admits only these; a row holding anything else was not written by this code. */
function channelOf(text: string): MessageChannel {
  const channel = messageChannels.find((each) => each === text);
  if (!channel) throw new Error(`campaign channel ${text} is not one of ${messageChannels.join(', ')}`);
  return channel;
}

/** Customers per chunk job: small enough that a retried chunk redoes little, large enough to keep Redis quiet. */
export const CHUNK_SIZE = 50;

/** The campaign's segment is still being evaluated over the known customers: targeting waits (the job is retried). */
export class SegmentStillEvaluatingError extends Error {
  constructor(readonly segmentId: string) {
    super(`segment ${segmentId} is still being evaluated over the known customers; targeting waits for it`);
  }
}

export type Campaign = {
  id: string;
  name: string;
  segmentId: string;
  channel: MessageChannel;
  subject: string;
  body: string;
  createdAt: Date;
  targeted: number | null;
  /** The share of targeted customers held back as the control group (hash of campaign and customer). */
  controlShare: number;
};
export type Delivery = { customerId: string; status: DeliveryStatus };
export type CampaignProgress = { targeted: number | null; pending: number; sent: number; skipped: number; failed: number; heldBack: number };

@Injectable()
export class CampaignStore {
  constructor(@Inject(READ_DB) private readonly db: Kysely<ReadDatabase>) {}

  async create(campaign: Omit<Campaign, 'createdAt' | 'targeted'> & { createdBy: string }): Promise<void> {
    const { segmentId, createdBy, controlShare, ...rest } = campaign;
    await this.db.insertInto('campaign').values({ ...rest, segment_id: segmentId, created_by: createdBy, control_share: controlShare }).execute();
  }

  async find(id: string): Promise<Campaign | undefined> {
    const row = await this.db.selectFrom('campaign').selectAll().where('id', '=', id).executeTakeFirst();
    return row && campaignOf(row);
  }

  /** Newest first, `limit + 1` of them after `after`: a page and whether another follows. */
  async page(after: NewestFirstPosition | null, limit: number): Promise<Positioned<Campaign>[]> {
    const rows = await this.db
      .selectFrom('campaign')
      .selectAll()
      .select(newestFirstPosition().as('position'))
      .$if(after !== null, (query) => query.where(olderThan(after!)))
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit + 1)
      .execute();
    return rows.map((row) => ({ item: campaignOf(row), position: row.position }));
  }

  /**
   * Freezes the audience once: the segment's members at that moment, numbered into chunks. Run
   * again (a retried job) it changes nothing and answers the same count.
   */
  target(campaign: Campaign): Promise<number> {
    return this.db.transaction().execute(async (trx) => {
      const locked = await trx.selectFrom('campaign').select('targeted').where('id', '=', campaign.id).forUpdate().executeTakeFirstOrThrow();
      if (locked.targeted !== null) return locked.targeted as number;
      // A new segment is evaluated over the customers a chunk per transaction: its members so far
      // are not its audience. The job's retries (1 s, 2 s, 4 s...) wait for the last chunk.
      const evaluating = await sql`
        select 1 from ${sql.table(`${projectionSchema('segments')}.segment`)}
        where segment_id = ${campaign.segmentId} and evaluated_through is not null`.execute(trx);
      if (evaluating.rows.length > 0) throw new SegmentStillEvaluatingError(campaign.segmentId);
      const members = sql.table(`${projectionSchema('segments')}.segment_member`);
      const inserted = await sql<{ count: string }>`
        with added as (
          insert into campaign_delivery (campaign_id, customer_id, chunk, status)
          select ${campaign.id}::uuid, customer_id::uuid, ((row_number() over (order by customer_id)) - 1) / ${CHUNK_SIZE}, 'pending'
          from ${members} where segment_id = ${campaign.segmentId}
          returning 1
        ) select count(*) from added`.execute(trx);
      const targeted = Number(inserted.rows[0].count);
      await trx.updateTable('campaign').set({ targeted }).where('id', '=', campaign.id).execute();
      return targeted;
    });
  }

  /** What a chunk still has to do: everything not settled yet. */
  unsettled(campaignId: string, chunk: number): Promise<Delivery[]> {
    return this.db
      .selectFrom('campaign_delivery')
      .select(['customer_id as customerId', 'status'])
      .where('campaign_id', '=', campaignId)
      .where('chunk', '=', chunk)
      .where('status', 'in', ['pending', 'recorded', 'sending'])
      .orderBy('customer_id')
      .execute() as Promise<Delivery[]>;
  }

  /** Campaigns not targeted yet, or with deliveries still to settle. */
  async unfinished(): Promise<string[]> {
    const rows = await this.db
      .selectFrom('campaign')
      .select('id')
      .where((eb) =>
        eb.or([
          eb('targeted', 'is', null),
          eb.exists(eb.selectFrom('campaign_delivery').select('customer_id').whereRef('campaign_id', '=', 'campaign.id').where('status', 'in', ['pending', 'recorded', 'sending'])),
        ]),
      )
      .execute();
    return rows.map((row) => row.id as string);
  }

  /**
   * Moves a delivery on only from one of `from`; false when it was elsewhere. Two runs of one
   * chunk may overlap (a lock that lapsed, a Redis that forgot a job still running): the run that
   * loses learns it here and leaves the customer to the other.
   */
  async advance(campaignId: string, customerId: string, from: DeliveryStatus[], to: DeliveryStatus, reason: string | null = null): Promise<boolean> {
    const result = await this.db
      .updateTable('campaign_delivery')
      .set({ status: to, reason, updated_at: new Date() })
      .where('campaign_id', '=', campaignId)
      .where('customer_id', '=', customerId)
      .where('status', 'in', from)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  async mark(campaignId: string, customerId: string, status: DeliveryStatus, reason: string | null = null): Promise<void> {
    await this.db
      .updateTable('campaign_delivery')
      .set({ status, reason, updated_at: new Date() })
      .where('campaign_id', '=', campaignId)
      .where('customer_id', '=', customerId)
      .execute();
  }

  async progress(campaign: Campaign): Promise<CampaignProgress> {
    const rows = await this.db
      .selectFrom('campaign_delivery')
      .select(['status', (eb) => eb.fn.countAll<string>().as('count')])
      .where('campaign_id', '=', campaign.id)
      .groupBy('status')
      .execute();
    const count = (...statuses: DeliveryStatus[]) => rows.filter((row) => statuses.includes(row.status)).reduce((sum, row) => sum + Number(row.count), 0);
    return {
      targeted: campaign.targeted,
      pending: count('pending', 'recorded', 'sending'),
      sent: count('sent'),
      skipped: count('skipped'),
      failed: count('failed'),
      heldBack: count('held-back'),
    };
  }

  /** Every targeted customer with where their delivery stands. */
  deliveries(campaignId: string): Promise<Delivery[]> {
    return this.db
      .selectFrom('campaign_delivery')
      .select(['customer_id as customerId', 'status'])
      .where('campaign_id', '=', campaignId)
      .orderBy('customer_id')
      .execute() as Promise<Delivery[]>;
  }
}

function campaignOf(row: Selectable<ReadDatabase['campaign']>): Campaign {
  return {
    id: row.id,
    name: row.name,
    segmentId: row.segment_id,
    channel: channelOf(row.channel),
    subject: row.subject,
    body: row.body,
    createdAt: row.created_at,
    targeted: row.targeted,
    controlShare: row.control_share,
  };
}
