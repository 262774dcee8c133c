import { sql, type Kysely } from 'kysely';
import type { RecordedEvent } from '#crm/event-store';
import { applyWithSteps, type Projection } from '#crm/projection-runner';
import type { ReadDatabase } from '#crm/read-store';

/** A fresh schema with the projection's tables, as the runner makes one. */
export async function freshSchema(db: Kysely<ReadDatabase>, projection: Projection, schema: string): Promise<void> {
  await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(db);
  await sql`create schema ${sql.id(schema)}`.execute(db);
  await projection.createSchema(db, schema);
}

/** Applies `events` in transactions of the given sizes (the last takes the rest), as the runner would. */
export async function applyInBatches(db: Kysely<ReadDatabase>, projection: Projection, schema: string, events: RecordedEvent[], sizes: number[] = []): Promise<void> {
  let start = 0;
  for (const size of [...sizes, events.length]) {
    const batch = events.slice(start, start + Math.max(1, size));
    if (batch.length === 0) break;
    await applyWithSteps(db, projection, schema, batch);
    start += batch.length;
  }
}
