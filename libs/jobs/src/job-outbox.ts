import { column, defineTables, type TablesOf } from '#crm/read-store';
import type { Kysely, Transaction } from 'kysely';
import type { JobName, JobPayload } from './job-names.js';

/**
 * A reactor is a projection that writes the jobs it wants into its own `job_outbox` table in the
 * same transaction as its checkpoint: a crash can neither lose a job nor invent one. The
 * dispatcher then moves rows into BullMQ with jobId = key, so moving a row twice adds one job.
 * A reactor lists these among its own tables: `tables: { ...jobOutboxTables, ... }`.
 */
export const jobOutboxTables = defineTables({
  job_outbox: {
    columns: {
      key: column.text().primaryKey(),
      seq: column.bigserial(),
      name: column.text(),
      payload: column.jsonb<unknown>(),
      run_at: column.timestamptz().nullable(),
      dispatched_at: column.timestamptz().nullable(),
    },
    indexes: [{ name: 'job_outbox_pending', on: ['seq'], where: 'dispatched_at is null' }],
  },
});

export type JobOutboxTables = TablesOf<typeof jobOutboxTables>;

export type OutboxJob<N extends JobName = JobName> = { key: string; name: N; payload: JobPayload<N>; runAt?: Date };

/** Inside applyBatch. A key already there (the same event applied again) keeps its first row. */
export async function writeToJobOutbox(trx: Transaction<JobOutboxTables>, jobs: OutboxJob[]): Promise<void> {
  if (jobs.length === 0) return;
  await trx
    .insertInto('job_outbox')
    .values(jobs.map((job) => ({ key: job.key, name: job.name, payload: JSON.stringify(job.payload), run_at: job.runAt ?? null })))
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
}

/** A dispatched outbox job, as the restore adds it to the queue again. */
export type OutboxJobRow = { key: string; name: string; payload: unknown; runAt: Date | null };

/**
 * A page of a reactor's dispatched jobs after the outbox `seq` `after`, oldest first, without those
 * `settled` names (by key) as done, and the seq to go on from (null once the outbox is read): what
 * must be in Redis for the rest to run after Redis lost its jobs.
 */
export async function unsettledDispatchedJobs(
  outbox: Kysely<JobOutboxTables>,
  page: { after: string | null; limit: number },
  settled: (jobs: OutboxJobRow[]) => Promise<ReadonlySet<string>>,
): Promise<{ jobs: OutboxJobRow[]; last: string | null }> {
  const rows = await outbox
    .selectFrom('job_outbox')
    .select(['key', 'name', 'payload', 'run_at as runAt', 'seq'])
    .where('dispatched_at', 'is not', null)
    .$if(page.after !== null, (qb) => qb.where('seq', '>', page.after!))
    .orderBy('seq')
    .limit(page.limit)
    .execute();
  if (rows.length === 0) return { jobs: [], last: null };
  const jobs = rows.map(({ seq: _seq, ...job }) => job);
  const done = await settled(jobs);
  return { jobs: jobs.filter((job) => !done.has(job.key)), last: String(rows.at(-1)!.seq) };
}
