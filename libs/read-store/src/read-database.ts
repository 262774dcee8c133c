import { sql } from 'kysely';
import { column, defineTables, type TablesOf } from './schema/tables.js';

const now = sql`now()`;

/**
 * Every table of the public schema, declared once: ReadDatabase is their type, and
 * read-database.int-spec.ts checks that the migrations build exactly these columns. A migration
 * that adds or changes a table changes its declaration here in the same commit. Projections'
 * tables are not here: each declares its own, in its own schema (defineProjection).
 */
export const readDatabaseTables = defineTables({
  api_key: {
    columns: {
      id: column.uuid().primaryKey(),
      key_hash: column.text().unique(),
      name: column.text(),
      /** #crm/auth's ROLES (auth.tables.ts fails to compile if they part); a check constraint holds the column to them. */
      role: column.text().as<'operator' | 'analyst' | 'compliance' | 'admin'>(),
      staff_id: column.text().nullable(),
      created_at: column.timestamptz().defaultTo(now),
      last_used_at: column.timestamptz().nullable(),
      revoked_at: column.timestamptz().nullable(),
    },
  },
  /** A staff member who can sign in (#crm/auth); the staff member itself is a fact in the log (StaffRegistered). */
  staff_user: {
    columns: {
      staff_id: column.text().primaryKey(),
      email: column.text().unique(),
      name: column.text(),
      /** #crm/auth's ROLES, as api_key's role. */
      role: column.text().as<'operator' | 'analyst' | 'compliance' | 'admin'>(),
      /** #crm/auth's LOCALES (auth.tables.ts fails to compile if they part). */
      locale: column.text().as<'en' | 'es' | 'ca'>().defaultTo('en'),
      password_hash: column.text().nullable(),
      created_at: column.timestamptz().defaultTo(now),
      disabled_at: column.timestamptz().nullable(),
    },
  },
  /** A signed-in session, stored by the hash of its token, so a database dump signs no one in. */
  staff_session: {
    columns: {
      token_hash: column.text().primaryKey(),
      staff_id: column.text(),
      created_at: column.timestamptz(),
      last_seen_at: column.timestamptz(),
      expires_at: column.timestamptz(),
    },
    indexes: [{ name: 'staff_session_staff_id_idx', on: ['staff_id'] }],
  },
  /** Failed sign-ins, by email and by address, for lockout. */
  sign_in_failure: {
    columns: {
      id: column.bigserial().primaryKey(),
      email: column.text(),
      address: column.text(),
      failed_at: column.timestamptz(),
    },
    indexes: [
      { name: 'sign_in_failure_email_idx', on: ['email', 'failed_at'] },
      { name: 'sign_in_failure_address_idx', on: ['address', 'failed_at'] },
    ],
  },
  access_log: {
    columns: {
      id: column.bigint().identity().primaryKey(),
      accessed_at: column.timestamptz().defaultTo(now),
      actor_id: column.text(),
      actor_role: column.text(),
      api_key_id: column.text(),
      subject_kind: column.text(),
      subject_id: column.text(),
      action: column.text(),
      route: column.text(),
      reason: column.text().nullable(),
      /** A list read: its filters (canonical JSON) and how many rows it returned. */
      query: column.text().nullable(),
      row_count: column.integer().nullable(),
    },
  },
  data_key: {
    columns: {
      key_id: column.uuid().primaryKey(),
      subject_kind: column.text(),
      subject_id: column.text(),
      /** The data key wrapped with the master key (iv ‖ tag ‖ ciphertext); null once destroyed. */
      wrapped_key: column.bytea().nullable(),
      master_key_id: column.text().nullable(),
      created_at: column.timestamptz().defaultTo(now),
      destroyed_at: column.timestamptz().nullable(),
    },
  },
  /** One row: the id of the master key this database's data keys are wrapped with. */
  crypto_master_key: {
    columns: {
      singleton: column.boolean().primaryKey().defaultTo(true),
      master_key_id: column.text(),
      recorded_at: column.timestamptz().defaultTo(now),
    },
  },
  /** Signed seals over the event log and the access log (#crm/compliance, docs/compliance.md). */
  audit_seal: {
    columns: {
      log: column.text().as<'events' | 'access'>(),
      /** 1, 2, 3... per log: a seal removed from the middle leaves a gap the next one names. */
      seq: column.bigint(),
      sealed_at: column.timestamptz(),
      /** The last item of the seal before (a log position or an access-log id); null for the first seal. */
      after_ref: column.text().nullable(),
      through_ref: column.text(),
      item_count: column.integer(),
      total_count: column.bigint(),
      previous_hash: column.text(),
      head_hash: column.text(),
      key_id: column.text(),
      signature: column.text(),
      /** #crm/compliance's SealEntry list; the seal store gives it that type. */
      entries: column.jsonb<unknown[]>(),
    },
    primaryKey: ['log', 'seq'],
  },
  idempotency_record: {
    columns: {
      actor_key_id: column.text(),
      key: column.text(),
      request_hash: column.text(),
      status_code: column.integer(),
      /** The JSON text as first sent: jsonb would reorder its keys. */
      response_body: column.text(),
      created_at: column.timestamptz().defaultTo(now),
    },
    primaryKey: ['actor_key_id', 'key'],
  },
  customer_state_snapshot: {
    columns: {
      customer_id: column.text(),
      fold_version: column.integer(),
      /** The revision of the last event folded in. */
      revision: column.bigint(),
      /** When that event was recorded: a snapshot serves every instant from then on. */
      recorded_at: column.timestamptz(),
      /** `{ personal: <the state> }` as the event codec encodes it: sealed with the person's key. */
      state: column.jsonb<Record<string, unknown>>(),
      created_at: column.timestamptz().defaultTo(now),
      /** The latest business time of the events folded in, erasures aside (null: none). */
      max_business_time: column.timestamptz().nullable(),
      /** `late_events` lists the events from this revision on (the one after the previous snapshot's). */
      late_since: column.bigint(),
      /** `[revision, business time or null for an erasure]` of the events since `late_since` that a fold at a business time must read past it. */
      late_events: column.jsonb<[string, string | null][]>(),
    },
    primaryKey: ['customer_id', 'fold_version', 'revision'],
  },
  projection_checkpoint: {
    columns: {
      name: column.text().primaryKey(),
      schema_name: column.text(),
      version: column.integer(),
      /** Bumped by every rebuild swap, so a runner holding an older view of the row notices. */
      generation: column.integer().defaultTo(0),
      commit_position: column.bigint().defaultTo(-1),
      prepare_position: column.bigint().defaultTo(-1),
      state: column.text().as<'catching-up' | 'live' | 'failed' | 'stopped'>(),
      last_error: column.text().nullable(),
      failed_position: column.text().nullable(),
      failed_event_id: column.text().nullable(),
      failed_event_type: column.text().nullable(),
      events_applied: column.bigint().defaultTo(0),
      updated_at: column.timestamptz().defaultTo(now),
      last_event_recorded_at: column.timestamptz().nullable(),
      rebuild_started_at: column.timestamptz().nullable(),
      rebuild_events_done: column.bigint().nullable(),
      rebuild_events_total: column.bigint().nullable(),
      /** From a batch that left steps (Projection.nextStep) until the last of them: the checkpoint's position is not reached yet. */
      steps_pending: column.boolean().defaultTo(false),
    },
  },
  campaign: {
    columns: {
      id: column.uuid().primaryKey(),
      name: column.text(),
      segment_id: column.uuid(),
      channel: column.text(),
      subject: column.text(),
      body: column.text(),
      created_by: column.text(),
      created_at: column.timestamptz().defaultTo(now),
      targeted: column.integer().nullable(),
      control_share: column.doublePrecision().defaultTo(0),
    },
  },
  campaign_delivery: {
    columns: {
      campaign_id: column.uuid(),
      customer_id: column.uuid(),
      chunk: column.integer(),
      status: column.text().as<'pending' | 'recorded' | 'sending' | 'sent' | 'skipped' | 'failed' | 'held-back'>(),
      reason: column.text().nullable(),
      updated_at: column.timestamptz().defaultTo(now),
    },
    primaryKey: ['campaign_id', 'customer_id'],
  },
  webhook_subscription: {
    columns: {
      id: column.uuid().primaryKey(),
      url: column.text(),
      event_types: column.textArray(),
      secret: column.text(),
      created_by: column.text(),
      created_at: column.timestamptz().defaultTo(now),
    },
  },
  webhook_delivery: {
    columns: {
      subscription_id: column.uuid(),
      event_id: column.text(),
      event_type: column.text(),
      status: column.text(),
      attempts: column.integer(),
      last_status_code: column.integer().nullable(),
      last_error: column.text().nullable(),
      updated_at: column.timestamptz().defaultTo(now),
    },
    primaryKey: ['subscription_id', 'event_id'],
  },
  export_job: {
    columns: {
      id: column.uuid().primaryKey(),
      kind: column.text(),
      subject: column.text(),
      status: column.text().as<'queued' | 'running' | 'done' | 'failed'>(),
      done: column.integer().defaultTo(0),
      total: column.integer().nullable(),
      error: column.text().nullable(),
      content_type: column.text().nullable(),
      filename: column.text().nullable(),
      content: column.text().nullable(),
      reason: column.text().nullable(),
      created_by: column.text(),
      created_at: column.timestamptz().defaultTo(now),
      finished_at: column.timestamptz().nullable(),
    },
  },
  outbox_message: {
    columns: {
      key: column.text().primaryKey(),
      channel: column.text(),
      recipient: column.text(),
      subject: column.text(),
      body: column.text(),
      created_at: column.timestamptz().defaultTo(now),
    },
  },
  /** In-app notifications for a staff member, one per reminder job (its key is the id). */
  notification: {
    columns: {
      id: column.text().primaryKey(),
      staff_id: column.text(),
      kind: column.text(),
      customer_id: column.text().nullable(),
      task_id: column.text().nullable(),
      due_at: column.timestamptz().nullable(),
      created_at: column.timestamptz().defaultTo(now),
      read_at: column.timestamptz().nullable(),
      automation_id: column.text().nullable(),
    },
    indexes: [{ name: 'notification_staff_idx', on: ['staff_id', 'created_at'] }],
  },
  /** Each fit of the purchase models; the newest is in force (docs/marketing.md). */
  forecast_fit: {
    columns: {
      id: column.uuid().primaryKey(),
      fitted_at: column.timestamptz().defaultTo(now),
      /** UTC days, `YYYY-MM-DD`: the first purchase day seen and the last day counted. */
      calibration_start: column.text(),
      calibration_end: column.text(),
      currency: column.text(),
      customers: column.integer(),
      duration_ms: column.integer(),
      model: column.jsonb<ForecastFitModel>(),
    },
    indexes: [{ name: 'forecast_fit_fitted_at_idx', on: ['fitted_at'] }],
  },
  /** Each automation firing's action, settled once (libs/automations). */
  automation_action: {
    columns: {
      key: column.text().primaryKey(),
      automation_id: column.uuid(),
      customer_id: column.uuid(),
      status: column.text().as<'pending' | 'sending' | 'done' | 'held-back' | 'skipped' | 'failed'>(),
      reason: column.text().nullable(),
      updated_at: column.timestamptz().defaultTo(now),
    },
    indexes: [{ name: 'automation_action_automation', on: ['automation_id', 'status'] }],
  },
  /** Every marketing message sent to a customer, by its message key: the marketing-pressure window reads it. */
  marketing_contact: {
    columns: { customer_id: column.uuid(), key: column.text(), sent_at: column.timestamptz() },
    primaryKey: ['customer_id', 'key'],
    indexes: [{ name: 'marketing_contact_recent', on: ['customer_id', 'sent_at'] }],
  },
});

/** The fitted models as kept: parameters, maximised log-likelihood, customers and iterations of each. */
export type ForecastFitModel = {
  bgNbd: { parameters: { r: number; alpha: number; a: number; b: number }; logLikelihood: number; customers: number; iterations: number };
  gammaGamma: { parameters: { p: number; q: number; gamma: number }; logLikelihood: number; customers: number; iterations: number } | null;
};

/** The public schema's tables as Kysely sees them: the type of READ_DB. */
export type ReadDatabase = TablesOf<typeof readDatabaseTables>;
