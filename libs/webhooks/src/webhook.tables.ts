import { sql, type Kysely } from 'kysely';

/**
 * Subscriptions (URL, event types, signing secret) and one row per delivery with its outcome:
 * pending while tries remain, delivered on a 2xx, parked after the last failed try.
 */
export async function createWebhookTables(db: Kysely<any>): Promise<void> {
  await sql`create table if not exists webhook_subscription (
    id uuid primary key,
    url text not null,
    event_types text[] not null,
    secret text not null,
    created_by text not null,
    created_at timestamptz not null default now()
  )`.execute(db);
  await sql`create table if not exists webhook_delivery (
    subscription_id uuid not null references webhook_subscription (id) on delete cascade,
    event_id text not null,
    event_type text not null,
    status text not null,
    attempts integer not null,
    last_status_code integer,
    last_error text,
    updated_at timestamptz not null default now(),
    primary key (subscription_id, event_id)
  )`.execute(db);
}
