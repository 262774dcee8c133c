import { sql, type Kysely, type Migration } from 'kysely';
import type { ActorRole } from '#crm/domain';
import { runMigrations, type ReadDatabase } from '#crm/read-store';

/**
 * The erasure ledger: which people were erased, when, by whom, by which event. It lives in a
 * schema of its own that `crm backup` leaves out and `crm restore` keeps, so a backup taken before
 * an erasure cannot bring the person back: restore re-applies every erasure the ledger holds.
 * Ids only — no personal data.
 */
export const ERASURE_LEDGER_SCHEMA = 'erasure_ledger';

export type ErasureLedgerTable = {
  customer_id: string;
  /** The CustomerErased event, re-appended with this id on restore (idempotent by event id). */
  event_id: string;
  erased_at: Date;
  actor_id: string;
  actor_role: ActorRole;
};

// Type aliases, not interfaces: Kysely's withTables wants an index-signature-compatible shape.
export type ErasureLedgerDatabase = {
  'erasure_ledger.erasure': ErasureLedgerTable;
};

export type ErasureEntry = { customerId: string; eventId: string; erasedAt: Date; actor: { id: string; role: ActorRole } };

const migrations: Record<string, Migration> = {
  '20261204100000-create-erasure': {
    async up(db) {
      await db.schema
        .withSchema(ERASURE_LEDGER_SCHEMA)
        .createTable('erasure')
        .addColumn('customer_id', 'uuid', (column) => column.primaryKey())
        .addColumn('event_id', 'uuid', (column) => column.notNull())
        .addColumn('erased_at', 'timestamptz', (column) => column.notNull())
        .addColumn('actor_id', 'text', (column) => column.notNull())
        .addColumn('actor_role', 'text', (column) => column.notNull())
        .execute();
    },
  },
};

export class ErasureLedgerMigrationError extends Error {
  readonly code = 'ERASURE_LEDGER_MIGRATION_FAILED';
  constructor(cause: unknown) {
    super(`erasure ledger migration failed: ${(cause as Error)?.message ?? String(cause)}`, { cause });
  }
}

/** Its bookkeeping tables sit in its own schema too, so a restore never finds them out of step with it. */
export async function migrateErasureLedger(db: Kysely<ReadDatabase>): Promise<void> {
  await sql`create schema if not exists ${sql.id(ERASURE_LEDGER_SCHEMA)}`.execute(db);
  await runMigrations(db, {
    schema: ERASURE_LEDGER_SCHEMA,
    tableName: 'erasure_ledger_migration',
    migrations,
    failure: (_migration, cause) => new ErasureLedgerMigrationError(cause),
  });
}

export class ErasureLedger {
  private readonly db: Kysely<ErasureLedgerDatabase>;

  constructor(db: Kysely<ReadDatabase>) {
    this.db = db.withTables<ErasureLedgerDatabase>();
  }

  /** The first erasure of a person is the one kept; erasing again changes nothing. */
  async record(entry: ErasureEntry): Promise<void> {
    await this.db
      .insertInto('erasure_ledger.erasure')
      .values({ customer_id: entry.customerId, event_id: entry.eventId, erased_at: entry.erasedAt, actor_id: entry.actor.id, actor_role: entry.actor.role })
      .onConflict((conflict) => conflict.column('customer_id').doNothing())
      .execute();
  }

  async all(): Promise<ErasureEntry[]> {
    const rows = await this.db.selectFrom('erasure_ledger.erasure').selectAll().orderBy('erased_at').execute();
    return rows.map((row) => ({ customerId: row.customer_id, eventId: row.event_id, erasedAt: row.erased_at, actor: { id: row.actor_id, role: row.actor_role } }));
  }
}
