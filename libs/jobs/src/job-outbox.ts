import { sql, type Kysely, type Transaction } from 'kysely';
import type { JobName, JobPayload } from './job-names.js';

/**
 * A reactor is a projection that writes the jobs it wants into its own `job_outbox` table in the
 * same transaction as its checkpoint: a crash can neither lose a job nor invent one. The
 * dispatcher then moves rows into BullMQ with jobId = key, so moving a row twice adds one job.
 */
export async function createJobOutbox(db: Kysely<any>, schema: string): Promise<void> {
  await db.schema
    .withSchema(schema)
    .createTable('job_outbox')
    .addColumn('key', 'text', (col) => col.primaryKey())
    .addColumn('seq', 'bigserial', (col) => col.notNull())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('payload', 'jsonb', (col) => col.notNull())
    .addColumn('run_at', 'timestamptz')
    .addColumn('dispatched_at', 'timestamptz')
    .execute();
  await sql`create index job_outbox_pending on ${sql.table(`${schema}.job_outbox`)} (seq) where dispatched_at is null`.execute(db);
}

export type OutboxJob<N extends JobName = JobName> = { key: string; name: N; payload: JobPayload<N>; runAt?: Date };

/** Inside applyBatch. A key already there (the same event applied again) keeps its first row. */
export async function writeToJobOutbox(trx: Transaction<any>, schema: string, jobs: OutboxJob[]): Promise<void> {
  if (jobs.length === 0) return;
  await trx
    .withSchema(schema)
    .insertInto('job_outbox')
    .values(jobs.map((job) => ({ key: job.key, name: job.name, payload: JSON.stringify(job.payload), run_at: job.runAt ?? null })))
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
}
