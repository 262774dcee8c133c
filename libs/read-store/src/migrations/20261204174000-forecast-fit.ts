import { sql, type Kysely } from 'kysely';

/**
 * Each fit of the purchase models (docs/marketing.md), written by the fit job and `crm forecast
 * fit`; the newest is the one forecasts use. A fit is derived from the purchases read model, not a
 * fact about a customer, so it is kept here rather than in the log.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('forecast_fit')
    .addColumn('id', 'uuid', (col) => col.primaryKey())
    .addColumn('fitted_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('calibration_start', 'text', (col) => col.notNull())
    .addColumn('calibration_end', 'text', (col) => col.notNull())
    .addColumn('currency', 'text', (col) => col.notNull())
    .addColumn('customers', 'integer', (col) => col.notNull())
    .addColumn('duration_ms', 'integer', (col) => col.notNull())
    .addColumn('model', 'jsonb', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('forecast_fit_fitted_at_idx').on('forecast_fit').column('fitted_at').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('forecast_fit').execute();
}
