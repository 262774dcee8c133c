import { sql, type Kysely } from 'kysely';

export const deliveryStatuses = ['pending', 'recorded', 'sending', 'sent', 'skipped', 'failed'] as const;
export type DeliveryStatus = (typeof deliveryStatuses)[number];

/**
 * A campaign and its delivery ledger, one row per (campaign, customer): the ledger is what makes a
 * retried or resumed send skip what is done. pending → recorded (PromotionSent appended) →
 * sending (handed to the transport) → sent; or skipped (no consent) / failed.
 * Written by jobs, not projected: a campaign is an operation on the record, not a fact in it.
 */
export async function createCampaignTables(db: Kysely<any>): Promise<void> {
  await sql`create table if not exists campaign (
    id uuid primary key,
    name text not null,
    segment_id uuid not null,
    channel text not null,
    subject text not null,
    body text not null,
    created_by text not null,
    created_at timestamptz not null default now(),
    targeted integer
  )`.execute(db);
  await sql`create table if not exists campaign_delivery (
    campaign_id uuid not null references campaign (id),
    customer_id uuid not null,
    chunk integer not null,
    status text not null,
    reason text,
    updated_at timestamptz not null default now(),
    primary key (campaign_id, customer_id)
  )`.execute(db);
}
