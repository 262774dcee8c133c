import type { Kysely } from 'kysely';
import { projectionSchema } from '#crm/projection-runner';
import type { AnalyticsTables } from './analytics.tables.js';

/** The analytics tables of the live schema, for queries. */
export function analyticsDb(db: Kysely<any>): Kysely<AnalyticsTables> {
  return db.withSchema(projectionSchema('analytics')) as unknown as Kysely<AnalyticsTables>;
}
