import { sql, type Kysely } from 'kysely';
import type { SegmentRule } from '#crm/domain';
import type { SegmentsTables } from './segments.tables.js';

export interface SegmentRow {
  segment_id: string;
  name: string;
  description: string | null;
  rule: SegmentRule;
  time_relative: boolean;
  defined_at: Date;
  members: string;
}

function segments(db: Kysely<SegmentsTables>) {
  return db
    .selectFrom('segment')
    .select(['segment.segment_id', 'segment.name', 'segment.description', 'segment.rule', 'segment.time_relative', 'segment.defined_at'])
    .select((eb) =>
      eb.selectFrom('segment_member').select(sql<string>`count(*)`.as('members')).whereRef('segment_member.segment_id', '=', 'segment.segment_id').as('members'),
    );
}

export function listSegments(db: Kysely<SegmentsTables>): Promise<SegmentRow[]> {
  return segments(db).orderBy('segment.defined_at').orderBy('segment.segment_id').execute() as Promise<SegmentRow[]>;
}

export function findSegment(db: Kysely<SegmentsTables>, segmentId: string): Promise<SegmentRow | undefined> {
  return segments(db).where('segment.segment_id', '=', segmentId).executeTakeFirst() as Promise<SegmentRow | undefined>;
}

/** Keyset position: the last member of the previous page. */
export type MemberCursor = readonly [enteredAt: string, customerId: string];

/** Current members in order of entry, `limit + 1` rows so the caller knows whether a page follows. */
export function segmentMembers(db: Kysely<SegmentsTables>, segmentId: string, after: MemberCursor | null, limit: number) {
  return db
    .selectFrom('segment_member')
    .select(['customer_id', 'entered_at'])
    .where('segment_id', '=', segmentId)
    .$if(after !== null, (qb) => qb.where(sql<boolean>`(entered_at, customer_id) > (${after![0]}::timestamptz, ${after![1]})`))
    .orderBy('entered_at')
    .orderBy('customer_id')
    .limit(limit + 1)
    .execute();
}

/** Every stay of a customer in a segment, current ones with `left_at` null. */
export function customerMemberships(db: Kysely<SegmentsTables>, customerId: string) {
  return db
    .selectFrom('segment_membership as stay')
    .innerJoin('segment', 'segment.segment_id', 'stay.segment_id')
    .select(['stay.segment_id', 'segment.name', 'stay.entered_at', 'stay.left_at'])
    .where('stay.customer_id', '=', customerId)
    .orderBy('stay.entered_at')
    .orderBy('stay.segment_id')
    .execute();
}
