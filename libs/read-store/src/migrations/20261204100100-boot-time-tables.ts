import { sql, type Kysely } from 'kysely';

/**
 * The tables the api and the message transport used to create at boot. `if not exists`
 * throughout: a database from the previous release has them already, exactly as below (but for
 * export_job.reason on the oldest ones, added apart).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // A campaign and its delivery ledger, one row per (campaign, customer): what makes a resumed send skip what is done.
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

  // Webhook subscriptions and one row per delivery with its outcome.
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

  // One row per export or rebuild started over HTTP: its progress, and when done the file to download.
  await sql`create table if not exists export_job (
    id uuid primary key,
    kind text not null,
    subject text not null,
    status text not null,
    done integer not null default 0,
    total integer,
    error text,
    content_type text,
    filename text,
    content text,
    reason text,
    created_by text not null,
    created_at timestamptz not null default now(),
    finished_at timestamptz
  )`.execute(db);
  await sql`alter table export_job add column if not exists reason text`.execute(db);

  // What the outbox transport keeps instead of sending (no SMTP_URL), keyed so a message sent twice is kept once.
  await sql`create table if not exists outbox_message (
    key text primary key,
    channel text not null,
    recipient text not null,
    subject text not null,
    body text not null,
    created_at timestamptz not null default now()
  )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['outbox_message', 'export_job', 'webhook_delivery', 'webhook_subscription', 'campaign_delivery', 'campaign']) {
    await db.schema.dropTable(table).execute();
  }
}
