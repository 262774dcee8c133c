import { sql, type Kysely } from 'kysely';
import { advisoryLockKey, LockKind, lockForTransaction } from './advisory-lock.js';
import { findCheckpoint, insertCheckpoint, type CheckpointRecord } from './checkpoint/checkpoint.queries.js';
import { projectionSchema, type Projection } from './projection.js';
import type { ReadDatabase } from '#crm/read-store';

/**
 * Creates a projection's live schema, empty, with its checkpoint at the start of the log, unless
 * its checkpoint row exists: the row and the schema are created together, so one never exists
 * without the other.
 */
export async function initializeProjection(db: Kysely<ReadDatabase>, projection: Projection): Promise<CheckpointRecord> {
  return db.transaction().execute(async (trx) => {
    await lockForTransaction(trx, advisoryLockKey(LockKind.initialize, projection.name));
    const existing = await findCheckpoint(trx, projection.name);
    if (existing) return existing;
    await createEmptySchema(trx, projectionSchema(projection.name), projection);
    await insertCheckpoint(trx, { name: projection.name, schemaName: projectionSchema(projection.name), version: projection.version });
    return (await findCheckpoint(trx, projection.name))!;
  });
}

/** Drops whatever a crashed attempt left in `schema` and lets the projection create its tables there. */
export async function createEmptySchema(db: Kysely<ReadDatabase>, schema: string, projection: Projection, options?: { withoutQueryIndexes?: boolean }): Promise<void> {
  await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(db);
  await sql`create schema ${sql.id(schema)}`.execute(db);
  await projection.createSchema(db, schema, options);
}
