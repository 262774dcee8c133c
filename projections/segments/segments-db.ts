import type { Kysely } from 'kysely';
import { projectionSchema } from '#crm/projection-runner';
import type { SegmentsTables } from './segments.tables.js';

/** The segments tables of the live schema, for queries. */
export function segmentsDb(db: Kysely<any>): Kysely<SegmentsTables> {
  return db.withSchema(projectionSchema('segments')) as unknown as Kysely<SegmentsTables>;
}
